import type { TokenCorpus } from "./extract-terms";
import { FUNCTION_WORDS, type FunctionWords } from "./stopwords";

/*
 * Whether a candidate term names something a brief can target, judged from how the corpus
 * uses it rather than from a dictionary. Document statistics alone cannot tell "solidarité"
 * from "porté": both recur in rugby articles. Their neighbours can:
 *
 * - a noun phrase follows a determiner, a preposition or a number ("la solidarité",
 *   "de bénévoles", "150 licenciés"); a verb ("ont baissé"), a participle ("un ballon porté")
 *   or an adjective after its noun ("berline familiale") almost never does;
 * - a determiner right after a phrase opens a verb's object: "les parents privilégient le
 *   confort" makes "parents privilégient" a clause, not a name (a single word is already
 *   judged by its left side, and "le football le week-end" is no verb);
 * - a term whose neighbour is nearly always the same content word is a fragment of a longer
 *   expression ("mi-temps" of "troisième mi-temps", "clientèle de cadres" of "clientèle de
 *   cadres dirigeants"): the longer one, when detected, is the term. A word that nearly
 *   always complements the same noun is one too ("serre" of "effet de serre"), but a noun
 *   is whole without its complement ("solidarité" in "la solidarité du pack"), and a phrase
 *   is whole inside a longer one joined by a connector ("effet de serre" in "gaz à effet de serre").
 *
 * Only closed classes of function words are listed (stopwords.ts); everything else is
 * learned from the corpus. Pure.
 */

export type TermShapeOptions = {
  /** Share of occurrences after a word (not a boundary or "et"/"and") that follow a noun-phrase opener. */
  minNounContext: number;
  /** Occurrences after a word needed before that share is trusted; fewer and the term is kept. */
  minEvidence: number;
  /** Share of occurrences directly followed by a determiner above which the term ends with a verb. */
  maxObjectShare: number;
  /** Share of occurrences with the same content neighbour (left or right) above which the term is a fragment. */
  maxNeighbourShare: number;
};

export const DEFAULT_TERM_SHAPE: TermShapeOptions = { minNounContext: 0.25, minEvidence: 5, maxObjectShare: 0.3, maxNeighbourShare: 0.75 };

export type TermShapeVerdict = "ok" | "not a noun phrase" | "ends with a verb" | "fragment";

type Shape = {
  isPhrase: boolean;
  occurrences: number;
  afterWord: number;
  afterOpener: number;
  beforeObject: number;
  /** Content neighbours — a word, or a connector and a word ("valeurs de") — and their counts. */
  left: Map<number, number>;
  right: Map<number, number>;
};

const OPENER = 1;
const COORDINATOR = 2;
const OBJECT = 4;
/** A content word whose presence before a term says nothing of it (see FunctionWords.modifiersBeforeNoun). */
const UNINFORMATIVE = 8;

export class TermShapes {
  private readonly shapes = new Map<string, Shape>();
  /** Per token id: OPENER | COORDINATOR | OBJECT | UNINFORMATIVE, in French and in English. */
  private readonly flags: { fr: Uint8Array; en: Uint8Array };
  private readonly connectorSlot: Int8Array;
  private readonly content: Uint8Array;

  /** `connectors`: the phrase connector ids (detectPhrases), in the order that names them. */
  constructor(private readonly corpus: TokenCorpus, connectors: number[]) {
    const size = corpus.words.length;
    const flagsFor = (lang: FunctionWords) =>
      Uint8Array.from(corpus.words, (word, id) => {
        // "150", "5e", "2024": quantities and ordinals come before nouns, as determiners do.
        if (lang.nounPhraseOpeners.has(word) || /^\p{N}/u.test(word)) return OPENER | (lang.objectDeterminers.has(word) ? OBJECT : 0);
        if (lang.coordinators.has(word)) return COORDINATOR;
        return lang.modifiersBeforeNoun && !corpus.isStop[id] ? UNINFORMATIVE : 0;
      });
    this.flags = { fr: flagsFor(FUNCTION_WORDS.fr), en: flagsFor(FUNCTION_WORDS.en) };
    this.content = Uint8Array.from(corpus.words, (_, id) => (corpus.isContent(id) ? 1 : 0));
    this.connectorSlot = new Int8Array(size).fill(-1);
    connectors.forEach((id, slot) => (this.connectorSlot[id] = slot));
  }

  /** The content word at `at`, or (throughConnector) a connector there and the content word past it, as one id; -1 if neither. */
  private neighbour(doc: Int32Array, at: number, step: number, throughConnector: boolean): number {
    const id = doc[at];
    if (id === undefined || id < 0) return -1;
    if (this.content[id]) return id;
    const slot = this.connectorSlot[id];
    const next = doc[at + step];
    if (!throughConnector || slot < 0 || next === undefined || next < 0 || !this.content[next]) return -1;
    return (slot + 1) * this.corpus.words.length + next;
  }

  /** Records one occurrence of `term`, tokens start…end of `doc` (an English article or not). */
  record(term: string, doc: Int32Array, start: number, end: number, isEnglish: boolean) {
    let shape = this.shapes.get(term);
    if (!shape) {
      shape = { isPhrase: start !== end, occurrences: 0, afterWord: 0, afterOpener: 0, beforeObject: 0, left: new Map(), right: new Map() };
      this.shapes.set(term, shape);
    }
    const flags = isEnglish ? this.flags.en : this.flags.fr;
    shape.occurrences++;
    const before = start > 0 ? doc[start - 1] : -1;
    if (before >= 0 && !(flags[before] & (COORDINATOR | UNINFORMATIVE))) {
      shape.afterWord++;
      if (flags[before] & OPENER) shape.afterOpener++;
    }
    const after = end + 1 < doc.length ? doc[end + 1] : -1;
    if (after >= 0 && flags[after] & OBJECT) shape.beforeObject++;
    const left = this.neighbour(doc, start - 1, -1, start === end);
    if (left >= 0) shape.left.set(left, (shape.left.get(left) ?? 0) + 1);
    const right = this.neighbour(doc, end + 1, 1, false);
    if (right >= 0) shape.right.set(right, (shape.right.get(right) ?? 0) + 1);
  }

  /** The figures behind a verdict, for tuning and reports. */
  describe(term: string) {
    const s = this.shapes.get(term);
    if (!s) return null;
    // A loop, not Math.max(...values): a frequent word's neighbours can outnumber the argument limit.
    const top = (m: Map<number, number>) => {
      let max = 0;
      for (const n of m.values()) if (n > max) max = n;
      return max;
    };
    return {
      isPhrase: s.isPhrase,
      occurrences: s.occurrences,
      afterWord: s.afterWord,
      nounContext: s.afterWord ? s.afterOpener / s.afterWord : 1,
      objectShare: s.beforeObject / s.occurrences,
      neighbourShare: Math.max(top(s.left), top(s.right)) / s.occurrences,
    };
  }

  verdict(term: string, options: TermShapeOptions = DEFAULT_TERM_SHAPE): TermShapeVerdict {
    const d = this.describe(term);
    if (!d) return "ok";
    if (d.afterWord >= options.minEvidence && d.nounContext < options.minNounContext) return "not a noun phrase";
    if (d.isPhrase && d.objectShare > options.maxObjectShare) return "ends with a verb";
    if (d.neighbourShare > options.maxNeighbourShare) return "fragment";
    return "ok";
  }
}
