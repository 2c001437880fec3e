import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { computePpmi, type PpmiOptions } from "./compute-ppmi";
import { DEFAULT_PHRASE_OPTIONS, detectPhrases, extractDocTerms, TokenCorpus, type PhraseOptions } from "./extract-terms";

export type BuildStage = "read" | "phrases" | "terms" | "associations" | "write";

export type BuildTermAssociationsParams = {
  onProgress?: (stage: BuildStage, done: number, total: number) => void;
  phrases?: PhraseOptions;
  ppmi?: Partial<PpmiOptions>;
  /** A term must occur in this many articles to enter the vocabulary. */
  minDocFreq?: number;
  /** Terms in more than this share of articles say nothing specific ("france", "président"). */
  maxDocShare?: number;
  /** Terms kept per article (highest tf·idf) for co-occurrence: an article's topics. */
  termsPerDoc?: number;
  /** Evidence kept per term in corpus_terms.sample_article_ids. */
  samplesPerTerm?: number;
};

export type BuildTermAssociationsResult = {
  articles: number;
  tokens: number;
  phrases: number;
  terms: number;
  associations: number;
  ms: Record<BuildStage, number>;
};

const PAGE = 2000;
const INSERT_CHUNK = 20_000;
export const DEFAULT_PPMI: PpmiOptions = { minCoDocs: 3, topK: 50, weighByCount: true };

type Sample = { doc: number; tf: number };

/** Keeps the `limit` best samples (highest tf, then most recent article) in place. */
function offerSample(list: Sample[], sample: Sample, limit: number) {
  list.push(sample);
  list.sort((a, b) => b.tf - a.tf || b.doc - a.doc);
  if (list.length > limit) list.length = limit;
}

/**
 * Rebuilds corpus_terms and term_associations from every article (title + lead + body):
 * tokenise, detect multi-word expressions, count document frequencies, compute PPMI over
 * document co-occurrence of each article's top terms, keep the top-K associations per term.
 * Derived data: both tables are replaced in one transaction.
 */
