import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type GetOverviewCountsParams = {
  /** null = all brands. */
  brandId: string | null;
  /** Calendar year of the revenue figures (the caller owns the clock). */
  year: number;
};

export type OverviewCounts = {
  /** Group-wide: the titles and who the group knows are not owned by one brand. */
  brands: number;
  profiles: number;
  subscribers: number;
  advertisers: number;
  briefs: number;
  users: number;
  /** Scoped to the brand when one is selected. */
  sections: number;
  articles: number;
  labelledArticles: number;
  events: number;
  campaigns: number;
  campaignsWithData: number;
  /** Segments of the brand plus group-wide ones (brand_id null) when scoped. */
  segments: number;
  activeSegments: number;
  exports: number;
  revenueEur: number;
  dataRevenueEur: number;
  openDsarRequests: number;
};

type Row = Record<string, string | number | null>;

async function one(db: Db, query: ReturnType<typeof sql>): Promise<Row> {
  const { rows } = await db.execute<Row>(query);
  return rows[0] ?? {};
}

const n = (value: string | number | null | undefined) => Number(value ?? 0);

/**
 * The overview's headline numbers, read live from the tables (no cache): each a count or sum
 * in SQL, run in parallel on the pool.
 */
export async function getOverviewCounts(db: Db, params: GetOverviewCountsParams): Promise<OverviewCounts> {
  const { brandId, year } = params;
  const all = brandId === null;
  const yearStart = `${year}-01-01`;
  const nextYearStart = `${year + 1}-01-01`;

  const [group, content, events, commerce, revenue, segments, governance] = await Promise.all([
    one(db, sql`select
      (select count(*) from brands) as brands,
      (select count(*) from profiles) as profiles,
      (select count(*) from profiles where kind = 'subscriber') as subscribers,
      (select count(*) from advertisers) as advertisers,
      (select count(*) from briefs) as briefs,
      (select count(*) from users) as users`),
    one(db, sql`select
      (select count(*) from sections where ${all} or brand_id = ${brandId}) as sections,
      (select count(*) from articles where ${all} or brand_id = ${brandId}) as articles,
      (select count(*) from article_labels l join articles a on a.id = l.article_id
        where ${all} or a.brand_id = ${brandId}) as labelled`),
    one(db, sql`select count(*) as events from events where ${all} or brand_id = ${brandId}`),
    one(db, sql`select count(*) as campaigns, count(*) filter (where embeds_data) as with_data
      from campaigns where ${all} or ${brandId} = any(brand_ids)`),
    one(db, sql`select coalesce(sum(r.revenue_eur), 0) as revenue,
        coalesce(sum(r.revenue_eur) filter (where c.embeds_data), 0) as data_revenue
      from revenue_lines r join campaigns c on c.id = r.campaign_id
      where r.month >= ${yearStart}::date and r.month < ${nextYearStart}::date
        and (${all} or r.brand_id = ${brandId})`),
    one(db, sql`select count(*) as segments, count(*) filter (where status = 'active') as active
      from segments where ${all} or brand_id = ${brandId} or brand_id is null`),
    one(db, sql`select
      (select count(*) from exports x join segments s on s.id = x.segment_id
        where ${all} or s.brand_id = ${brandId} or s.brand_id is null) as exports,
      (select count(*) from dsar_requests where status in ('received', 'processing')) as open_dsar`),
  ]);

  return {
    brands: n(group.brands),
    profiles: n(group.profiles),
    subscribers: n(group.subscribers),
    advertisers: n(group.advertisers),
    briefs: n(group.briefs),
    users: n(group.users),
    sections: n(content.sections),
    articles: n(content.articles),
    labelledArticles: n(content.labelled),
    events: n(events.events),
    campaigns: n(commerce.campaigns),
    campaignsWithData: n(commerce.with_data),
    segments: n(segments.segments),
    activeSegments: n(segments.active),
    exports: n(governance.exports),
    revenueEur: n(revenue.revenue),
    dataRevenueEur: n(revenue.data_revenue),
    openDsarRequests: n(governance.open_dsar),
  };
}
