import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RISK_TIERS, TONALITIES, type RiskTier, type Tonality } from "@/lib/contextual/types";

/*
 * Shares of labelled inventory (articles, by publication week in Paris time) per tonality and
 * per risk tier, using the effective labels (editorial overrides win). Counts and shares are
 * computed in SQL; this file only pivots rows into the series the charts draw.
 */

export type WeekShares<K extends string> = { week: string; total: number } & Record<K, number>;

export type InventoryShares = {
  weeks: string[];
  tonality: WeekShares<Tonality>[];
  risk: WeekShares<RiskTier>[];
};

export type GetInventorySharesParams = { brandId: string | null; weeks?: number; now?: Date };

type Row = { week: string; dim: "tonality" | "risk"; value: string; n: number; share: number };

export async function getInventoryShares(db: Db, params: GetInventorySharesParams): Promise<InventoryShares> {
  const weeks = Math.min(Math.max(params.weeks ?? 12, 1), 104);
  const now = params.now ?? new Date();
  const { rows } = await db.execute<Row>(sql`
    with bounds as (
      select date_trunc('week', ${now.toISOString()}::timestamptz at time zone 'Europe/Paris') as this_week
    ), labelled as (
      select (date_trunc('week', a.published_at at time zone 'Europe/Paris'))::date as week,
             coalesce(l.override_tonality, l.tonality) as tonality,
             coalesce(l.override_risk, l.risk) as risk
        from articles a
        join article_labels l on l.article_id = a.id, bounds
       where a.published_at >= (bounds.this_week - make_interval(weeks => ${weeks - 1})) at time zone 'Europe/Paris'
         and a.published_at < (bounds.this_week + interval '1 week') at time zone 'Europe/Paris'
         and (${params.brandId}::text is null or a.brand_id = ${params.brandId})
    )
    select week::text as week, 'tonality' as dim, tonality as value, count(*)::int as n,
           count(*)::float8 / sum(count(*)) over (partition by week) as share
      from labelled group by week, tonality
    union all
    select week::text, 'risk', risk, count(*)::int,
           count(*)::float8 / sum(count(*)) over (partition by week)
      from labelled group by week, risk`);

  const weekList = listWeeks(now, weeks);
  const tonality = new Map(weekList.map((w) => [w, blank(w, TONALITIES)]));
  const risk = new Map(weekList.map((w) => [w, blank(w, RISK_TIERS)]));
  for (const r of rows) {
    const target = r.dim === "tonality" ? tonality.get(r.week) : risk.get(r.week);
    if (!target || !(r.value in target)) continue;
    (target as Record<string, number>)[r.value] = round(r.share);
    target.total += Number(r.n);
  }
  return {
    weeks: weekList,
    tonality: [...tonality.values()] as WeekShares<Tonality>[],
    risk: [...risk.values()] as WeekShares<RiskTier>[],
  };
}

export type BrandShares = {
  brandId: string;
  brandName: string;
  total: number;
  tonality: Record<Tonality, number>;
  risk: Record<RiskTier, number>;
};

/** The same shares per brand (all brands: the "all brands" scope) over the last `weeks` weeks, biggest first. */
export async function getInventorySharesByBrand(db: Db, params: { weeks?: number; now?: Date }): Promise<BrandShares[]> {
  const weeks = Math.min(Math.max(params.weeks ?? 12, 1), 104);
  const now = params.now ?? new Date();
  const { rows } = await db.execute<{ brand_id: string; brand_name: string; dim: string; value: string; n: number; share: number }>(sql`
    with labelled as (
      select a.brand_id, coalesce(l.override_tonality, l.tonality) as tonality, coalesce(l.override_risk, l.risk) as risk
        from articles a
        join article_labels l on l.article_id = a.id
       where a.published_at >= ${now.toISOString()}::timestamptz - make_interval(weeks => ${weeks})
         and a.published_at <= ${now.toISOString()}::timestamptz
    ), shares as (
      select brand_id, 'tonality' as dim, tonality as value, count(*)::int as n,
             count(*)::float8 / sum(count(*)) over (partition by brand_id) as share
        from labelled group by brand_id, tonality
      union all
      select brand_id, 'risk', risk, count(*)::int, count(*)::float8 / sum(count(*)) over (partition by brand_id)
        from labelled group by brand_id, risk
    )
    select s.brand_id, b.name as brand_name, s.dim, s.value, s.n, s.share
      from shares s join brands b on b.id = s.brand_id`);
  const byBrand = new Map<string, BrandShares>();
  for (const r of rows) {
    let entry = byBrand.get(r.brand_id);
    if (!entry) {
      entry = {
        brandId: r.brand_id,
        brandName: r.brand_name,
        total: 0,
        tonality: Object.fromEntries(TONALITIES.map((t) => [t, 0])) as Record<Tonality, number>,
        risk: Object.fromEntries(RISK_TIERS.map((t) => [t, 0])) as Record<RiskTier, number>,
      };
      byBrand.set(r.brand_id, entry);
    }
    if (r.dim === "tonality" && r.value in entry.tonality) {
      entry.tonality[r.value as Tonality] = round(r.share);
      entry.total += Number(r.n);
    } else if (r.dim === "risk" && r.value in entry.risk) {
      entry.risk[r.value as RiskTier] = round(r.share);
    }
  }
  return [...byBrand.values()].sort((a, b) => b.total - a.total || a.brandName.localeCompare(b.brandName));
}

/** Monday dates (Paris) of the last `count` weeks, oldest first. */
export function listWeeks(now: Date, count: number): string[] {
  const paris = new Date(now.toLocaleString("en-US", { timeZone: "Europe/Paris" }));
  const monday = new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() - 7 * (count - 1 - i));
    return d.toISOString().slice(0, 10);
  });
}

function blank<K extends string>(week: string, keys: readonly K[]): WeekShares<K> {
  return { week, total: 0, ...(Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>) } as WeekShares<K>;
}

function round(share: number): number {
  return Math.round(Number(share) * 10_000) / 10_000;
}
