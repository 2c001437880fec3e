import { sql, type SQL } from "drizzle-orm";

/*
 * Accent-insensitive, word-aware text folding shared by the pure matcher (JS) and the
 * database scan (SQL). Folded text is lowercase ASCII words separated by single spaces and
 * padded with one space at each end, so "a term matches on word boundaries" becomes
 * "` ${term} ` is a substring of the folded text": no regex, nothing to escape, and the same
 * answer in both languages. Apostrophes and hyphens separate words: "l'attentat" folds to
 * " l attentat ", "mi-temps" to " mi temps ".
 */

/** Accented letters and their plain forms, character for character (both cases). */
export const FOLD_FROM = "àâäáãåāÀÂÄÁÃÅĀçćčÇĆČéèêëēęÉÈÊËĒĘíìîïīÍÌÎÏĪñńÑŃóòôöõøōÓÒÔÖÕØŌúùûüūÚÙÛÜŪýÿÝŸšŠžŽłŁąĄźżŹŻśŚőŐűŰ";
export const FOLD_TO = "aaaaaaaaaaaaaacccccceeeeeeeeeeeeiiiiiiiiiinnnnoooooooooooooouuuuuuuuuuyyyysszzllaazzzzssoouu";

const ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz";
/*
 * Lowercasing is part of the table (ASCII only) rather than SQL lower()/JS toLowerCase():
 * those depend on the database locale and on Unicode special cases (İ, K), and the two
 * sides must fold identically.
 */
const TABLE_FROM = FOLD_FROM + ASCII_UPPER;
const TABLE_TO = FOLD_TO + ASCII_LOWER;

/** Letters that fold to two characters (not expressible with SQL translate()). */
export const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

const FOLD_MAP = new Map<string, string>();
for (let i = 0; i < TABLE_FROM.length; i++) FOLD_MAP.set(TABLE_FROM[i], TABLE_TO[i]);

function isWordChar(c: string) {
  return (c >= "a" && c <= "z") || (c >= "0" && c <= "9");
}

export type FoldedText = {
  /** " word word " — lowercase ASCII words, single spaces, padded. */
  folded: string;
  /** For each character of `folded`, the index of the source character it came from (-1 for padding). */
  sourceIndex: number[];
};

/** Folds text and remembers where every folded character came from (to quote matches). */
export function foldTextWithMap(text: string): FoldedText {
  let folded = " ";
  const sourceIndex = [-1];
  for (let i = 0; i < text.length; i++) {
    const raw = text[i];
    const plain = LIGATURES[raw] ?? FOLD_MAP.get(raw) ?? raw;
    for (const c of plain) {
      if (isWordChar(c)) {
        folded += c;
        sourceIndex.push(i);
      } else if (folded[folded.length - 1] !== " ") {
        folded += " ";
        sourceIndex.push(i);
      }
    }
  }
  // Always close with a pad (an empty text is two spaces, as in SQL: ' ' || '' || ' ').
  if (folded[folded.length - 1] !== " " || folded.length === 1) {
    folded += " ";
    sourceIndex.push(-1);
  }
  return { folded, sourceIndex };
}

/** Folded form of a text: " word word ". */
export function foldText(text: string): string {
  return foldTextWithMap(text).folded;
}

/**
 * The same folding in SQL, over any text expression. Parameterised: the fold tables are
 * bound values, never spliced into the statement.
 */
export function foldTextSql(expr: SQL): SQL {
  let withLigatures: SQL = expr;
  for (const [from, to] of Object.entries(LIGATURES)) {
    withLigatures = sql`replace(${withLigatures}, ${from}::text, ${to}::text)`;
  }
  return sql`(' ' || btrim(regexp_replace(translate(${withLigatures}, ${TABLE_FROM}::text, ${TABLE_TO}::text), '[^a-z0-9]+', ' ', 'g')) || ' ')`;
}
