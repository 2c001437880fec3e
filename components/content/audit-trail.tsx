"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { RiskTier, Tonality } from "@/lib/contextual/types";

type Entry = { id: number; at: Date | string; action: string; actorName: string | null; details: Record<string, unknown> };
type State = { tonality?: string | null; risk?: string | null; reason?: string | null };

/** The article's editorial history, newest first: who changed what, from what, to what, and why. */
export function AuditTrail({ entries }: { entries: Entry[] }) {
  const t = useTranslations("content");
  const format = useFormatter();
  const name = (field: "tonality" | "risk", value: string | null | undefined) =>
    value ? (field === "tonality" ? t(`tonality.${value as Tonality}`) : t(`risk.${value as RiskTier}`)) : t("audit.classifierValue");
  return (
    <Card data-testid="content-audit">
      <CardHeader title={t("audit.title")} />
      <CardBody>
        {entries.length === 0 ? (
          <p className="text-sm text-slate-500">{t("audit.empty")}</p>
        ) : (
          <ol className="space-y-3">
            {entries.map((e) => {
              const before = (e.details.before ?? {}) as State;
              const after = (e.details.after ?? {}) as State;
              const known = e.action === "article.label_override" || e.action === "article.label_override_clear";
              const changes = (["tonality", "risk"] as const).filter((f) => (before[f] ?? null) !== (after[f] ?? null));
              return (
                <li key={e.id} className="border-l-2 border-indigo-200 pl-3" data-testid="content-audit-entry" data-action={e.action}>
                  <p className="text-xs text-slate-500">
                    {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })} · {e.actorName ?? t("audit.system")}
                  </p>
                  <p className="text-sm font-medium text-slate-900">
                    {known ? t(`audit.actions.${e.action.replace("article.", "") as "label_override"}`) : e.action}
                  </p>
                  {changes.map((f) => (
                    <p key={f} className="text-sm text-slate-700">
                      {t("audit.change", { field: t(`detail.${f}`), before: name(f, before[f]), after: name(f, after[f]) })}
                    </p>
                  ))}
                  {after.reason ? <p className="text-xs text-slate-500">{t("audit.reason", { reason: after.reason })}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
