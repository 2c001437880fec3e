import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchedTitleLeadSql } from "./match-articles-sql";
import type { BlocklistTerm } from "./parse-blocklist";

/** What a diagnosis looks at: the brands in scope and a period. */
export type BlocklistScope = {
  terms: BlocklistTerm[];
  /** Brand ids in scope; undefined = every brand. */
  brandIds?: string[];
  /** Period [from, to): articles published in it, pageviews occurring in it. */
  from: Date;
  to: Date;
};

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Risk tiers an advertiser should never see blocked by mistake / always blocked. */
export const HARMLESS_RISKS = ["none", "low"];
export const RISKY_RISKS = ["medium", "high", "floor"];

/** Name of the per-transaction scan table (dropped at commit). */
export const SCAN = sql.identifier("blocklist_scan");

/** SQL predicates over the scan table, always aliased `s`; shared by the diagnosis and the export. */
export const scanPredicates = {
  isBlocked: sql`s.term_idx is not null`,
  isHarmless: sql`s.labelled and coalesce(s.override_risk, s.risk) = any(${sql.param(HARMLESS_RISKS)}::text[])`,
  isRisky: sql`s.labelled and coalesce(s.override_risk, s.risk) = any(${sql.param(RISKY_RISKS)}::text[])`,
};

/**
 * Runs `fn` in a read transaction in which `blocklist_scan` holds, for every article of the
 * scope that is inventory in the period (published in it, or viewed in it), its pageviews in
 * the period, its effective labels and the 1-based indexes of the blocklist terms found in
 * its title and lead (null: not blocked). The matching happens here, in SQL, one search of
 * the folded-words index per term (see match-articles-sql.ts): terms are bound as array
 * parameters, never spliced into the statement.
 */
export async function withBlocklistScan<T>(db: Db, scope: BlocklistScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const brandFilter: SQL = scope.brandIds ? sql`a.brand_id = any(${sql.param(scope.brandIds)}::text[])` : sql`true`;
  const eventBrandFilter: SQL = scope.brandIds ? sql`e.brand_id = any(${sql.param(scope.brandIds)}::text[])` : sql`true`;
  const inWindow = sql`(a.published_at >= ${scope.from} and a.published_at < ${scope.to})`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`create temp table ${SCAN} (
      article_id bigint primary key, brand_id text not null, in_window boolean not null,
      pageviews integer not null, labelled boolean not null, tonality text, risk text, garm text[],
      override_tonality text, override_risk text, term_idx integer[]
    ) on commit drop`);
    await tx.execute(sql`insert into ${SCAN}
      with pv as (
        -- Pageviews per article over the period (events_occurred_at_brin narrows the scan).
        select e.article_id, count(*)::int as n from events e
        where e.type = 'pageview' and e.article_id is not null
          and e.occurred_at >= ${scope.from} and e.occurred_at < ${scope.to} and ${eventBrandFilter}
        group by e.article_id
      ),
      m as (${matchedTitleLeadSql(scope.terms, sql`${brandFilter} and (${inWindow} or a.id in (select article_id from pv))`)})
      select a.id, a.brand_id, ${inWindow}, coalesce(pv.n, 0), l.article_id is not null,
        l.tonality, l.risk, l.garm, l.override_tonality, l.override_risk, m.term_idx
      from articles a
      left join pv on pv.article_id = a.id
      left join article_labels l on l.article_id = a.id
      left join m on m.article_id = a.id
      where ${brandFilter} and (${inWindow} or pv.n is not null)`);
    return fn(tx);
  });
}
