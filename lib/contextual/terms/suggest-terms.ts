import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { foldText, foldTextSql } from "../blocklist/fold-text";
import { toBlocklistTerm } from "../blocklist/parse-blocklist";
import { diversify } from "./diversify";
import { chooseBroadening, findSeedSetTerms, scoreSeedSetTerms } from "./seed-set";
import {
  categoryEvidence, createMatchTables, insertCategoryMatches, insertMatches, insertReaders, insertSeedSet, rankCategories, reachPerNeedle, readSeedSet, readSeedSetTerms,
  readTermsBuild, type MatchNeedle, type ReachWindow,
} from "./suggest-sql";

export { REACH_PURPOSES } from "./suggest-sql";

/*
 * Brief term expansion: from seed terms ("rugby") to related terms and IAB categories
 * learned from the group's own articles, each with its evidence and the consenting
 * audience it would add to the seed set's own.
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
  /** PPMI of the term with the seed set (the strength shown). */
  ppmi: number;
  /** Seed-set articles containing the term. */
  coDocs: number;
  /** The seeds whose own articles contain it, most first. */
  via: string[];
  /** Articles containing the term in scope (anywhere, not only in the seed set). */
  articles: number;
  /** Distinct consenting readers in the window, and those the seed set does not already reach. */
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
  /**
   * How each seed was understood: its corpus vocabulary term (accent-insensitively), else the
   * seed itself when articles contain it (words the build keeps out of the vocabulary, such
   * as "vélo" used mostly as a modifier in "plan vélo", still match), else null: unknown.
   */
  seeds: { input: string; term: string | null }[];
  /** The category whose articles joined the seed set (the seeds name it), if any. */
  broadenedWith: { id: string; name: string } | null;
  seedArticles: number;
  seedReach: number;
  windowDays: number;
  terms: TermSuggestion[];
  categories: CategorySuggestion[];
  elapsedMs: number;
};

const MIN_CATEGORY_ARTICLES = 3;
const MIN_LIFT = 1.5;
const EVIDENCE = 3;

/** Which seeds are in the corpus vocabulary (accent-insensitively), for the UI. */
async function resolveSeeds(db: Db, seeds: string[]) {
  const lowered = seeds.map((s) => s.toLocaleLowerCase("fr"));
  const folded = seeds.map((s) => foldText(s));
  const { rows } = await db.execute<{ term: string; folded: string }>(sql`
    select term, ${foldTextSql(sql`term`)} as folded from corpus_terms
    where term = any(${sql.param(lowered)}::text[]) or ${foldTextSql(sql`term`)} = any(${sql.param(folded)}::text[])`);
  return seeds.map((input, i) => ({ input, term: rows.find((r) => r.term === lowered[i])?.term ?? rows.find((r) => r.folded === folded[i])?.term ?? null }));
}

async function readVocabulary(db: Db) {
  const { rows } = await db.execute<{ term: string; df: number }>(sql`select term, doc_freq as df from corpus_terms`);
  const { rows: n } = await db.execute<{ n: number }>(sql`select count(*)::int as n from articles`);
  return { docFreq: new Map(rows.map((r) => [r.term, r.df])), corpusSize: n[0].n };
}

async function pairCoDocs(db: Db, terms: string[]) {
  const { rows } = await db.execute<{ term: string; related: string; coDocs: number }>(sql`
    select term, related, co_docs as "coDocs" from term_associations
    where term = any(${sql.param(terms)}::text[]) and related = any(${sql.param(terms)}::text[])`);
  const co = new Map(rows.map((p) => [`${p.term}\u0000${p.related}`, p.coDocs]));
  return (a: string, b: string) => co.get(`${a}\u0000${b}`);
}

/**
 * Suggests terms and IAB categories related to the seeds: each corpus term (vocabulary and
 * document frequencies from `npm run terms:build`) scored by its PPMI with the seed set,
 * near-duplicates collapsed (term_associations), then matched over the scope for the
 * articles and consenting readers (last `windowDays` days) each would add. The articles of
 * each term come from corpus_term_articles (the build), articles newer than the build are
 * read live (suggest-sql.ts): the answer is the same as a full scan, without the scan.
 */
