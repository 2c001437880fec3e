import type { Explanation } from "../types";
import { foldText } from "./fold-text";
import type { BlocklistMatch } from "./match-blocklist";

/*
 * Picks, from the classifier's stored explanation spans, the ones that say why a blocked
 * article is in fact harmless (discounted uses: idiom, sports, food, negation…) or why a
 * missed one is risky. article_labels.explain is stored as JSON: entries are checked, not
 * trusted.
 */

const MAX_REASONS = 3;

function asExplanations(explain: unknown): Explanation[] {
  if (!Array.isArray(explain)) return [];
  return explain.filter(
    (e): e is Explanation =>
      typeof e === "object" &&
      e !== null &&
      typeof (e as Explanation).label === "string" &&
      typeof (e as Explanation).span === "string" &&
      typeof (e as Explanation).weight === "number",
  );
}

function overlapsMatch(entry: Explanation, matches: BlocklistMatch[]) {
  const span = foldText(entry.span);
  return matches.some((m) => {
    const term = foldText(m.span);
    return span.includes(term) || term.includes(span);
  });
}

/**
 * Why a blocked article is safe: first the discounted risk signals about the matched words
 * themselves ("crise" → "fit of laughter idiom"), then other discounted signals, then
 * whatever the classifier said about risk.
 */
export function explainHarmless(matches: BlocklistMatch[], explain: unknown): Explanation[] {
  const entries = asExplanations(explain).filter((e) => e.label === "risk" || e.label === "garm");
  const discounted = entries
    .filter((e) => e.weight < 0)
    .sort((a, b) => Number(overlapsMatch(b, matches)) - Number(overlapsMatch(a, matches)) || a.weight - b.weight);
  if (discounted.length) return discounted.slice(0, MAX_REASONS);
  return entries.slice(0, MAX_REASONS);
}

/** Why a missed article is risky: the strongest positive risk and GARM signals. */
export function explainRisky(explain: unknown): Explanation[] {
  return asExplanations(explain)
    .filter((e) => (e.label === "risk" || e.label === "garm") && e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_REASONS);
}
