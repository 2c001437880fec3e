"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { RISK_TIERS, TONALITIES, type Explanation, type RiskTier, type Tonality } from "@/lib/contextual/types";
import { useExplainNote } from "./explain-notes";
import { RiskBadge, TonalityBadge } from "./label-badges";
import { RISK_COLORS, TONALITY_COLORS } from "./palette";

function ScoreBar({ label, value, color, isChosen }: { label: string; value: number; color: string; isChosen: boolean }) {
  const format = useFormatter();
  return (
    <div className="grid grid-cols-[7rem_1fr_3rem] items-center gap-2 text-xs">
      <span className={isChosen ? "font-semibold text-slate-900" : "text-slate-600"}>{label}</span>
      <span className="h-2 overflow-hidden rounded-full bg-slate-100">
        <span className="block h-full rounded-full" style={{ width: `${Math.round(value * 100)}%`, background: color }} />
      </span>
      <span className="text-right tabular-nums text-slate-500">{format.number(value, { style: "percent" })}</span>
    </div>
  );
}

type Override = { tonality: Tonality | null; risk: RiskTier | null } | null;

export function TonalityPanel({ tonality, scores, override }: { tonality: Tonality; scores: Record<Tonality, number>; override: Override }) {
  const t = useTranslations("content");
  const effective = override?.tonality ?? tonality;
  return (
    <Card data-testid="content-detail-tonality">
      <CardHeader title={t("detail.tonality")} actions={<TonalityBadge value={effective} isOverridden={Boolean(override?.tonality)} />} />
      <CardBody className="space-y-1.5">
        {override?.tonality ? <p className="text-xs text-slate-500">{t("detail.classifierSays", { value: t(`tonality.${tonality}`) })}</p> : null}
        {TONALITIES.map((v) => (
          <ScoreBar key={v} label={t(`tonality.${v}`)} value={scores[v] ?? 0} color={TONALITY_COLORS[v]} isChosen={v === tonality} />
        ))}
      </CardBody>
    </Card>
  );
}

export function RiskPanel({ risk, garm, garmNames, override }: { risk: RiskTier; garm: string[]; garmNames: Record<string, string>; override: Override }) {
  const t = useTranslations("content");
  const effective = override?.risk ?? risk;
  return (
    <Card data-testid="content-detail-risk">
      <CardHeader title={t("detail.risk")} actions={<RiskBadge value={effective} isOverridden={Boolean(override?.risk)} />} />
      <CardBody className="space-y-2">
        {override?.risk ? <p className="text-xs text-slate-500">{t("detail.classifierSays", { value: t(`risk.${risk}`) })}</p> : null}
        <ol className="flex gap-1" aria-hidden>
          {RISK_TIERS.map((tier) => (
            <li
              key={tier}
              className="h-1.5 flex-1 rounded-full"
              style={{ background: RISK_TIERS.indexOf(tier) <= RISK_TIERS.indexOf(effective) ? RISK_COLORS[effective] : "#e2e8f0" }}
            />
          ))}
        </ol>
        <p className="text-xs font-medium text-slate-500">{t("detail.garm")}</p>
        {garm.length ? (
          <ul className="flex flex-wrap gap-1">
            {garm.map((id) => (
              <li key={id}>
                <Badge tone="danger">{garmNames[id] ?? id}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-500">{t("detail.noGarm")}</p>
        )}
      </CardBody>
    </Card>
  );
}

export function CategoriesPanel({ iab, keywords }: { iab: { id: string; name: string; tier1: string; score: number }[]; keywords: string[] }) {
  const t = useTranslations("content");
  return (
    <Card data-testid="content-detail-categories">
      <CardHeader title={t("detail.categories")} />
      <CardBody className="space-y-1.5">
        {iab.length ? (
          iab.map((c) => <ScoreBar key={c.id} label={c.name === c.tier1 ? c.name : `${c.tier1} › ${c.name}`} value={Math.min(1, c.score)} color="#6366f1" isChosen={false} />)
        ) : (
          <p className="text-xs text-slate-500">{t("noCategory")}</p>
        )}
        {keywords.length ? (
          <>
            <p className="pt-2 text-xs font-medium text-slate-500">{t("detail.keywords")}</p>
            <ul className="flex flex-wrap gap-1">
              {keywords.map((k) => (
                <li key={k}>
                  <Badge>{k}</Badge>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </CardBody>
    </Card>
  );
}

/** The classifier's evidence, strongest first; language cues are left out (they explain nothing to an editor). */
export function ExplanationsTable({ explain, iabNames, garmNames }: { explain: Explanation[]; iabNames: Record<string, string>; garmNames: Record<string, string> }) {
  const t = useTranslations("content");
  const format = useFormatter();
  const explainNote = useExplainNote();
  const rows = explain
    .filter((e) => e.label !== "lang" && e.span.trim())
    .filter((e, i, all) => all.findIndex((o) => o.label === e.label && o.value === e.value && o.span === e.span) === i)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const valueName = (e: Explanation) =>
    e.label === "tonality" ? t(`tonality.${e.value as Tonality}`) : e.label === "risk" ? t(`risk.${e.value as RiskTier}`) : e.label === "iab" ? (iabNames[e.value] ?? e.value) : e.label === "garm" ? (garmNames[e.value] ?? e.value) : e.value;
  return (
    <Card data-testid="content-detail-explanations">
      <CardHeader title={t("detail.explanations")} />
      {rows.length === 0 ? (
        <CardBody className="text-sm text-slate-500">{t("detail.noExplanations")}</CardBody>
      ) : (
        <Table>
          <THead>
            <tr>
              <Th>{t("detail.explainColumns.span")}</Th>
              <Th>{t("detail.explainColumns.label")}</Th>
              <Th>{t("detail.explainColumns.value")}</Th>
              <Th numeric>{t("detail.explainColumns.weight")}</Th>
              <Th>{t("detail.explainColumns.note")}</Th>
            </tr>
          </THead>
          <TBody>
            {rows.map((e, i) => (
              <tr key={i} data-testid="content-explanation-row">
                <Td className="font-medium whitespace-nowrap text-slate-900">« {e.span} »</Td>
                <Td className="text-xs">{t(`detail.explainLabel.${e.label}`)}</Td>
                <Td className="text-xs">{valueName(e)}</Td>
                <Td numeric className={e.weight < 0 ? "text-slate-400" : undefined}>
                  {format.number(e.weight, { maximumFractionDigits: 2, signDisplay: "exceptZero" })}
                </Td>
                <Td className="text-xs text-slate-500">
                  {explainNote(e.note)}
                  {e.weight < 0 ? <Badge className="ml-1">{t("detail.discounted")}</Badge> : null}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
