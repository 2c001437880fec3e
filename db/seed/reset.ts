import type pg from "pg";

/**
 * Tables the seed fills, plus the facts derived from them (labels, features, term
 * expansion, refresh watermarks), which would be stale after a reseed. TRUNCATE … CASCADE
 * also empties the tables that reference these (sections, brand keys and feeds, segments and
 * their versions/sizes/exports, briefs): demo data built on the old group. Users, sessions,
 * the audit log and DSAR requests are kept.
 */
export const SEED_TABLES = [
  "brands", "sections", "articles", "article_labels", "corpus_terms", "term_associations", "profiles", "identity_links", "events",
  "profile_features", "profile_brand_features", "profile_category_days", "watermarks", "advertisers", "campaigns", "campaign_segments",
  "revenue_lines", "targets", "destinations",
] as const;

/** Tables holding seed data: a database with rows in any of them is not "empty". */
const CONTENT_TABLES = ["brands", "articles", "profiles", "events", "campaigns"] as const;

export async function truncateSeedTables(client: pg.PoolClient | pg.Client): Promise<void> {
  await client.query(`truncate ${SEED_TABLES.join(", ")} restart identity cascade`);
}

/** Row presence per content table (cheap: `exists`, no counting). */
export async function findSeededTables(client: pg.Pool | pg.PoolClient | pg.Client): Promise<string[]> {
  const checks = CONTENT_TABLES.map((t) => `select '${t}' as t where exists (select 1 from ${t})`).join(" union all ");
  const { rows } = await client.query<{ t: string }>(checks);
  return rows.map((r) => r.t);
}
