/*
 * Word tokens for term expansion. Unlike blocklist folding, accents are kept (the terms are
 * shown to people: "solidarité", not "solidarite"). Hyphenated words stay whole
 * ("mi-temps", "rendez-vous"); French elisions split off as their own token ("d'équipe" →
 * "d'", "équipe") so that phrases like "esprit d'équipe" can be rebuilt. Sentence ends and
 * the punctuation that separates phrases inside a sentence (commas, brackets, quotes, dashes,
 * slashes) become a boundary that no phrase crosses: "sa montée, au terme d'une saison" holds
 * no expression "montée au terme", "respect, solidarité, partage" no "respect solidarité".
 */

/** Marks a sentence or phrase boundary in a token stream. */
export const BOUNDARY = "";

const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);

// A word (letters/digits, inner hyphens and apostrophes), or punctuation that ends a phrase
// (a hyphen left over is a dash: inner hyphens belong to the word).
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.!?;:…,()[\]{}«»"“”„/\-–—]|\n/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLocaleLowerCase("fr").matchAll(TOKEN)) {
    const raw = match[0].replace(/’/g, "'");
    if (!/[\p{L}\p{N}]/u.test(raw[0])) {
      if (tokens.length && tokens[tokens.length - 1] !== BOUNDARY) tokens.push(BOUNDARY);
      continue;
    }
    const quote = raw.indexOf("'");
    if (quote > 0) {
      const head = raw.slice(0, quote);
      const tail = raw.slice(quote + 1);
      if (ELISIONS.has(head)) {
        tokens.push(`${head}'`, tail);
        continue;
      }
      // English possessive: "team's" → "team".
      if (tail === "s") {
        tokens.push(head);
        continue;
      }
    }
    tokens.push(raw);
  }
  return tokens;
}

/** Joins the words of a phrase for display: no space after an elision ("esprit d'équipe"). */
export function joinPhrase(words: string[]): string {
  return words.reduce((out, word, i) => (i === 0 ? word : out.endsWith("'") ? out + word : `${out} ${word}`), "");
}
