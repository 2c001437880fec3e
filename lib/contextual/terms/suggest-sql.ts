import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchedArticlesSql } from "../blocklist/match-articles-sql";
import type { BlocklistTerm } from "../blocklist/parse-blocklist";
import { TERMS_WATERMARK } from "./build-term-associations";

/*
 * The SQL side of term expansion, inside one transaction: `term_matches` holds
 * (article_id, idx) — idx 0 is the seed set, 1…k the seeds, then the suggested terms —
 * and `term_readers` the distinct consenting readers of each idx over the window.
 *
 * Which articles contain a corpus term is read from corpus_term_articles (filled by the term
 * build) for the articles the build saw; articles added or changed since (updated_at at or
 * after the "corpus_terms" watermark, or a newer id than any stored — e.g. reseeded with old
 * dates) are matched live, as is everything when the build has never run, and seeds outside
 * the corpus vocabulary.
 */

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** What the last term build indexed: articles unchanged since `at` with an id up to `maxId`. */
export type TermsBuild = { at: Date; maxId: number };
/** `built`: null = no term build, every article is matched live. */
export type ReachWindow = { brandId: string | null; since: Date; until: Date; built: TermsBuild | null };

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

/** Articles the term build indexed (true) or not (false). */
const builtArticle = (w: ReachWindow, indexed: boolean): SQL => {
  if (!w.built) return indexed ? sql`false` : sql`true`;
  return indexed ? sql`(a.updated_at < ${w.built.at} and a.id <= ${w.built.maxId})` : sql`(a.updated_at >= ${w.built.at} or a.id > ${w.built.maxId})`;
};

/** The "corpus_terms" watermark (where the last term build read the articles) and the newest article it stored. */
export async function readTermsBuild(db: Db | Tx): Promise<TermsBuild | null> {
  const { rows } = await db.execute<{ at: Date; maxId: number | null }>(sql`
    select position as at, (select max(article_id) from corpus_term_articles)::float8 as "maxId" from watermarks where name = ${TERMS_WATERMARK}`);
  return rows[0]?.maxId ? { at: new Date(rows[0].at), maxId: rows[0].maxId } : null;
}

/** A needle to match, and the corpus term whose stored articles are exactly its matches, if any. */
export type MatchNeedle = { needle: BlocklistTerm; term: string | null };

/** Adds the articles containing each needle, numbered from `firstIdx`. */
export async function insertMatches(tx: Tx, items: MatchNeedle[], firstIdx: number, w: ReachWindow) {
  const stored = w.built ? items.flatMap((it, i) => (it.term ? [{ term: it.term, idx: firstIdx + i }] : [])) : [];
  if (stored.length) {
    await tx.execute(sql`insert into ${MATCHES}
      select t.article_id, n.idx from unnest(${sql.param(stored.map((s) => s.term))}::text[], ${sql.param(stored.map((s) => s.idx))}::int[]) as n(term, idx)
      join corpus_term_articles t on t.term = n.term join articles a on a.id = t.article_id
      where ${articleBrand(w)} and ${builtArticle(w, true)}`);
  }
  // Live: stored terms over the articles the build did not see, other needles over all.
  const isStored = (it: MatchNeedle) => Boolean(w.built && it.term);
  const scans = [
    { where: builtArticle(w, false), idxs: items.flatMap((it, i) => (isStored(it) ? [firstIdx + i] : [])) },
    { where: sql`true`, idxs: items.flatMap((it, i) => (isStored(it) ? [] : [firstIdx + i])) },
  ];
  for (const scan of scans) {
    if (!scan.idxs.length) continue;
    const needles = scan.idxs.map((idx) => items[idx - firstIdx].needle);
    await tx.execute(sql`insert into ${MATCHES}
      select m.article_id, (${sql.param(scan.idxs)}::int[])[t.i] from (${matchedArticlesSql(needles, sql`a.title || ' ' || a.lead || ' ' || a.body`, sql`${articleBrand(w)} and ${scan.where}`)}) m,
        unnest(m.term_idx) as t(i)`);
  }
}

/** The seed set (idx 0): articles matching a seed (idx 1…seedCount), plus a category's articles. */
export async function insertSeedSet(tx: Tx, seedCount: number, categoryId: string | null, w: ReachWindow) {
  const category = categoryId
    ? sql`union select a.id from articles a join article_labels l on l.article_id = a.id where l.iab_ids @> array[${categoryId}::text] and ${articleBrand(w)}`
    : sql``;
  // Distinct: an article holding two seeds is in the set once.
  await tx.execute(sql`insert into ${MATCHES} select distinct article_id, 0 from (
    select article_id from ${MATCHES} where idx between 1 and ${seedCount} ${category}) s`);
  await tx.execute(sql`analyze ${MATCHES}`);
}