export async function suggestTerms(db: Db, params: SuggestTermsParams): Promise<SuggestTermsResult> {
  const started = performance.now();
  const limit = params.limit ?? 12;
  const windowDays = params.windowDays ?? 30;
  const until = params.now ?? new Date();
  // A seed that folds to nothing ("!!!") would match every article: drop it (and over-long ones).
  const seeds = [...new Set(params.seeds.map((s) => s.replace(/\*/g, " ").trim()).filter((s) => s.length <= 100 && toBlocklistTerm(s)))];
  const foldedSeeds = seeds.map((s) => foldText(s));
  const isExcluded = (term: string) => {
    const f = foldText(term);
    return foldedSeeds.some((s) => f.includes(s) || s.includes(f));
  };
  const [resolved, vocabulary, built] = await Promise.all([resolveSeeds(db, seeds), readVocabulary(db), readTermsBuild(db)]);
  const w: ReachWindow = { brandId: params.brandId ?? null, since: new Date(until.getTime() - windowDays * 86_400_000), until, built };
  // A corpus term's stored articles are a needle's matches when both fold the same.
  const needleOf = (text: string, term: string | null): MatchNeedle => {
    const needle = toBlocklistTerm(text)!;
    return { needle, term: term !== null && !needle.isPrefix && foldText(term) === needle.needle ? term : null };
  };
  const seedNeedles = seeds.map((s, i) => needleOf(s, resolved[i].term));

  const result = await db.transaction(async (tx) => {
    await createMatchTables(tx);
    await insertMatches(tx, seedNeedles, 1, w);
    const categories = await rankCategories(tx, seeds.length, w, MIN_CATEGORY_ARTICLES);
    const { rows: seedCount } = await tx.execute<{ n: number }>(sql`select count(distinct article_id)::int as n from term_matches where idx between 1 and ${seeds.length}`);
    const broadening = chooseBroadening(categories, seedCount[0].n);
    await insertSeedSet(tx, seeds.length, broadening?.id ?? null, w);
    const seedSet = await readSeedSet(tx, w);
    // Terms of the indexed seed articles from the build, of the others from their text.
    const live = seedSet.flatMap((d) => (d.text === null ? [] : [{ id: d.id, text: d.text }]));
    const docsOf = findSeedSetTerms(live, new Set(vocabulary.docFreq.keys()), await readSeedSetTerms(tx, w));
    const ranked = scoreSeedSetTerms(docsOf, seedSet.length, { docFreq: vocabulary.docFreq, corpusSize: vocabulary.corpusSize, isExcluded }).slice(0, limit * 5);
    const coDocsOf = await pairCoDocs(db, ranked.map((r) => r.term));
    const related = diversify(ranked.map((r) => ({ ...r, docFreq: vocabulary.docFreq.get(r.term)! })), coDocsOf, limit).filter((r) => toBlocklistTerm(r.term));

    // idx: 0 seed set, 1…k seeds, then the related terms, then the categories shown.
    const shown = categories.filter((c) => c.lift >= MIN_LIFT).slice(0, limit);
    const firstCategory = seeds.length + related.length + 1;
    await insertMatches(tx, related.map((r) => needleOf(r.term, r.term)), seeds.length + 1, w);
    await insertCategoryMatches(tx, shown.map((c) => c.id), firstCategory, w);
    await insertReaders(tx, w);
    const reach = await reachPerNeedle(tx, firstCategory + shown.length - 1);
    const evidence = await categoryEvidence(tx, shown.map((c) => c.id), EVIDENCE);
    return { related, reach, shown, firstCategory, evidence, seedSet, broadening, categories };
  });

  const seedDocs = new Map(result.seedSet.map((d) => [d.id, d]));
  const terms: TermSuggestion[] = result.related.map((r, i) => {
    const hit = result.reach.get(seeds.length + 1 + i);
    const evidence = r.docIds
      .map((id) => seedDocs.get(id)!)
      .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime() || b.id - a.id)
      .slice(0, EVIDENCE)
      .map(({ id, title, brandName }) => ({ id, title, brandName }));
    const perSeed = seeds.map((seed, s) => ({ seed: resolved[s].term ?? seed, n: r.docIds.filter((id) => seedDocs.get(id)!.seedIdx.includes(s + 1)).length }));
    const via = perSeed.filter((v) => v.n > 0).sort((a, b) => b.n - a.n).map((v) => v.seed);
    return { term: r.term, ppmi: r.ppmi, coDocs: r.coDocs, via, articles: hit?.articles ?? 0, reach: hit?.reach ?? 0, addedReach: hit?.added ?? 0, evidence };
  });
  const categories: CategorySuggestion[] = result.shown.map((c, i) => {
    const r = result.reach.get(result.firstCategory + i);
    return { id: c.id, name: c.name, tier1: c.tier1, lift: c.lift, seedArticles: c.seedArticles, reach: r?.reach ?? 0, addedReach: r?.added ?? 0, evidence: result.evidence.get(c.id) ?? [] };
  });
  const seedTotals = result.reach.get(0);
  const broadened = result.broadening ? result.categories.find((c) => c.id === result.broadening!.id)! : null;
  const isMatched = (i: number) => (result.reach.get(i + 1)?.articles ?? 0) > 0;
  return {
    seeds: resolved.map((r, i) => ({ input: r.input, term: r.term ?? (isMatched(i) ? seeds[i].toLocaleLowerCase("fr") : null) })),
    broadenedWith: broadened ? { id: broadened.id, name: broadened.name } : null,
    seedArticles: seedTotals?.articles ?? 0,
    seedReach: seedTotals?.reach ?? 0,
    windowDays,
    terms,
    categories,
    elapsedMs: Math.round(performance.now() - started),
  };
}
