import Papa from "papaparse";
import { foldText } from "./fold-text";

/** One blocklist entry as typed by the advertiser, with its folded needle. */
export type BlocklistTerm = {
  /** As written (trimmed), e.g. "Tarte au citron", "terror*". */
  term: string;
  /** Folded form searched for, e.g. " tarte au citron " or " terror" for a prefix term. */
  needle: string;
  /** A trailing `*` makes the last word a prefix ("terror*" blocks "terrorisme"). */
  isPrefix: boolean;
};

export type ParsedBlocklist = {
  terms: BlocklistTerm[];
  /** Entries that fold to nothing (punctuation only) or are too long, as written. */
  rejected: string[];
  /** Entries dropped because an equivalent one (same folded form) came first. */
  duplicates: string[];
};

export const MAX_BLOCKLIST_TERMS = 2000;
export const MAX_TERM_LENGTH = 100;

/** Header cells that name the keyword column of an exported blocklist. */
const HEADER_NAMES = new Set(["keyword", "keywords", "term", "terms", "terme", "termes", "mot", "mots", "mot cle", "mots cles", "word", "words", "blocklist", "negative keyword", "negative keywords"]);

/** Builds a term from one entry; null when nothing searchable is left. */
export function toBlocklistTerm(entry: string): BlocklistTerm | null {
  const term = entry.trim().replace(/^["']+|["']+$/g, "").trim();
  if (!term || term.length > MAX_TERM_LENGTH) return null;
  const isPrefix = term.endsWith("*");
  const core = foldText(term.replace(/\*+/g, " ")).trim();
  if (!core) return null;
  return { term, needle: isPrefix ? ` ${core}` : ` ${core} `, isPrefix };
}

/**
 * Parses a pasted or uploaded blocklist: one term per line, or comma/semicolon/tab
 * separated, or a CSV export whose header names the keyword column. Lines starting with
 * `#` are comments. Terms are deduplicated by their folded form, in input order.
 */
export function parseBlocklist(input: string): ParsedBlocklist {
  const withoutComments = input
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("#"))
    .join("\n");
  const { data } = Papa.parse<string[]>(withoutComments, {
    skipEmptyLines: true,
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  let rows = data;
  let column: number | null = null;
  const header = rows[0]?.map((cell) => foldText(cell).trim());
  if (header && rows.length > 1) {
    const index = header.findIndex((cell) => HEADER_NAMES.has(cell));
    if (index >= 0) {
      column = index;
      rows = rows.slice(1);
    }
  }
  const entries = rows.flatMap((row) => (column === null ? row : [row[column] ?? ""]));

  const terms: BlocklistTerm[] = [];
  const rejected: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.trim()) continue;
    const term = toBlocklistTerm(entry);
    if (!term) {
      rejected.push(entry.trim().slice(0, MAX_TERM_LENGTH));
      continue;
    }
    if (seen.has(term.needle)) {
      duplicates.push(term.term);
      continue;
    }
    seen.add(term.needle);
    terms.push(term);
  }
  return { terms, rejected, duplicates };
}