/** `text` only for the articles the term build did not index (to find their terms live). */
export type SeedSetRow = { id: number; text: string | null; title: string; brandName: string; publishedAt: Date; seedIdx: number[] };

/** The seed set's articles and which seeds (1…k) each contains. */
export async function readSeedSet(tx: Tx, w: ReachWindow): Promise<SeedSetRow[]> {
  const { rows } = await tx.execute<SeedSetRow>(sql`
    with m as (
      select article_id, coalesce(array_agg(idx order by idx) filter (where idx > 0), '{}') as seed_idx from ${MATCHES}
      group by article_id having bool_or(idx = 0)
    )
    select a.id::int as id, case when ${builtArticle(w, false)} then a.title || '.' || chr(10) || a.lead || chr(10) || a.body end as text,
      a.title, b.name as "brandName", a.published_at as "publishedAt", m.seed_idx as "seedIdx"
    from m join articles a on a.id = m.article_id join brands b on b.id = a.brand_id`);
  return rows;
}

/** The seed-set articles (indexed by the term build) holding each corpus term among their own terms. */
export async function readSeedSetTerms(tx: Tx, w: ReachWindow): Promise<Map<string, number[]>> {
  if (!w.built) return new Map();
  const { rows } = await tx.execute<{ term: string; ids: number[] }>(sql`
    select t.term, array_agg(t.article_id::int) as ids
    from ${MATCHES} m join articles a on a.id = m.article_id join corpus_term_articles t on t.article_id = m.article_id
    where m.idx = 0 and t.tf > 0 and ${builtArticle(w, true)} group by t.term`);
  return new Map(rows.map((r) => [r.term, r.ids]));
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
}

export type NeedleReach = { idx: number; articles: number; reach: number; added: number };

/** Per idx: articles, readers, and readers the seed set (idx 0) does not already reach. */
export async function reachPerNeedle(tx: Tx, lastIdx: number): Promise<Map<number, NeedleReach>> {
  const { rows } = await tx.execute<NeedleReach>(sql`
    with seed_readers as (select profile_id from ${READERS} where idx = 0),
    arts as (select idx, count(*)::int as n from ${MATCHES} group by idx),
    readers as (
      select r.idx, count(*)::int as reach, (count(*) - count(s.profile_id))::int as added
      from ${READERS} r left join seed_readers s on s.profile_id = r.profile_id group by r.idx
    )
    select t.idx::int as idx, coalesce(arts.n, 0) as articles, coalesce(readers.reach, 0) as reach, coalesce(readers.added, 0) as added
    from generate_series(0, ${lastIdx}) as t(idx) left join arts on arts.idx = t.idx left join readers on readers.idx = t.idx`);
  return new Map(rows.map((r) => [r.idx, r]));
}

/** Adds each category's articles in scope, numbered from `firstIdx` (their readers come with the others'). */
export async function insertCategoryMatches(tx: Tx, ids: string[], firstIdx: number, w: ReachWindow) {
  if (!ids.length) return;
  await tx.execute(sql`insert into ${MATCHES}
    select a.id, c.idx from unnest(${sql.param(ids)}::text[], ${sql.param(ids.map((_, i) => firstIdx + i))}::int[]) as c(id, idx)
    join article_labels l on l.iab_ids @> array[c.id] join articles a on a.id = l.article_id
    where ${articleBrand(w)}`);
}

export type EvidenceRow = { id: number; title: string; brandName: string };

/** The seed set's most recent articles in each category (its evidence). */
export async function categoryEvidence(tx: Tx, ids: string[], evidence: number): Promise<Map<string, EvidenceRow[]>> {
  if (!ids.length) return new Map();
  const { rows } = await tx.execute<{ id: string; evidence: EvidenceRow[] | null }>(sql`
    select c.id, (select json_agg(json_build_object('id', ev.id, 'title', ev.title, 'brandName', ev."brandName")) from (
        select a.id::int as id, a.title, b.name as "brandName" from ${MATCHES} m
        join article_labels l on l.article_id = m.article_id join articles a on a.id = m.article_id join brands b on b.id = a.brand_id
        where m.idx = 0 and l.iab_ids @> array[c.id] order by a.published_at desc, a.id desc limit ${evidence}) ev) as evidence
    from unnest(${sql.param(ids)}::text[]) as c(id)`);
  return new Map(rows.map((r) => [r.id, r.evidence ?? []]));
}
