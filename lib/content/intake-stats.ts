import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type IntakeStats = {
  asOf: string;
  /** Articles received (CMS push or feed) in the last hour / 24 hours. */
  lastHour: number;
  lastDay: number;
  /** Of the last 24 hours' arrivals, those without labels yet. */
  pending: number;
  /** Arrival → stored labels over the last 24 hours, in ms (null without data). */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
};

/**
 * The live intake figures shown above the feed. Seeded articles are left out: their
 * received_at is the seed's, not an arrival, so their "latency" means nothing.
 */
export async function getIntakeStats(db: Db, params: { brandId: string | null; now?: Date }): Promise<IntakeStats> {
  const now = params.now ?? new Date();
  const { rows } = await db.execute<{ last_hour: number; last_day: number; pending: number; p50: number | null; p95: number | null }>(sql`
    with recent as (
      select a.received_at, l.labelled_at
        from articles a
        left join article_labels l on l.article_id = a.id
       where a.received_at > ${now.toISOString()}::timestamptz - interval '24 hours'
         and a.source <> 'seed'
         and (${params.brandId}::text is null or a.brand_id = ${params.brandId})
    )
    select count(*) filter (where received_at > ${now.toISOString()}::timestamptz - interval '1 hour')::int as last_hour,
           count(*)::int as last_day,
           count(*) filter (where labelled_at is null)::int as pending,
           percentile_cont(0.5) within group (order by extract(epoch from labelled_at - received_at) * 1000)
             filter (where labelled_at >= received_at) as p50,
           percentile_cont(0.95) within group (order by extract(epoch from labelled_at - received_at) * 1000)
             filter (where labelled_at >= received_at) as p95
      from recent`);
  const r = rows[0];
  return {
    asOf: now.toISOString(),
    lastHour: Number(r.last_hour),
    lastDay: Number(r.last_day),
    pending: Number(r.pending),
    latencyP50Ms: r.p50 === null ? null : Math.round(Number(r.p50)),
    latencyP95Ms: r.p95 === null ? null : Math.round(Number(r.p95)),
  };
}
