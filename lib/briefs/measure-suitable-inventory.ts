import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { labelColumnsOf, suitabilityCondition, type SuitabilityProfile } from "@/lib/contextual/suitability";

export type MeasureSuitableInventoryParams = {
  profile: SuitabilityProfile;
  /** One brand, or null for the whole group. */
  brandId: string | null;
  /** Period [from, to): articles published in it, article pageviews in it. */
  from: Date;
  to: Date;
};

export type SuitableInventory = {
  articles: number;
  labelledArticles: number;
  suitableArticles: number;
  pageviews: number;
  suitablePageviews: number;
};

/**
 * How much inventory a suitability profile leaves a campaign: articles published in the
 * period and article pageviews in it, and the suitable part of each (unlabelled articles are
 * never suitable). Same inventory definition as the blocklist diagnosis.
 */
export async function measureSuitableInventory(db: Db, params: MeasureSuitableInventoryParams): Promise<SuitableInventory> {
  const articleBrand: SQL = params.brandId ? sql`a.brand_id = ${params.brandId}` : sql`true`;
  const eventBrand: SQL = params.brandId ? sql`e.brand_id = ${params.brandId}` : sql`true`;
  const inWindow = sql`(a.published_at >= ${params.from} and a.published_at < ${params.to})`;
  const suitable = suitabilityCondition(params.profile, labelColumnsOf("l"));
  const { rows } = await db.execute<SuitableInventory>(sql`
    with pv as (
      select e.article_id, count(*)::int as n from events e
      where e.type = 'pageview' and e.article_id is not null and e.occurred_at >= ${params.from} and e.occurred_at < ${params.to} and ${eventBrand}
      group by e.article_id
    )
    select count(*) filter (where ${inWindow})::int as "articles",
      count(*) filter (where ${inWindow} and l.article_id is not null)::int as "labelledArticles",
      count(*) filter (where ${inWindow} and ${suitable})::int as "suitableArticles",
      coalesce(sum(pv.n), 0)::int as "pageviews",
      coalesce(sum(pv.n) filter (where ${suitable}), 0)::int as "suitablePageviews"
    from articles a
    left join pv on pv.article_id = a.id
    left join article_labels l on l.article_id = a.id
    where ${articleBrand} and (${inWindow} or pv.n is not null)`);
  return rows[0];
}