export async function buildTermAssociations(db: Db, params: BuildTermAssociationsParams = {}): Promise<BuildTermAssociationsResult> {
  const progress = params.onProgress ?? (() => {});
  const ms = {} as Record<BuildStage, number>;
  let clock = performance.now();
  const lap = (stage: BuildStage) => {
    const now = performance.now();
    ms[stage] = Math.round(now - clock);
    clock = now;
  };

  // 1. Read and tokenise, page by page (keyset on id).
  const { rows: countRows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from articles`);
  const totalArticles = countRows[0].n;
  const corpus = new TokenCorpus();
  const articleIds: number[] = [];
  const isEnglish: boolean[] = [];
  let lastId = 0;
  for (;;) {
    const { rows } = await db.execute<{ id: number; lang: string; title: string; lead: string; body: string }>(sql`
      select id::int as id, lang, title, lead, body from articles where id > ${lastId} order by id limit ${PAGE}`);
    if (!rows.length) break;
    for (const row of rows) {
      corpus.addDocument(`${row.title}.\n${row.lead}\n${row.body}`);
      articleIds.push(row.id);
      isEnglish.push(row.lang === "en");
    }
    lastId = rows[rows.length - 1].id;
    progress("read", articleIds.length, totalArticles);
  }
  lap("read");

  // 2. Multi-word expressions from the corpus itself.
  const phraseOptions = params.phrases ?? DEFAULT_PHRASE_OPTIONS;
  const phrases = detectPhrases(corpus, phraseOptions);
  progress("phrases", phrases.keys.size, phrases.keys.size);
  lap("phrases");

  // 3. Terms per document, document frequencies, vocabulary, top terms per document.
  const n = corpus.docs.length;
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const df: number[] = [];
  const docTerms: { ids: Int32Array; tf: Int32Array }[] = [];
  for (let d = 0; d < n; d++) {
    const terms = extractDocTerms(corpus, phrases, d, phraseOptions.minCount);
    const ids = new Int32Array(terms.size);
    const tf = new Int32Array(terms.size);
    let i = 0;
    for (const [term, count] of terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termNames.length;
        termIds.set(term, id);
        termNames.push(term);
        df.push(0);
      }
      df[id]++;
      ids[i] = id;
      tf[i++] = count;
    }
    docTerms.push({ ids, tf });
    if (d % 1000 === 0) progress("terms", d, n);
  }
  const minDf = params.minDocFreq ?? 3;
  const maxDf = Math.max(minDf, Math.floor((params.maxDocShare ?? 0.2) * n));
  const vocab = new Int32Array(termNames.length).fill(-1);
  const vocabTerms: number[] = [];
  termNames.forEach((_, id) => {
    if (df[id] >= minDf && df[id] <= maxDf) {
      vocab[id] = vocabTerms.length;
      vocabTerms.push(id);
    }
  });
  const perDoc = params.termsPerDoc ?? 60;
  const samplesPerTerm = params.samplesPerTerm ?? 5;
  const samples: Sample[][] = vocabTerms.map(() => []);
  const englishDocs = new Int32Array(vocabTerms.length);
  const docsForPpmi: Int32Array[] = docTerms.map(({ ids, tf }, d) => {
    const kept: { v: number; weight: number }[] = [];
    for (let i = 0; i < ids.length; i++) {
      const v = vocab[ids[i]];
      if (v < 0) continue;
      kept.push({ v, weight: tf[i] * Math.log(n / df[ids[i]]) });
      if (samples[v].length < samplesPerTerm || tf[i] >= samples[v][samples[v].length - 1].tf) offerSample(samples[v], { doc: d, tf: tf[i] }, samplesPerTerm);
      if (isEnglish[d]) englishDocs[v]++;
    }
    kept.sort((a, b) => b.weight - a.weight);
    return Int32Array.from(kept.slice(0, perDoc), (k) => k.v);
  });
  progress("terms", n, n);
  lap("terms");

  // 4. PPMI over document co-occurrence.
  const associations = computePpmi(docsForPpmi, vocabTerms.length, { ...DEFAULT_PPMI, ...params.ppmi });
  progress("associations", associations.length, associations.length);
  lap("associations");

  // 5. Replace the derived tables in one transaction.
  const nameOf = (v: number) => termNames[vocabTerms[v]];
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from term_associations`);
    await tx.execute(sql`delete from corpus_terms`);
    for (let from = 0; from < vocabTerms.length; from += INSERT_CHUNK) {
      const slice = vocabTerms.slice(from, from + INSERT_CHUNK).map((_, i) => from + i);
      await tx.execute(sql`insert into corpus_terms (term, lang, doc_freq, sample_article_ids)
        select t.term, t.lang, t.doc_freq, array(select jsonb_array_elements_text(t.samples)::bigint)
        from unnest(${sql.param(slice.map(nameOf))}::text[], ${sql.param(slice.map((v) => (englishDocs[v] * 2 > df[vocabTerms[v]] ? "en" : "fr")))}::text[],
          ${sql.param(slice.map((v) => df[vocabTerms[v]]))}::int[], ${sql.param(slice.map((v) => JSON.stringify(samples[v].map((s) => articleIds[s.doc]))))}::jsonb[])
          as t(term, lang, doc_freq, samples)`);
      progress("write", from + slice.length, vocabTerms.length + associations.length);
    }
    for (let from = 0; from < associations.length; from += INSERT_CHUNK) {
      const slice = associations.slice(from, from + INSERT_CHUNK);
      await tx.execute(sql`insert into term_associations (term, related, ppmi, co_docs)
        select * from unnest(${sql.param(slice.map((a) => nameOf(a.term)))}::text[], ${sql.param(slice.map((a) => nameOf(a.related)))}::text[],
          ${sql.param(slice.map((a) => a.ppmi))}::real[], ${sql.param(slice.map((a) => a.coDocs))}::int[])`);
      progress("write", vocabTerms.length + from + slice.length, vocabTerms.length + associations.length);
    }
  });
  lap("write");

  return { articles: n, tokens: corpus.total, phrases: phrases.keys.size, terms: vocabTerms.length, associations: associations.length, ms };
}
