import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { foldText, foldTextSql } from "../blocklist/fold-text";

/*
 * Brief term expansion: from seed terms ("rugby") to related terms and IAB categories
 * learned from the group's own articles, each with its evidence and the consenting
 * audience it would add to the seeds' own.
 */

export type SuggestTermsParams = {
  seeds: string[];
  /** One brand's articles and readers; null/undefined = the whole group. */
  brandId?: string | null;
  limit?: number;
  /** Reach window end (now in production; fixed in tests). */
  now?: Date;
  windowDays?: number;
};

export type EvidenceArticle = { id: number; title: string; brandName: string };

export type TermSuggestion = {
  term: string;
  /** Sum over seeds of PPMI (the stored strength). */
  ppmi: number;
  /** Articles containing the term and a seed (from the term build). */
  coDocs: number;
  /** The seeds it is associated with. */
  via: string[];
  articles: number;
  /** Distinct consenting readers in the window, and those not already reached by the seeds. */
  reach: number;
  addedReach: number;
  evidence: EvidenceArticle[];
};

export type CategorySuggestion = {
  id: string;
  name: string;
  tier1: string;
  /** Share of seed articles in the category / share of all labelled articles in it. */
  lift: number;
  seedArticles: number;
  reach: number;
  addedReach: number;
  evidence: EvidenceArticle[];
};

export type SuggestTermsResult = {
  seeds: { input: string; term: string | null }[];
  seedArticles: number;
  seedReach: number;
  windowDays: number;
  terms: TermSuggestion[];
  categories: CategorySuggestion[];
  elapsedMs: number;
};

/**
 * Readers count when they consented to TCF purposes 1 (device storage), 3 (personalised ads
 * profile) and 4 (personalised ads selection): the audience an expansion could be sold to.
 */
export const REACH_PURPOSES = [1, 3, 4];
/** A category needs this many seed articles before its lift means anything. */
const MIN_CATEGORY_ARTICLES = 3;
const MIN_LIFT = 1.5;
const EVIDENCE = 3;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
const MATCHES = sql.identifier("term_matches");
const READERS = sql.identifier("term_readers");

async function resolveSeeds(db: Db, seeds: string[]) {
  const folded = seeds.map((s) => foldText(s));
  const { rows } = await db.execute<{ term: string; folded: string }>(sql`
    select term, ${foldTextSql(sql`term`)} as folded from corpus_terms
    where term = any(${sql.param(seeds.map((s) => s.trim().toLocaleLowerCase("fr")))}::text[])
       or ${foldTextSql(sql`term`)} = any(${sql.param(folded)}::text[])`);
  return seeds.map((input, i) => ({ input, term: rows.find((r) => r.term === input.trim().toLocaleLowerCase("fr"))?.term ?? rows.find((r) => r.folded === folded[i])?.term ?? null }));
}

async function relatedTerms(db: Db, seedTerms: string[], foldedSeeds: string[], limit: number) {
  if (!seedTerms.length) return [];
  const { rows } = await db.execute<{ term: string; ppmi: number; coDocs: number; via: string[] }>(sql`
    select related as term, sum(ppmi)::float8 as ppmi, sum(co_docs)::int as "coDocs", array_agg(term order by ppmi desc) as via
    from term_associations where term = any(${sql.param(seedTerms)}::text[]) and related <> all(${sql.param(seedTerms)}::text[])
    group by related order by sum(ppmi * co_docs / (co_docs + 5.0)) desc, related limit ${limit * 3}`);
  // A phrase containing a seed ("club de rugby") refines it rather than expanding it.
  return rows.filter((r) => !foldedSeeds.some((s) => foldText(r.term).includes(s) || s.includes(foldText(r.term)))).slice(0, limit);
}

