"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/result";
import type { SuitableInventory } from "@/lib/briefs/measure-suitable-inventory";
import { SELECTABLE_RISKS, type SuitabilityProfile } from "@/lib/contextual/suitability";
import { TONALITIES } from "@/lib/contextual/types";
import { briefKeys } from "./brief-keys";

const DAYS = 30;

async function fetchInventory(profile: SuitabilityProfile): Promise<SuitableInventory> {
  const res = await fetch("/api/briefs/suitable-inventory", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ profile, days: DAYS }),
  });
  if (!res.ok) throw new Error(`suitable inventory: ${res.status}`);
  return res.json();
}

/** Waits until the value has been stable for `ms` (no request per click while toggling). */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The brief's campaign suitability profile, with the inventory share it keeps, live. */
export function SuitabilityForm({ briefId, initial, isSaved, garm, canEdit, onSave }: {
  briefId: number;
  initial: SuitabilityProfile;
  isSaved: boolean;
  garm: { id: string; name: string }[];
  canEdit: boolean;
  onSave: (input: { briefId: number; suitability: SuitabilityProfile }) => Promise<ActionResult<{ briefId: number }>>;
}) {
  const t = useTranslations("briefs.suitability");
  const format = useFormatter();
  const riskId = useId();
  const [profile, setProfile] = useState<SuitabilityProfile>(initial);
  const [saved, setSaved] = useState<SuitabilityProfile | null>(isSaved ? initial : null);
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const debounced = useDebounced(profile, 250);
  const isValid = profile.allowedTonalities.length > 0;
  const inventory = useQuery({
    queryKey: briefKeys.suitableInventory(debounced, DAYS),
    queryFn: () => fetchInventory(debounced),
    enabled: debounced.allowedTonalities.length > 0,
    placeholderData: keepPreviousData,
  });
  const isDirty = JSON.stringify(saved) !== JSON.stringify(profile);
  const pct = (part: number, whole: number) => format.number(whole ? part / whole : 0, { style: "percent", maximumFractionDigits: 1 });

  async function save() {
    setStatus("saving");
    const result = await onSave({ briefId, suitability: profile });
    if (result.ok) {
      setSaved(profile);
      setStatus("saved");
    } else setStatus("error");
  }

  const data = inventory.data;
  return (
    <Card data-testid="briefs-suitability">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="grid gap-4">
        <fieldset disabled={!canEdit}>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("tonalities")}</legend>
          <div className="flex flex-wrap gap-3">
            {TONALITIES.map((tone) => (
              <label key={tone} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="checkbox"
                  className="size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  checked={profile.allowedTonalities.includes(tone)}
                  onChange={() => setProfile((p) => ({ ...p, allowedTonalities: toggle(p.allowedTonalities, tone) }))}
                  data-testid={`briefs-tonality-${tone}`}
                />
                {t(`tonality.${tone}`)}
              </label>
            ))}
          </div>
          {!isValid ? <p role="alert" className="mt-1 text-xs text-rose-700">{t("needTonality")}</p> : null}
        </fieldset>
        <div className="max-w-xs">
          <Label htmlFor={riskId}>{t("maxRisk")}</Label>
          <Select
            id={riskId}
            disabled={!canEdit}
            value={profile.maxRisk}
            onChange={(e) => setProfile((p) => ({ ...p, maxRisk: e.target.value as SuitabilityProfile["maxRisk"] }))}
            options={SELECTABLE_RISKS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
            data-testid="briefs-max-risk"
          />
          <p className="mt-1 text-xs text-slate-500">{t("floorNote")}</p>
        </div>
        <fieldset disabled={!canEdit}>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("excludedGarm")}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {garm.map((g) => (
              <label key={g.id} className="inline-flex items-start gap-1.5 text-xs text-slate-700">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300 text-indigo-600"
                  checked={profile.excludedGarm.includes(g.id)}
                  onChange={() => setProfile((p) => ({ ...p, excludedGarm: toggle(p.excludedGarm, g.id) }))}
                />
                {g.name}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200" aria-live="polite" data-testid="briefs-suitable-share">
          <p className="text-xs font-medium text-slate-500">{t("liveTitle", { days: DAYS })}</p>
          {!isValid ? (
            <p className="text-sm text-slate-500">—</p>
          ) : inventory.isError ? (
            <p className="text-sm text-rose-700">{t("liveError")}</p>
          ) : !data ? (
            <p className="text-sm text-slate-500">{t("loading")}</p>
          ) : data.articles === 0 && data.pageviews === 0 ? (
            <p className="text-sm text-slate-500">{t("noInventory")}</p>
          ) : (
            <>
              <p className={`text-lg font-semibold tabular-nums text-slate-900 ${inventory.isFetching ? "opacity-60" : ""}`}>
                <span data-testid="briefs-suitable-pageviews">{pct(data.suitablePageviews, data.pageviews)}</span>{" "}
                <span className="text-sm font-normal text-slate-600">{t("ofPageviews", { suitable: format.number(data.suitablePageviews), total: format.number(data.pageviews) })}</span>
              </p>
              <div className="mt-1 h-2 rounded-full bg-slate-200" role="img" aria-label={t("ofPageviews", { suitable: format.number(data.suitablePageviews), total: format.number(data.pageviews) })}>
                <div className="h-2 rounded-full bg-emerald-500 transition-all" style={{ width: `${((data.pageviews ? data.suitablePageviews / data.pageviews : 0) * 100).toFixed(1)}%` }} />
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {t("ofArticles", { share: pct(data.suitableArticles, data.articles), suitable: format.number(data.suitableArticles), total: format.number(data.articles) })}
                {data.labelledArticles < data.articles ? ` · ${t("unlabelled", { count: data.articles - data.labelledArticles })}` : ""}
              </p>
            </>
          )}
        </div>

        {canEdit ? (
          <div className="flex items-center gap-3">
            <Button onClick={save} disabled={!isValid || !isDirty || status === "saving"} data-testid="briefs-suitability-save">
              {status === "saving" ? t("saving") : t("save")}
            </Button>
            {status === "saved" && !isDirty ? <span role="status" className="text-sm text-emerald-700" data-testid="briefs-suitability-saved">{t("saved")}</span> : null}
            {status === "error" ? <span role="alert" className="text-sm text-rose-700">{t("saveError")}</span> : null}
            {!saved ? <span className="text-xs text-slate-500">{t("notSavedYet")}</span> : null}
          </div>
        ) : (
          <p className="text-xs text-slate-500">{t("readOnly")}</p>
        )}
      </CardBody>
    </Card>
  );
}
