"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { RiskTier, Tonality } from "@/lib/contextual/types";
import { RISK_BADGE, TONALITY_BADGE, TONALITY_COLORS } from "./palette";

const base = "inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";

export function TonalityBadge({ value, isOverridden = false }: { value: Tonality; isOverridden?: boolean }) {
  const t = useTranslations("content");
  return (
    <span className={cx(base, TONALITY_BADGE[value])} data-testid="content-tonality" data-value={value}>
      <span aria-hidden className="size-1.5 rounded-full" style={{ background: TONALITY_COLORS[value] }} />
      {t(`tonality.${value}`)}
      {isOverridden ? <OverrideMark /> : null}
    </span>
  );
}

export function RiskBadge({ value, isOverridden = false }: { value: RiskTier; isOverridden?: boolean }) {
  const t = useTranslations("content");
  return (
    <span className={cx(base, RISK_BADGE[value])} data-testid="content-risk" data-value={value}>
      {t(`risk.${value}`)}
      {isOverridden ? <OverrideMark /> : null}
    </span>
  );
}

function OverrideMark() {
  const t = useTranslations("content");
  return (
    <span title={t("overriddenHint")} aria-label={t("overriddenHint")} className="font-semibold">
      ✎
    </span>
  );
}
