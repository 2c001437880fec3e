import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchedArticlesSql } from "../blocklist/match-articles-sql";
import type { BlocklistTerm } from "../blocklist/parse-blocklist";

/*
 * The SQL side of term expansion, inside one transaction: `term_matches` holds
 * (article_id, idx) — idx 0 is the seed set, 1…k the seeds, then the suggested terms —
 * and `term_readers` the distinct consenting readers of each idx over the window.
 */

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type ReachWindow = { brandId: string | null; since: Date; until: Date };

const MATCHES = sql.identifier("term_matches");
const READERS = sql.identifier("term_readers");

/**
 * Readers count when they consented to TCF purposes 1 (device storage), 3 (personalised ads
 * profile) and 4 (personalised ads selection): the audience an expansion could be sold to.
 */
export const REACH_PURPOSES = [1, 3, 4];

const articleBrand = (w: ReachWindow): SQL => (w.brandId ? sql`a.brand_id = ${w.brandId}` : sql`true`);
const eventBrand = (w: ReachWindow): SQL => (w.brandId ? sql`e.brand_id = ${w.brandId}` : sql`true`);

export async function createMatchTables(tx: Tx) {
  await tx.execute(sql`create temp table ${MATCHES} (article_id bigint not null, idx int not null) on commit drop`);
  await tx.execute(sql`create temp table ${READERS} (idx int not null, profile_id bigint not null) on commit drop`);
}

/** Adds the articles containing each needle, numbered from `firstIdx`. */
export async function insertMatches(tx: Tx, needles: BlocklistTerm[], firstIdx: number, w: ReachWindow) {
  if (!needles.length) return;
  await tx.execute(sql`insert into ${MATCHES}
    select m.article_id, ${firstIdx - 1} + unnest(m.term_idx) from (${matchedArticlesSql(needles, sql`a.title || ' ' || a.lead || ' ' || a.body`, articleBrand(w))}) m`);
}

/** The seed set (idx 0): articles matching a seed (idx 1…seedCount), plus a category's articles. */
export async function insertSeedSet(tx: Tx, seedCount: number, categoryId: string | null, w: ReachWindow) {
  const category = categoryId
    ? sql`union select a.id from articles a join article_labels l on l.article_id = a.id where l.iab_ids @> array[${categoryId}::text] and ${articleBrand(w)}`
    : sql``;
  await tx.execute(sql`insert into ${MATCHES} select article_id, 0 from (
    select article_id from ${MATCHES} where idx between 1 and ${seedCount} ${category}) s`);
  await tx.execute(sql`analyze ${MATCHES}`);
}

export type SeedSetRow = { id: number; text: string; title: string; brandName: string; publishedAt: Date; seedIdx: number[] };

/** The seed set's articles with their text and which seeds (1…k) each contains. */
export async function readSeedSet(tx: Tx): Promise<SeedSetRow[]> {
  const { rows } = await tx.execute<SeedSetRow>(sql`
    select a.id::int as id, a.title || '.' || chr(10) || a.lead || chr(10) || a.body as text, a.title, b.name as "brandName", a.published_at as "publishedAt",
      array(select s.idx from ${MATCHES} s where s.article_id = m.article_id and s.idx > 0 order by s.idx) as "seedIdx"
    from ${MATCHES} m join articles a on a.id = m.article_id join brands b on b.id = a.brand_id where m.idx = 0`);
  return rows;
}

export type CategoryRow = { id: string; name: string; tier1: string; seedArticles: number; categoryArticles: number; lift: number };

/** IAB categories of the seeds' own articles (idx 1…k), with lift over the scope's base rate. */
export async function rankCategories(tx: Tx, seedCount: number, w: ReachWindow, minArticles: number): Promise<CategoryRow[]> {
  const { rows } = await tx.execute<CategoryRow>(sql`
    with seed as (select distinct article_id from ${MATCHES} where idx between 1 and ${seedCount}),
    seed_n as (select count(*)::float8 as n from seed s join article_labels l on l.article_id = s.article_id),
    base as (
      select c.id, count(*)::int as n from articles a join article_labels l on l.article_id = a.id, unnest(l.iab_ids) as c(id)
      where ${articleBrand(w)} group by c.id
    ),
    base_n as (select count(*)::float8 as n from articles a join article_labels l on l.article_id = a.id where ${articleBrand(w)}),
    seed_cat as (
      select x->>'id' as id, min(x->>'name') as name, min(x->>'tier1') as tier1, count(distinct s.article_id)::int as n
      from seed s join article_labels l on l.article_id = s.article_id, jsonb_array_elements(l.iab) as x group by x->>'id'
    )
    select sc.id, sc.name, sc.tier1, sc.n as "seedArticles", base.n as "categoryArticles",
      ((sc.n / seed_n.n) / (base.n / base_n.n))::float8 as lift
    from seed_cat sc join base on base.id = sc.id, seed_n, base_n
    where sc.n >= ${minArticles} order by lift desc, sc.n desc`);
  return rows;
}

