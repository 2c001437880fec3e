import { useTranslations } from "next-intl";
import { GARM_CATEGORIES } from "@/lib/contextual/taxonomy.generated";

/*
 * The classifier's explanation notes are short English strings (its output contract: see
 * lib/contextual/types.ts Explanation.note). The console translates them when it shows them:
 * each kind maps to a message under "explainNotes", its dynamic part (a domain, a tonality,
 * an IAB or GARM name) kept as a parameter. A note of an unknown kind is shown as it came.
 */

export type NoteMessage = {
  key: string;
  /** Message parameters; `domain` and `tone` are translated themselves (see useExplainNote). */
  values?: { domain?: string; tone?: string; name?: string };
};

/** Notes that are a fixed phrase. */
const FIXED: Record<string, string> = {
  "given by caller": "givenByCaller",
  "function words": "functionWords",
  "learned word": "learnedWord",
  "no strong tonal cue": "noToneCue",
  "no risk cue": "noRiskCue",
  "combined evidence": "combinedEvidence",
  model: "model",
  lexicon: "lexicon",
  negated: "negated",
  figurative: "figurative",
  "de-escalation": "deEscalation",
  cue: "cue",
  "good trend": "goodTrend",
  "bad trend": "badTrend",
};

const TONES = new Set(["optimistic", "neutral", "pessimistic", "anxious"]);
const GARM_NAMES = new Map(GARM_CATEGORIES.map((g) => [g.id, g.name]));

/** "Food & Drink" → "food_drink": the message key of a domain. */
export const domainKey = (domain: string) => domain.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");

/** Which message shows a note, or null when its kind is unknown (show it raw). */
export function parseExplainNote(note: string): NoteMessage | null {
  const fixed = FIXED[note];
  if (fixed) return { key: fixed };
  let m = /^negated (\w+)$/.exec(note);
  if (m && TONES.has(m[1])) return { key: "negatedTone", values: { tone: m[1] } };
  m = /^idiom \((.+)\)$/.exec(note);
  if (m) return { key: "idiom", values: { domain: m[1] } };
  m = /^lexicon: (.+)$/.exec(note);
  if (m) return { key: "lexiconCategory", values: { name: m[1] } };
  m = /^(.+) context$/.exec(note);
  if (m) return { key: "domainContext", values: { domain: m[1] } };
  const garm = GARM_NAMES.get(note);
  if (garm) return { key: "garm", values: { name: garm } };
  return null;
}

/** The part of a next-intl translator (root namespace) that formatting a note needs. */
export type NoteTranslator = {
  (key: string, values?: Record<string, string>): string;
  has: (key: string) => boolean;
};

/** A note in the reader's language; the classifier's own text when the kind is unknown. */
export function formatExplainNote(t: NoteTranslator, note: string | undefined): string {
  if (!note) return "";
  const parsed = parseExplainNote(note);
  if (!parsed) return note;
  const { domain, tone, name } = parsed.values ?? {};
  const domainPath = domain === undefined ? "" : `explainNotes.domains.${domainKey(domain)}`;
  const domainText = domain === undefined ? "" : t.has(domainPath) ? t(domainPath) : domain;
  const toneText = tone === undefined ? "" : t(`content.tonality.${tone}`);
  return t(`explainNotes.${parsed.key}`, { domain: domainText, tone: toneText, name: name ?? "" });
}

/** Translates explanation notes for display (see formatExplainNote). */
export function useExplainNote(): (note: string | undefined) => string {
  const t = useTranslations();
  return (note) => formatExplainNote(t as unknown as NoteTranslator, note);
}