/** Fills term_matches (article, 1-based needle index) and term_readers (needle, profile). */
async function matchAndRead(tx: Tx, needles: string[], brandId: string | null, since: Date, until: Date) {
  const brandOfArticle: SQL = brandId ? sql`a.brand_id = ${brandId}` : sql`true`;
  const brandOfEvent: SQL = brandId ? sql`e.brand_id = ${brandId}` : sql`true`;
  await tx.execute(sql`create temp table ${MATCHES} (article_id bigint not null, idx int not null) on commit drop`);
  await tx.execute(sql`insert into ${MATCHES}
    select a.id, t.idx from articles a
    cross join lateral (select ${foldTextSql(sql`a.title || ' ' || a.lead || ' ' || a.body`)} as txt) f
    join unnest(${sql.param(needles)}::text[]) with ordinality as t(needle, idx) on strpos(f.txt, t.needle) > 0
    where ${brandOfArticle}`);
  await tx.execute(sql`create temp table ${READERS} (idx int not null, profile_id bigint not null) on commit drop`);
  await tx.execute(sql`insert into ${READERS}
    select distinct m.idx, e.profile_id from ${MATCHES} m
    join events e on e.article_id = m.article_id
    join profiles p on p.id = e.profile_id
    where e.type = 'pageview' and e.profile_id is not null and e.occurred_at >= ${since} and e.occurred_at < ${until}
      and ${brandOfEvent} and p.consent_purposes @> ${sql.param(REACH_PURPOSES)}::smallint[]`);
  await tx.execute(sql`analyze ${MATCHES}`);
  await tx.execute(sql`analyze ${READERS}`);
}

/** Per needle: matching articles, readers, readers beyond the seeds (needles 1…seedCount). */
async function reachPerNeedle(tx: Tx, needleCount: number, seedCount: number) {
  const { rows } = await tx.execute<{ idx: number; articles: number; reach: number; added: number }>(sql`
    with seed_readers as (select distinct profile_id from ${READERS} where idx <= ${seedCount})
    select t.idx::int as idx,
      (select count(*) from ${MATCHES} m where m.idx = t.idx)::int as articles,
      (select count(*) from ${READERS} r where r.idx = t.idx)::int as reach,
      (select count(*) from ${READERS} r where r.idx = t.idx and not exists (select 1 from seed_readers s where s.profile_id = r.profile_id))::int as added
    from generate_series(1, ${needleCount}) as t(idx)`);
  return new Map(rows.map((r) => [r.idx, r]));
}

/** Up to EVIDENCE recent articles per needle that also contain a seed. */
async function evidencePerNeedle(tx: Tx, seedCount: number) {
  const { rows } = await tx.execute<EvidenceArticle & { idx: number }>(sql`
    select x.idx, x.id, x.title, x."brandName" from (
      select m.idx, a.id::int as id, a.title, b.name as "brandName",
        row_number() over (partition by m.idx order by a.published_at desc, a.id desc) as rank
      from ${MATCHES} m join articles a on a.id = m.article_id join brands b on b.id = a.brand_id
      where m.idx > ${seedCount} and exists (select 1 from ${MATCHES} s where s.article_id = m.article_id and s.idx <= ${seedCount})
    ) x where x.rank <= ${EVIDENCE}`);
  const byIdx = new Map<number, EvidenceArticle[]>();
  for (const { idx, ...article } of rows) byIdx.set(idx, [...(byIdx.get(idx) ?? []), article]);
  return byIdx;
}

