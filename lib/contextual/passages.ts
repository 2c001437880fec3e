/**
 * Long articles, read the way the model learned: the trained layer saw headlines with a lead of
 * 2–4 sentences (at most ~100 words), so a full article is cut into passages of about a lead's
 * length, each read under the headline. Binary word features and log-count lexicon features of
 * a 600-word body would otherwise sit far outside anything the model was trained on.
 */

export const LONG_TEXT = {
  /** Title + text up to this many words are read whole (every corpus item is: ≤ 100). */
  wholeTextMaxWords: 120,
  /** Passage length: about a lead (the corpus' median item is ~70 words with its title). */
  passageWords: 60,
  /** Weight of the first passage (the lead) in the tonality and topic means; the others weigh 1. */
  headWeight: 2,
  /**
   * The risk distribution is the mean of this many riskiest passages. A risky story is told over
   * more than one passage, and a single stray sentence should not block a page.
   */
  riskiestPassages: 2,
};
// headWeight and riskiestPassages were chosen on the dev half of the long-form set
// (data/contextual/longform.jsonl, LABELLING §10), first labels: whole-text reading 80 % risky
// recall; mean of all passages 64 %; the riskiest alone 100 % with one trap in 18 and one `none`
// article in 50 blocked; the two riskiest 100 % with neither.

/** Whitespace-separated words, counted without allocating (this runs on every article). */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Sentences of a paragraph: split after . ! ? … (and a closing quote) before an upper-case or quote. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?…][»"”’)]?)\s+(?=[«"“A-ZÀ-ÝŒ0-9—–-])/u).filter((x) => x.trim());
}

/**
 * The passages of a text longer than `LONG_TEXT.wholeTextMaxWords` (with its title), in order; a short
 * text gives []. Whole sentences are packed up to `LONG_TEXT.passageWords`, never across a paragraph break
 * unless the paragraph is tiny (a one-line quote or dateline joins the next one).
 */
export function splitPassages(title: string, text: string): string[] {
  if (countWords(title) + countWords(text) <= LONG_TEXT.wholeTextMaxWords) return [];
  const out: string[] = [];
  let current: string[] = [];
  let words = 0;
  const flush = () => {
    if (current.length) out.push(current.join(" "));
    current = [];
    words = 0;
  };
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    for (const sentence of sentences(paragraph.trim())) {
      const n = countWords(sentence);
      if (words > 0 && words + n > LONG_TEXT.passageWords) flush();
      current.push(sentence.trim());
      words += n;
    }
    if (words >= LONG_TEXT.passageWords / 2) flush();
  }
  flush();
  return out;
}
