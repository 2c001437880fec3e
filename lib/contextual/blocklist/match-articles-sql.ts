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

/*
 * For the blocklist's own text, an article's title and lead, there is an index instead
 * (articles_folded_words_gin, migration 0003): folded_words(title, lead) holds the distinct
 * words of exactly that folded text, so the articles containing a one-word term are one
 * index search — 'crise' for " crise ", 'terror':* for the prefix " terror" — and the answer
 * is exact. A phrase searches all its words ('tarte' & 'au' & 'citron', a superset: order and
 * adjacency are not in the index) and only those candidates are folded and checked with
 * strpos. Work grows with the matches, not with the articles × terms.
 */

/** Longest word the index keeps whole (folded_words cuts longer ones to this length). */
export const INDEXED_WORD_LENGTH = 255;

/** The tsquery finding the articles whose words can hold a term, e.g. 'tarte' & 'au' & 'citr':*. */
export function termTsquery(term: BlocklistTerm): string {
  const words = term.needle.trim().split(" ");
  return words
    .map((word, i) => {
      // Folded needles are [a-z0-9] words: nothing to escape inside the quotes.
      if (!/^[a-z0-9]+$/.test(word) || word.length > INDEXED_WORD_LENGTH) throw new Error(`not a folded needle: ${term.needle}`);
      return `'${word}'${term.isPrefix && i === words.length - 1 ? ":*" : ""}`;
    })
    .join(" & ");
}

/**
 * A query yielding (article_id, term_idx int[]) for every article of `articles a` passing
 * `where` whose title and lead contain at least one term, through the folded-words index;
 * the same answer as matchedArticlesSql over `a.title || ' ' || a.lead`.
 */
export function matchedTitleLeadSql(terms: BlocklistTerm[], where: SQL): SQL {
  const queries = terms.map(termTsquery);
  const isPhrase = terms.map((t) => t.needle.trim().includes(" "));
  return sql`select a.id as article_id, array_agg(t.idx::int order by t.idx) as term_idx
    from unnest(${sql.param(queries)}::tsquery[], ${sql.param(isPhrase)}::boolean[], ${sql.param(terms.map((t) => t.needle))}::text[])
      with ordinality as t(query, is_phrase, needle, idx)
    join articles a on folded_words(a.title, a.lead) @@ t.query
    where ${where} and (not t.is_phrase or strpos(${foldTextSql(sql`a.title || ' ' || a.lead`)}, t.needle) > 0)
    group by a.id`;
}

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