async function relatedCategories(tx: Tx, seedCount: number, brandId: string | null, since: Date, until: Date, limit: number): Promise<CategorySuggestion[]> {
  const brandOfArticle: SQL = brandId ? sql`a.brand_id = ${brandId}` : sql`true`;
  const brandOfEvent: SQL = brandId ? sql`e.brand_id = ${brandId}` : sql`true`;
  const { rows } = await tx.execute<Omit<CategorySuggestion, "evidence"> & { evidence: EvidenceArticle[] | null }>(sql`
    with seed as (select distinct article_id from ${MATCHES} where idx <= ${seedCount}),
    seed_n as (select count(*)::float8 as n from seed s join article_labels l on l.article_id = s.article_id),
    base as (
      select c.id, count(*)::float8 as n from articles a join article_labels l on l.article_id = a.id, unnest(l.iab_ids) as c(id)
      where ${brandOfArticle} group by c.id
    ),
    base_n as (select count(*)::float8 as n from articles a join article_labels l on l.article_id = a.id where ${brandOfArticle}),
    seed_cat as (
      select x->>'id' as id, min(x->>'name') as name, min(x->>'tier1') as tier1, count(distinct s.article_id)::int as n
      from seed s join article_labels l on l.article_id = s.article_id, jsonb_array_elements(l.iab) as x group by x->>'id'
    ),
    ranked as (
      select sc.id, sc.name, sc.tier1, sc.n as "seedArticles", ((sc.n / seed_n.n) / (base.n / base_n.n))::float8 as lift
      from seed_cat sc join base on base.id = sc.id, seed_n, base_n
      where sc.n >= ${MIN_CATEGORY_ARTICLES} and (sc.n / seed_n.n) / (base.n / base_n.n) >= ${MIN_LIFT}
      order by lift desc, sc.n desc limit ${limit}
    ),
    seed_readers as (select distinct profile_id from ${READERS} where idx <= ${seedCount}),
    cat_readers as (
      select distinct r.id, e.profile_id from ranked r
      join article_labels l on l.iab_ids @> array[r.id]
      join articles a on a.id = l.article_id and ${brandOfArticle}
      join events e on e.article_id = l.article_id
      join profiles p on p.id = e.profile_id
      where e.type = 'pageview' and e.profile_id is not null and e.occurred_at >= ${since} and e.occurred_at < ${until}
        and ${brandOfEvent} and p.consent_purposes @> ${sql.param(REACH_PURPOSES)}::smallint[]
    )
    select r.*,
      (select count(*) from cat_readers c where c.id = r.id)::int as reach,
      (select count(*) from cat_readers c where c.id = r.id and not exists (select 1 from seed_readers s where s.profile_id = c.profile_id))::int as "addedReach",
      (select json_agg(json_build_object('id', ev.id, 'title', ev.title, 'brandName', ev."brandName")) from (
        select a.id::int as id, a.title, b.name as "brandName" from seed s join article_labels l on l.article_id = s.article_id
        join articles a on a.id = s.article_id join brands b on b.id = a.brand_id
        where l.iab_ids @> array[r.id] order by a.published_at desc, a.id desc limit ${EVIDENCE}) ev) as evidence
    from ranked r order by r.lift desc, r."seedArticles" desc`);
  return rows.map((r) => ({ ...r, evidence: r.evidence ?? [] }));
}

/**
 * Suggests terms and IAB categories related to the seeds, from the corpus associations
 * (PPMI, rebuilt by `npm run terms:build`) and the labels of the articles containing the
 * seeds (lift over the base rate), with evidence articles and the consenting readers each
 * would add over the last `windowDays` days.
 */
export async function suggestTerms(db: Db, params: SuggestTermsParams): Promise<SuggestTermsResult> {
  const started = performance.now();
  const limit = params.limit ?? 12;
  const windowDays = params.windowDays ?? 30;
  const until = params.now ?? new Date();
  const since = new Date(until.getTime() - windowDays * 86_400_000);
  const brandId = params.brandId ?? null;
  // A seed that folds to nothing ("!!!") would match every article: drop it.
  const seeds = [...new Set(params.seeds.map((s) => s.trim()).filter((s) => foldText(s).trim()))];
  const resolved = await resolveSeeds(db, seeds);
  const seedTerms = [...new Set(resolved.flatMap((r) => (r.term ? [r.term] : [])))];
  const foldedSeeds = seeds.map((s) => foldText(s).trim());
  const related = await relatedTerms(db, seedTerms, foldedSeeds, limit);

  // Needles 1…seeds.length are the seeds as typed (found in the corpus or not), then the suggestions.
  const needles = [...seeds.map((s) => foldText(s)), ...related.map((r) => foldText(r.term))];
  const result = await db.transaction(async (tx) => {
    await matchAndRead(tx, needles, brandId, since, until);
    const reach = await reachPerNeedle(tx, needles.length, seeds.length);
    const evidence = await evidencePerNeedle(tx, seeds.length);
    const categories = await relatedCategories(tx, seeds.length, brandId, since, until, limit);
    const { rows } = await tx.execute<{ articles: number; readers: number }>(sql`
      select (select count(distinct article_id) from ${MATCHES} where idx <= ${seeds.length})::int as articles,
        (select count(distinct profile_id) from ${READERS} where idx <= ${seeds.length})::int as readers`);
    return { reach, evidence, categories, seedTotals: rows[0] };
  });

  const terms: TermSuggestion[] = related.map((r, i) => {
    const idx = seeds.length + i + 1;
    const hit = result.reach.get(idx);
    return { ...r, articles: hit?.articles ?? 0, reach: hit?.reach ?? 0, addedReach: hit?.added ?? 0, evidence: result.evidence.get(idx) ?? [] };
  });
  return {
    seeds: resolved,
    seedArticles: result.seedTotals.articles,
    seedReach: result.seedTotals.readers,
    windowDays,
    terms,
    categories: result.categories,
    elapsedMs: Math.round(performance.now() - started),
  };
}
