/*
 * Positive pointwise mutual information over document co-occurrence:
 *
 *   PMI(a, b) = ln( P(a, b) / (P(a) · P(b)) ) = ln( co(a, b) · N / (df(a) · df(b)) )
 *
 * with N documents, df the number of documents containing a term and co the number
 * containing both. PPMI keeps the positive part. Pure: no database, no clock.
 */

export type Association = { term: number; related: number; ppmi: number; coDocs: number };

export type PpmiOptions = {
  /** Pairs seen in fewer documents are noise, whatever their PMI. */
  minCoDocs: number;
  /** Associations kept per term, strongest first. */
  topK: number;
  /**
   * Ranks (not the stored value) by ppmi · ln(1 + co) instead of PPMI alone: PMI rewards
   * rare pairs, and a brief wants the strong associations that also carry audience.
   */
  weighByCount: boolean;
};

export function pmi(coDocs: number, dfA: number, dfB: number, docs: number): number {
  return Math.log((coDocs * docs) / (dfA * dfB));
}

export function rankScore(a: Pick<Association, "ppmi" | "coDocs">, weighByCount: boolean): number {
  return weighByCount ? a.ppmi * Math.log1p(a.coDocs) : a.ppmi;
}

/** Document frequencies of term ids 0…termCount-1 over documents given as unique term ids. */
export function countDocFreq(docs: ArrayLike<number>[], termCount: number): Int32Array {
  const df = new Int32Array(termCount);
  for (const doc of docs) for (let i = 0; i < doc.length; i++) df[doc[i]]++;
  return df;
}

/**
 * For each term, its `topK` associations among terms sharing at least `minCoDocs`
 * documents with it. Co-occurrences are counted term by term from an inverted index into
 * one dense counter (memory O(terms), not O(pairs): a corpus of 20k articles has tens of
 * millions of pairs, more than a JS Map holds).
 */
export function computePpmi(docs: ArrayLike<number>[], termCount: number, options: PpmiOptions): Association[] {
  const df = countDocFreq(docs, termCount);
  // Inverted index: postings[start[t] … start[t+1]) are the documents containing t.
  const start = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t] + df[t];
  const postings = new Int32Array(start[termCount]);
  const fill = start.slice(0, termCount);
  docs.forEach((doc, d) => {
    for (let i = 0; i < doc.length; i++) postings[fill[doc[i]]++] = d;
  });

  const n = docs.length;
  const counts = new Int32Array(termCount);
  const touched: number[] = [];
  const out: Association[] = [];
  for (let a = 0; a < termCount; a++) {
    if (df[a] < options.minCoDocs) continue;
    for (let p = start[a]; p < start[a + 1]; p++) {
      const doc = docs[postings[p]];
      for (let i = 0; i < doc.length; i++) {
        const b = doc[i];
        if (b === a) continue;
        if (counts[b]++ === 0) touched.push(b);
      }
    }
    const candidates: Association[] = [];
    for (const b of touched) {
      const coDocs = counts[b];
      counts[b] = 0;
      if (coDocs < options.minCoDocs) continue;
      const value = pmi(coDocs, df[a], df[b], n);
      if (value > 0) candidates.push({ term: a, related: b, ppmi: value, coDocs });
    }
    touched.length = 0;
    candidates.sort((x, y) => rankScore(y, options.weighByCount) - rankScore(x, options.weighByCount) || y.coDocs - x.coDocs || x.related - y.related);
    out.push(...candidates.slice(0, options.topK));
  }
  return out;
}
