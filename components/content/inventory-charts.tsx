"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { BrandShares } from "@/lib/content/inventory-shares";
import { RISK_TIERS, TONALITIES, type RiskTier, type Tonality } from "@/lib/contextual/types";
import { RISK_COLORS, TONALITY_COLORS } from "./palette";

type Dimension = "tonality" | "risk";
const KEYS: Record<Dimension, readonly string[]> = { tonality: TONALITIES, risk: RISK_TIERS };
const COLORS: Record<Dimension, Record<string, string>> = { tonality: TONALITY_COLORS, risk: RISK_COLORS };

function useLabels(dimension: Dimension) {
  const t = useTranslations("content");
  return (key: string) => (dimension === "tonality" ? t(`tonality.${key as Tonality}`) : t(`risk.${key as RiskTier}`));
}

/** Weekly shares as a 100 % stacked chart: areas for tonality, bars for risk tiers. */
export function WeeklySharesChart({ dimension, data, testId }: { dimension: Dimension; data: { week: string; total: number }[]; testId?: string }) {
  const t = useTranslations("content.inventory");
  const format = useFormatter();
  const label = useLabels(dimension);
  const keys = KEYS[dimension];
  const isEmpty = data.every((w) => w.total === 0);
  // A week without labelled articles has no shares: leave a gap instead of drawing 0 %.
  const series = data.map((w) => (w.total === 0 ? { week: w.week, total: 0 } : w));
  const week = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "short" });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const tooltip = (
    <Tooltip
      itemSorter={(item) => -keys.indexOf(String(item.dataKey))}
      formatter={(value, name) => [format.number(Number(value), { style: "percent", maximumFractionDigits: 1 }), label(String(name))]}
      labelFormatter={(value, payload) => {
        const total = (payload?.[0]?.payload as { total?: number } | undefined)?.total ?? 0;
        return `${t("weekOf", { date: week(String(value)) })} · ${t("articles", { count: total })}`;
      }}
    />
  );
  const common = { data: series, margin: { top: 8, right: 12, bottom: 0, left: 0 }, stackOffset: "expand" as const };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="week" tickFormatter={week} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
      <YAxis tickFormatter={pct} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} width={44} />
      {tooltip}
      <Legend itemSorter={null} formatter={(value) => <span className="text-xs text-slate-600">{label(String(value))}</span>} iconType="circle" iconSize={8} />
    </>
  );
  return (
    <Card data-testid={testId}>
      <CardHeader title={dimension === "tonality" ? t("tonalityTitle") : t("riskTitle")} />
      <CardBody>
        {isEmpty ? (
          <p className="py-16 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <div className="h-72" role="img" aria-label={dimension === "tonality" ? t("tonalityTitle") : t("riskTitle")}>
            <ResponsiveContainer width="100%" height="100%">
              {dimension === "tonality" ? (
                <AreaChart {...common}>
                  {axes}
                  {keys.map((k) => (
                    <Area key={k} type="monotone" dataKey={k} stackId="1" stroke={COLORS.tonality[k]} fill={COLORS.tonality[k]} fillOpacity={0.75} isAnimationActive={false} />
                  ))}
                </AreaChart>
              ) : (
                <BarChart {...common}>
                  {axes}
                  {keys.map((k) => (
                    <Bar key={k} dataKey={k} stackId="1" fill={COLORS.risk[k]} isAnimationActive={false} />
                  ))}
                </BarChart>
              )}
            </ResponsiveContainer>
          </div>
        )}
      </CardBody>
    </Card>
  );
}

/** One horizontal 100 % bar per brand, biggest brands first. */
export function BrandSharesChart({ dimension, brands, weeks }: { dimension: Dimension; brands: BrandShares[]; weeks: number }) {
  const t = useTranslations("content.inventory");
  const format = useFormatter();
  const label = useLabels(dimension);
  const keys = KEYS[dimension];
  const data = brands.map((b) => ({ brand: b.brandName, total: b.total, ...(dimension === "tonality" ? b.tonality : b.risk) }));
  return (
    <Card data-testid={`content-inventory-brands-${dimension}`}>
      <CardHeader
        title={t("byBrandTitle", { weeks, dimension: dimension === "tonality" ? t("dimensionTonality") : t("dimensionRisk") })}
        description={t("byBrandDescription")}
      />
      <CardBody>
        {data.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <div style={{ height: Math.max(160, data.length * 26 + 60) }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" stackOffset="expand" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} barCategoryGap={4}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
                <XAxis type="number" tickFormatter={(v) => format.number(Number(v), { style: "percent" })} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} />
                <YAxis type="category" dataKey="brand" width={150} tick={{ fontSize: 11, fill: "#334155" }} tickLine={false} axisLine={false} interval={0} />
                <Tooltip
                  itemSorter={(item) => -keys.indexOf(String(item.dataKey))}
                  formatter={(value, name) => [format.number(Number(value), { style: "percent", maximumFractionDigits: 1 }), label(String(name))]}
                  labelFormatter={(value, payload) => `${value} · ${t("articles", { count: (payload?.[0]?.payload as { total?: number } | undefined)?.total ?? 0 })}`}
                />
                <Legend itemSorter={null} formatter={(value) => <span className="text-xs text-slate-600">{label(String(value))}</span>} iconType="circle" iconSize={8} />
                {keys.map((k) => (
                  <Bar key={k} dataKey={k} stackId="1" fill={COLORS[dimension][k]} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
