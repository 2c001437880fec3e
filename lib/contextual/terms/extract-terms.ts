import { isStopword, PHRASE_CONNECTORS } from "./stopwords";
import { BOUNDARY, joinPhrase, tokenize } from "./tokenize";

/*
 * From raw article text to the set of terms each document is about: content words plus
 * multi-word expressions detected from the corpus itself (frequent, strongly associated
 * bigrams "troisième mi-temps" and connector trigrams "esprit d'équipe"). Pure.
 */

export type PhraseOptions = {
  /** Occurrences a phrase needs across the corpus. */
  minCount: number;
  /** Normalised PMI of the two content words, in [-1, 1]: 1 = they only occur together. */
  minNpmi: number;
};

export const DEFAULT_PHRASE_OPTIONS: PhraseOptions = { minCount: 5, minNpmi: 0.5 };

/** Token streams with interned ids; -1 marks a sentence boundary. */
export class TokenCorpus {
  readonly words: string[] = [];
  readonly docs: Int32Array[] = [];
  private readonly ids = new Map<string, number>();
  /** Occurrences per token id. */
  counts: number[] = [];
  isStop: boolean[] = [];
  total = 0;

  addDocument(text: string) {
    const tokens = tokenize(text);
    const doc = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      if (token === BOUNDARY) {
        doc[i] = -1;
        return;
      }
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(token, id);
        this.words.push(token);
        this.counts.push(0);
        this.isStop.push(isStopword(token));
      }
      this.counts[id]++;
      this.total++;
      doc[i] = id;
    });
    this.docs.push(doc);
    return this.docs.length - 1;
  }

  /** A content word may be a term or a phrase end: not a stop word, has a letter, ≥ 3 chars. */
  isContent(id: number) {
    const word = this.words[id];
    return !this.isStop[id] && word.length >= 3 && /\p{L}/u.test(word);
  }
}

/** Phrase keys: "a b" bigram → a·V + b; "a c b" trigram → (a·V + b)·16 + 1 + connector index. */
type PhraseKey = number;

export type PhraseTable = { keys: Set<PhraseKey>; connectors: number[] };

function connectorIds(corpus: TokenCorpus) {
  const ids: number[] = [];
  corpus.words.forEach((w, id) => {
    if (PHRASE_CONNECTORS.has(w)) ids.push(id);
  });
  return ids;
}

/** Visits every candidate phrase occurrence: (key, first word, last word). */
function forEachCandidate(corpus: TokenCorpus, connectors: number[], doc: Int32Array, minCount: number, visit: (key: PhraseKey, start: number, end: number) => void) {
  const V = corpus.words.length;
  const ok = (id: number) => id >= 0 && corpus.counts[id] >= minCount && corpus.isContent(id);
  for (let i = 0; i + 1 < doc.length; i++) {
    const a = doc[i];
    if (!ok(a)) continue;
    const b = doc[i + 1];
    if (ok(b)) visit((a * V + b) * 16, i, i + 1);
    else if (b >= 0 && i + 2 < doc.length && ok(doc[i + 2])) {
      const c = connectors.indexOf(b);
      if (c >= 0 && c < 15) visit((a * V + doc[i + 2]) * 16 + 1 + c, i, i + 2);
    }
  }
}

/**
 * Detects multi-word expressions: adjacent content words (optionally joined by one
 * connector such as "de", "d'", "du", "of") occurring at least minCount times whose
 * normalised PMI, ln(p(ab) / p(a)p(b)) / -ln p(ab) over token probabilities, reaches minNpmi.
 */
export function detectPhrases(corpus: TokenCorpus, options: PhraseOptions = DEFAULT_PHRASE_OPTIONS): PhraseTable {
  const connectors = connectorIds(corpus);
  const counts = new Map<PhraseKey, number>();
  for (const doc of corpus.docs) {
    forEachCandidate(corpus, connectors, doc, options.minCount, (key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  }
  const V = corpus.words.length;
  const T = corpus.total;
  const keys = new Set<PhraseKey>();
  for (const [key, count] of counts) {
    if (count < options.minCount) continue;
    const pair = Math.floor(key / 16);
    const a = Math.floor(pair / V);
    const b = pair - a * V;
    const pAB = count / T;
    const npmi = Math.log(pAB / ((corpus.counts[a] / T) * (corpus.counts[b] / T))) / -Math.log(pAB);
    if (npmi >= options.minNpmi) keys.add(key);
  }
  return { keys, connectors };
}

/** The terms of one document with their frequency in it. */
export type DocTerms = Map<string, number>;

/** Visits each occurrence of a term in a document: content words and detected phrases, tokens start…end. */
export function forEachTermOccurrence(
  corpus: TokenCorpus,
  phrases: PhraseTable,
  docIndex: number,
  minCount: number,
  visit: (term: string, start: number, end: number) => void,
) {
  const doc = corpus.docs[docIndex];
  for (let i = 0; i < doc.length; i++) {
    const id = doc[i];
    if (id >= 0 && corpus.isContent(id)) visit(corpus.words[id], i, i);
  }
  forEachCandidate(corpus, phrases.connectors, doc, minCount, (key, start, end) => {
    if (!phrases.keys.has(key)) return;
    const words: string[] = [];
    for (let i = start; i <= end; i++) words.push(corpus.words[doc[i]]);
    visit(joinPhrase(words), start, end);
  });
}

/** Content words and detected phrases of each document, as display strings with counts. */
export function extractDocTerms(corpus: TokenCorpus, phrases: PhraseTable, docIndex: number, minCount: number): DocTerms {
  const terms: DocTerms = new Map();
  forEachTermOccurrence(corpus, phrases, docIndex, minCount, (term) => terms.set(term, (terms.get(term) ?? 0) + 1));
  return terms;
}