/** Distinct consenting readers per idx over the window (seed set, seeds, suggestions). */
export async function insertReaders(tx: Tx, w: ReachWindow) {
  await tx.execute(sql`insert into ${READERS}
    select distinct m.idx, e.profile_id from ${MATCHES} m
    join events e on e.article_id = m.article_id
    join profiles p on p.id = e.profile_id
    where e.type = 'pageview' and e.profile_id is not null and e.occurred_at >= ${w.since} and e.occurred_at < ${w.until}
      and ${eventBrand(w)} and p.consent_purposes @> ${sql.param(REACH_PURPOSES)}::smallint[]`);
  await tx.execute(sql`analyze ${READERS}`);
}

export type NeedleReach = { idx: number; articles: number; reach: number; added: number };

/** Per idx: articles, readers, and readers the seed set (idx 0) does not already reach. */
export async function reachPerNeedle(tx: Tx, lastIdx: number): Promise<Map<number, NeedleReach>> {
  const { rows } = await tx.execute<NeedleReach>(sql`
    with seed_readers as (select profile_id from ${READERS} where idx = 0)
    select t.idx::int as idx,
      (select count(*) from ${MATCHES} m where m.idx = t.idx)::int as articles,
      (select count(*) from ${READERS} r where r.idx = t.idx)::int as reach,
      (select count(*) from ${READERS} r where r.idx = t.idx and not exists (select 1 from seed_readers s where s.profile_id = r.profile_id))::int as added
    from generate_series(0, ${lastIdx}) as t(idx)`);
  return new Map(rows.map((r) => [r.idx, r]));
}

export type CategoryReach = { id: string; reach: number; addedReach: number; evidence: { id: number; title: string; brandName: string }[] | null };

/** Readers of each category's articles beyond the seed set's, and seed articles as evidence. */
export async function categoryReach(tx: Tx, ids: string[], w: ReachWindow, evidence: number): Promise<Map<string, CategoryReach>> {
  if (!ids.length) return new Map();
  const { rows } = await tx.execute<CategoryReach>(sql`
    with cats as (select unnest(${sql.param(ids)}::text[]) as id),
    seed_readers as (select profile_id from ${READERS} where idx = 0),
    cat_readers as (
      select distinct c.id, e.profile_id from cats c
      join article_labels l on l.iab_ids @> array[c.id]
      join articles a on a.id = l.article_id and ${articleBrand(w)}
      join events e on e.article_id = l.article_id
      join profiles p on p.id = e.profile_id
      where e.type = 'pageview' and e.profile_id is not null and e.occurred_at >= ${w.since} and e.occurred_at < ${w.until}
        and ${eventBrand(w)} and p.consent_purposes @> ${sql.param(REACH_PURPOSES)}::smallint[]
    )
    select c.id,
      (select count(*) from cat_readers r where r.id = c.id)::int as reach,
      (select count(*) from cat_readers r where r.id = c.id and not exists (select 1 from seed_readers s where s.profile_id = r.profile_id))::int as "addedReach",
      (select json_agg(json_build_object('id', ev.id, 'title', ev.title, 'brandName', ev."brandName")) from (
        select a.id::int as id, a.title, b.name as "brandName" from ${MATCHES} m
        join article_labels l on l.article_id = m.article_id join articles a on a.id = m.article_id join brands b on b.id = a.brand_id
        where m.idx = 0 and l.iab_ids @> array[c.id] order by a.published_at desc, a.id desc limit ${evidence}) ev) as evidence
    from cats c`);
  return new Map(rows.map((r) => [r.id, r]));
}
