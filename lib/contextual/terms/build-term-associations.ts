import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { computePpmi, type PpmiOptions } from "./compute-ppmi";
import { DEFAULT_PHRASE_OPTIONS, detectPhrases, forEachTermOccurrence, TokenCorpus, type DocTerms, type PhraseOptions } from "./extract-terms";
import { FoldedTermMatcher } from "./match-folded-terms";
import { DEFAULT_TERM_SHAPE, TermShapes, type TermShapeOptions, type TermShapeVerdict } from "./term-shape";

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
  /** What a term's neighbours must look like for it to be a term (term-shape.ts). */
  shape?: TermShapeOptions;
};

export type BuildTermAssociationsResult = {
  articles: number;
  tokens: number;
  phrases: number;
  terms: number;
  associations: number;
  /** corpus_term_articles rows: (term, article) pairs. */
  termArticles: number;
  /** Candidates frequent enough but left out of the vocabulary, by reason (term-shape.ts). */
  rejected: Record<Exclude<TermShapeVerdict, "ok">, number>;
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

/** The watermark naming where the term build read the articles (suggest-sql.ts reads it). */
export const TERMS_WATERMARK = "corpus_terms";

/**
 * Rebuilds corpus_terms, term_associations and corpus_term_articles from every article
 * (title + lead + body): tokenise, detect multi-word expressions, count document
 * frequencies, keep the candidates shaped like terms (term-shape.ts: no verbs, bare
 * modifiers or pieces of longer expressions), compute PPMI over document co-occurrence of
 * each article's top terms, keep the top-K associations per term, and record which
 * articles contain each term.
 * Derived data: the three tables and the watermark are replaced in one transaction.
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
  // Articles changed from this instant on are matched live by suggestTerms (the watermark).
  const { rows: countRows } = await db.execute<{ n: number; at: Date }>(sql`select count(*)::int as n, now() as at from articles`);
  const totalArticles = countRows[0].n;
  const readFrom = new Date(countRows[0].at);
  const texts: string[] = [];
  const corpus = new TokenCorpus();
  const articleIds: number[] = [];
  const isEnglish: boolean[] = [];
  let lastId = 0;
  for (;;) {
    const { rows } = await db.execute<{ id: number; lang: string; title: string; lead: string; body: string }>(sql`
      select id::int as id, lang, title, lead, body from articles where id > ${lastId} order by id limit ${PAGE}`);
    if (!rows.length) break;
    for (const row of rows) {
      const text = `${row.title}.\n${row.lead}\n${row.body}`;
      corpus.addDocument(text);
      texts.push(text);
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
  const shapes = new TermShapes(corpus, phrases.connectors);
  for (let d = 0; d < n; d++) {
    const terms: DocTerms = new Map();
    forEachTermOccurrence(corpus, phrases, d, phraseOptions.minCount, (term, start, end) => {
      terms.set(term, (terms.get(term) ?? 0) + 1);
      shapes.record(term, corpus.docs[d], start, end, isEnglish[d]);
    });
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
  const rejected = { "not a noun phrase": 0, "ends with a verb": 0, fragment: 0 };
  const shapeOptions = params.shape ?? DEFAULT_TERM_SHAPE;
  termNames.forEach((term, id) => {
    if (df[id] < minDf || df[id] > maxDf) return;
    // Frequent is not enough: verbs, bare modifiers and pieces of longer expressions are no terms.
    const verdict = shapes.verdict(term, shapeOptions);
    if (verdict !== "ok") {
      rejected[verdict]++;
      return;
    }
    vocab[id] = vocabTerms.length;
    vocabTerms.push(id);
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
  const termArticles = listTermArticles(vocab, docTerms, new FoldedTermMatcher(vocabTerms.map((id) => termNames[id])), texts);
  texts.length = 0;
  progress("terms", n, n);
  lap("terms");

  // 4. PPMI over document co-occurrence.
  const associations = computePpmi(docsForPpmi, vocabTerms.length, { ...DEFAULT_PPMI, ...params.ppmi });
  progress("associations", associations.length, associations.length);
  lap("associations");

  // 5. Replace the derived tables in one transaction.
  const nameOf = (v: number) => termNames[vocabTerms[v]];
  const written = vocabTerms.length + associations.length + termArticles.count;
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from term_associations`);
    await tx.execute(sql`delete from corpus_terms`);
    await tx.execute(sql`delete from corpus_term_articles`);
    for (let from = 0; from < vocabTerms.length; from += INSERT_CHUNK) {
      const slice = vocabTerms.slice(from, from + INSERT_CHUNK).map((_, i) => from + i);
      await tx.execute(sql`insert into corpus_terms (term, lang, doc_freq, sample_article_ids)
        select t.term, t.lang, t.doc_freq, array(select jsonb_array_elements_text(t.samples)::bigint)
        from unnest(${sql.param(slice.map(nameOf))}::text[], ${sql.param(slice.map((v) => (englishDocs[v] * 2 > df[vocabTerms[v]] ? "en" : "fr")))}::text[],
          ${sql.param(slice.map((v) => df[vocabTerms[v]]))}::int[], ${sql.param(slice.map((v) => JSON.stringify(samples[v].map((s) => articleIds[s.doc]))))}::jsonb[])
          as t(term, lang, doc_freq, samples)`);
      progress("write", from + slice.length, written);
    }
    for (let from = 0; from < associations.length; from += INSERT_CHUNK) {
      const slice = associations.slice(from, from + INSERT_CHUNK);
      await tx.execute(sql`insert into term_associations (term, related, ppmi, co_docs)
        select * from unnest(${sql.param(slice.map((a) => nameOf(a.term)))}::text[], ${sql.param(slice.map((a) => nameOf(a.related)))}::text[],
          ${sql.param(slice.map((a) => a.ppmi))}::real[], ${sql.param(slice.map((a) => a.coDocs))}::int[])`);
      progress("write", vocabTerms.length + from + slice.length, written);
    }
    for (let from = 0; from < termArticles.count; from += INSERT_CHUNK) {
      const to = Math.min(termArticles.count, from + INSERT_CHUNK);
      const terms = Array.from(termArticles.term.subarray(from, to), nameOf);
      const docs = Array.from(termArticles.doc.subarray(from, to), (d) => articleIds[d]);
      await tx.execute(sql`insert into corpus_term_articles (term, article_id, tf)
        select * from unnest(${sql.param(terms)}::text[], ${sql.param(docs)}::bigint[], ${sql.param(Array.from(termArticles.tf.subarray(from, to)))}::int[])`);
      progress("write", vocabTerms.length + associations.length + to, written);
    }
    await tx.execute(sql`insert into watermarks (name, position) values (${TERMS_WATERMARK}, ${readFrom})
      on conflict (name) do update set position = excluded.position, updated_at = now()`);
  });
  // Fresh statistics and visibility map: the suggestion queries plan on them (index-only scans).
  await db.execute(sql`vacuum analyze corpus_term_articles`);
  lap("write");

  return {
    articles: n, tokens: corpus.total, phrases: phrases.keys.size, terms: vocabTerms.length, associations: associations.length,
    termArticles: termArticles.count, rejected, ms,
  };
}

type TermArticles = { count: number; term: Int32Array; doc: Int32Array; tf: Int32Array };

/**
 * The (vocabulary term, document) pairs: the document's own terms with their count, plus
 * the terms its folded text contains (tf 0) — what a keyword search for the term finds, e.g.
 * "club" inside "club-house", "solidarité" written "solidarite". Ordered by document.
 */
function listTermArticles(vocab: Int32Array, docTerms: { ids: Int32Array; tf: Int32Array }[], matcher: FoldedTermMatcher, texts: string[]): TermArticles {
  let size = 1 << 16;
  let out: TermArticles = { count: 0, term: new Int32Array(size), doc: new Int32Array(size), tf: new Int32Array(size) };
  const push = (v: number, d: number, tf: number) => {
    if (out.count === size) {
      size *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      out = { count: out.count, term: grow(out.term), doc: grow(out.doc), tf: grow(out.tf) };
    }
    out.term[out.count] = v;
    out.doc[out.count] = d;
    out.tf[out.count++] = tf;
  };
  const own = new Map<number, number>();
  docTerms.forEach(({ ids, tf }, d) => {
    own.clear();
    for (let i = 0; i < ids.length; i++) if (vocab[ids[i]] >= 0) own.set(vocab[ids[i]], tf[i]);
    for (const [v, count] of own) push(v, d, count);
    for (const v of matcher.match(texts[d])) if (!own.has(v)) push(v, d, 0);
  });
  return out;
}
