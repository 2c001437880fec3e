import { sql, type SQL } from "drizzle-orm";
import { FOLD_FROM, FOLD_TO, foldTextSql, LIGATURES } from "./fold-text";
import type { BlocklistTerm } from "./parse-blocklist";

/*
 * Finding the articles that contain blocklist terms, in SQL, fast. Folding every article's
 * text is the expensive part (≈ 40 µs an article), so a cheap regular-expression prefilter
 * on the raw text picks the candidates first, and only those are folded and matched exactly
 * (fold-text.ts). The prefilter only has to be a superset of the exact matches: each folded
 * letter becomes the class of every character that folds to it ("e" → [eEéèêë…]), a space
 * becomes "one or more non-ASCII-alphanumerics", and word boundaries are left to the exact
 * step. Patterns are built from folded needles ([a-z0-9 ] only) and bound as parameters.
 */

/** Needles per prefilter pattern: PostgreSQL caches 32 compiled regexes, keep well under. */
const NEEDLES_PER_PATTERN = 100;

const LETTER_CLASSES = new Map<string, string>();
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789") LETTER_CLASSES.set(c, c >= "a" ? c + c.toUpperCase() : c);
for (let i = 0; i < FOLD_FROM.length; i++) LETTER_CLASSES.set(FOLD_TO[i], LETTER_CLASSES.get(FOLD_TO[i]) + FOLD_FROM[i]);

/** Two-letter folds that one source character produces (œ → oe). */
const LIGATURE_SOURCES = new Map<string, string>();
for (const [from, to] of Object.entries(LIGATURES)) LIGATURE_SOURCES.set(to, (LIGATURE_SOURCES.get(to) ?? "") + from);

/** A superset regex for one folded needle core ("tarte au citron"). */
export function prefilterRegex(core: string): string {
  let out = "";
  for (let i = 0; i < core.length; i++) {
    const pair = LIGATURE_SOURCES.get(core.slice(i, i + 2));
    if (pair) {
      out += `(?:[${LETTER_CLASSES.get(core[i])}][${LETTER_CLASSES.get(core[i + 1])}]|[${pair}])`;
      i++;
      continue;
    }
    const c = core[i];
    if (c === " ") out += "[^a-zA-Z0-9]+";
    else {
      const cls = LETTER_CLASSES.get(c);
      if (!cls) throw new Error(`not a folded needle: ${core}`);
      out += `[${cls}]`;
    }
  }
  return out;
}

/** Prefilter patterns for a term list, a hundred needles per alternation. */
export function prefilterPatterns(terms: BlocklistTerm[]): string[] {
  const regexes = terms.map((t) => prefilterRegex(t.needle.trim()));
  const patterns: string[] = [];
  for (let i = 0; i < regexes.length; i += NEEDLES_PER_PATTERN) patterns.push(regexes.slice(i, i + NEEDLES_PER_PATTERN).join("|"));
  return patterns;
}

/**
 * A query yielding (article_id, term_idx int[]) for every article of `articles a` passing
 * `where` whose text contains at least one term; term_idx holds the 1-based indexes of the
 * terms found, ascending. `text` is an expression over `a` (e.g. title || ' ' || lead).
 */
export function matchedArticlesSql(terms: BlocklistTerm[], text: SQL, where: SQL): SQL {
  const needles = terms.map((t) => t.needle);
  // A materialized CTE: each candidate is folded once, not once per needle.
  return sql`with candidates as materialized (
      select a.id, ${foldTextSql(text)} as txt from articles a
      where ${where} and (${text}) ~ any(${sql.param(prefilterPatterns(terms))}::text[])
    )
    select c.id as article_id, array_agg(t.idx::int order by t.idx) as term_idx
    from candidates c
    join unnest(${sql.param(needles)}::text[]) with ordinality as t(needle, idx) on strpos(c.txt, t.needle) > 0
    group by c.id`;
}
