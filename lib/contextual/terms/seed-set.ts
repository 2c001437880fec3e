import { isStopword } from "./stopwords";
import { BOUNDARY, joinPhrase, tokenize } from "./tokenize";

/*
 * Term expansion against a seed set: the articles that contain the seed terms (and, when the
 * seeds name one of our taxonomy's categories, that category's articles — pseudo-relevance
 * feedback, so "rugby" also covers rugby articles that never spell the word). Each corpus
 * term is scored by its PPMI with the set:
 *
 *   PPMI(S, t) = max(0, ln( co(S, t) · N / (|S| · df(t)) ))
 *
 * with N articles, df from the corpus build and co(S, t) the seed-set articles containing t.
 * For a one-word seed and no broadening this is the stored term–term PPMI. Pure.
 */

/** Vocabulary terms (from corpus_terms) found in a text: content words and known phrases. */
export function findVocabularyTerms(text: string, vocabulary: ReadonlySet<string>): Set<string> {
  const tokens = tokenize(text);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === BOUNDARY) continue;
    if (!isStopword(t) && vocabulary.has(t)) found.add(t);
    for (const n of [2, 3]) {
      const window = tokens.slice(i, i + n);
      if (window.length < n || window.includes(BOUNDARY)) continue;
      const phrase = joinPhrase(window);
      if (vocabulary.has(phrase)) found.add(phrase);
    }
  }
  return found;
}

export type SeedSetDoc = { id: number; text: string };
export type SeedSetTerm = { term: string; ppmi: number; coDocs: number; score: number; docIds: number[] };

type ScoreParams = {
  /** Corpus document frequency of each vocabulary term. */
  docFreq: ReadonlyMap<string, number>;
  /** Articles in the corpus. */
  corpusSize: number;
  /** A term must be in this many seed-set articles. */
  minCoDocs?: number;
  /** Terms never suggested (the seeds, phrases containing them). */
  isExcluded?: (term: string) => boolean;
};

export type RankSeedSetParams = ScoreParams & { docs: SeedSetDoc[] };

/** The seed-set articles containing each vocabulary term, from the articles' text. */
export function findSeedSetTerms(docs: SeedSetDoc[], vocabulary: ReadonlySet<string>, into = new Map<string, number[]>()): Map<string, number[]> {
  for (const doc of docs) {
    for (const term of findVocabularyTerms(doc.text, vocabulary)) {
      const list = into.get(term);
      if (list) list.push(doc.id);
      else into.set(term, [doc.id]);
    }
  }
  return into;
}

/**
 * Corpus terms associated with the seed set, ranked by the JLH significance score
 * (fg − bg) · fg / bg, with fg = co/|S| and bg = df/N: how over-represented a term is in the
 * seed set (fg/bg = e^PPMI) weighed by how much of the set it covers, so that a value shared
 * by many seed articles ("solidarité") outranks a rare exclusive word.
 */
export function rankSeedSetTerms(params: RankSeedSetParams): SeedSetTerm[] {
  return scoreSeedSetTerms(findSeedSetTerms(params.docs, new Set(params.docFreq.keys())), params.docs.length, params);
}

/** The same ranking from the seed-set articles of each term (`docsOf`) and the set's size. */
export function scoreSeedSetTerms(docsOf: ReadonlyMap<string, number[]>, size: number, params: ScoreParams): SeedSetTerm[] {
  const out: SeedSetTerm[] = [];
  for (const [term, docIds] of docsOf) {
    const df = params.docFreq.get(term);
    if (!df || docIds.length < (params.minCoDocs ?? 3) || params.isExcluded?.(term)) continue;
    const ppmi = Math.log((docIds.length * params.corpusSize) / (size * df));
    if (ppmi <= 0) continue;
    const fg = docIds.length / size;
    const bg = df / params.corpusSize;
    out.push({ term, ppmi, coDocs: docIds.length, score: ((fg - bg) * fg) / bg, docIds });
  }
  return out.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}

export type CategoryCoverage = { id: string; seedArticles: number; categoryArticles: number };

/**
 * The category the seeds name, if any: one that holds most seed articles (≥ 60 %) and whose
 * articles mostly contain a seed (≥ 40 %), with enough evidence (≥ 20 articles). "rugby" →
 * Rugby; "berline" is a small part of Automotive, so no broadening.
 */
export function chooseBroadening(categories: CategoryCoverage[], seedArticles: number): CategoryCoverage | null {
  const eligible = categories.filter(
    (c) => c.seedArticles >= 20 && c.seedArticles >= 0.6 * seedArticles && c.categoryArticles > 0 && c.seedArticles >= 0.4 * c.categoryArticles,
  );
  eligible.sort((a, b) => b.seedArticles / b.categoryArticles - a.seedArticles / a.categoryArticles || a.id.localeCompare(b.id));
  return eligible[0] ?? null;
}
