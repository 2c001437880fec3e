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
 * themselves ("crise" → "fit of laughter idiom"), then other discounted signals, else the
 * classifier's overall low-risk verdict (its summary entry, without a span). Positive risk
 * cues are never offered as reasons for safety.
 */
export function explainHarmless(matches: BlocklistMatch[], explain: unknown): Explanation[] {
  const entries = asExplanations(explain).filter((e) => e.label === "risk" || e.label === "garm");
  const discounted = entries
    .filter((e) => e.weight < 0)
    .sort((a, b) => Number(overlapsMatch(b, matches)) - Number(overlapsMatch(a, matches)) || a.weight - b.weight);
  if (discounted.length) return discounted.slice(0, MAX_REASONS);
  return entries.filter((e) => e.label === "risk" && !e.span && (e.value === "none" || e.value === "low")).slice(0, 1);
}

/** Why a missed article is risky: the strongest positive risk and GARM signals. */
export function explainRisky(explain: unknown): Explanation[] {
  return asExplanations(explain)
    .filter((e) => (e.label === "risk" || e.label === "garm") && e.weight > 0 && e.span)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_REASONS * 2);
}

export type Reason = { span: string; notes: string[]; garm: string[] };

/**
 * One line per quoted span: the classifier emits a risk entry and a GARM entry for the same
 * words; merge them, drop the generic "cue" note, and keep GARM ids apart (to be named).
 */
export function groupReasons(entries: Explanation[], garmIds: ReadonlySet<string>, max = MAX_REASONS): Reason[] {
  const bySpan = new Map<string, Reason>();
  for (const e of entries) {
    const key = e.span.toLocaleLowerCase("fr");
    const reason = bySpan.get(key) ?? { span: e.span, notes: [], garm: [] };
    bySpan.set(key, reason);
    for (const value of [e.value, e.note ?? ""]) {
      if (garmIds.has(value)) {
        if (!reason.garm.includes(value)) reason.garm.push(value);
      }
    }
    const note = e.note && e.note !== "cue" && !garmIds.has(e.note) && !e.note.startsWith("lexicon: ") ? e.note : null;
    if (note && !reason.notes.includes(note)) reason.notes.push(note);
  }
  return [...bySpan.values()].slice(0, max);
}
