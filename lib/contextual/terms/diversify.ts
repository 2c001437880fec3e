/*
 * Suggestion lists should not spend five slots on one sentence: in a corpus with recurring
 * phrasings, "priorité", "éducateurs" and "priorité des éducateurs" always occur together
 * and say the same thing. Greedy selection: walk the candidates strongest first (the
 * longer phrase first on ties: it is the more specific name for the same idea) and skip a
 * candidate that nearly always co-occurs with one already kept. Pure.
 */

export type DiversifyCandidate = { term: string; score: number; docFreq: number };

/** Two terms are the same idea when this share of the documents of each contains both. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;

function wordCount(term: string) {
  return term.split(/[\s']+/).filter(Boolean).length;
}

export function diversify<T extends DiversifyCandidate>(
  candidates: T[],
  /** Documents shared by two candidates, when known (undefined = not associated). */
  coDocsOf: (a: string, b: string) => number | undefined,
  limit: number,
  overlap = NEAR_DUPLICATE_OVERLAP,
): T[] {
  const ordered = [...candidates].sort((a, b) => b.score - a.score || wordCount(b.term) - wordCount(a.term) || a.term.localeCompare(b.term));
  const kept: T[] = [];
  for (const candidate of ordered) {
    if (kept.length >= limit) break;
    const isDuplicate = kept.some((k) => {
      const co = coDocsOf(k.term, candidate.term) ?? coDocsOf(candidate.term, k.term);
      return co !== undefined && co >= overlap * Math.max(k.docFreq, candidate.docFreq);
    });
    if (!isDuplicate) kept.push(candidate);
  }
  return kept;
}
