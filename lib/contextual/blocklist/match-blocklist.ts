import { foldTextWithMap } from "./fold-text";
import type { BlocklistTerm } from "./parse-blocklist";

/** Where a blocklist term was found, quoted from the source text. */
export type BlocklistMatch = {
  term: string;
  /** The matched words exactly as written in the text, e.g. "Crise". */
  span: string;
  start: number;
  end: number;
  /** A few words around the match, for the report ("…une tarte au citron meringuée…"). */
  context: string;
};

const CONTEXT_CHARS = 40;

function quoteContext(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  // Widen to whole words so the quote does not start or end mid-word.
  while (from > 0 && /\S/.test(text[from - 1])) from--;
  while (to < text.length && /\S/.test(text[to])) to++;
  const quote = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${quote}${to < text.length ? "…" : ""}`;
}

/**
 * Finds every occurrence of the blocklist terms in a text, word- and phrase-aware and
 * accent-insensitive: "crise" matches "Crise" and "crise," but not "crises" or "crisette";
 * "tarte au citron" matches "tarte au citron" and "tarte-au-citron"; "terror*" matches
 * "terrorisme". Matches are reported in text order, each quoted as written.
 */
export function matchBlocklist(text: string, terms: BlocklistTerm[]): BlocklistMatch[] {
  const { folded, sourceIndex } = foldTextWithMap(text);
  const matches: BlocklistMatch[] = [];
  for (const term of terms) {
    let at = folded.indexOf(term.needle);
    while (at >= 0) {
      // The needle starts with the separating space; the word starts one character later.
      const first = at + 1;
      let last = at + term.needle.trimEnd().length - 1;
      if (term.isPrefix) {
        // Extend a prefix match to the end of the word it starts.
        while (last + 1 < folded.length && folded[last + 1] !== " ") last++;
      }
      const start = sourceIndex[first];
      const end = sourceIndex[last] + 1;
      matches.push({ term: term.term, span: text.slice(start, end), start, end, context: quoteContext(text, start, end) });
      at = folded.indexOf(term.needle, at + 1);
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when at least one term occurs in the text (same semantics as the SQL scan). */
export function isBlockedBy(text: string, terms: BlocklistTerm[]): boolean {
  const { folded } = foldTextWithMap(text);
  return terms.some((term) => folded.includes(term.needle));
}
