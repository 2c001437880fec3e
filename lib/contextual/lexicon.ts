/**
 * Compiles every lexicon into one phrase matcher at module load, so classifying an article
 * is a single pass over its tokens.
 */
import { compileMatcher, type CompiledMatcher, type PhraseEntry } from "./matcher";
import type { Lang } from "./types";
import { IAB_NEWS, type LangTerms } from "./lexicons/iab-news";
import { IAB_LIFESTYLE } from "./lexicons/iab-lifestyle";
import { IAB_EXTRA } from "./lexicons/iab-extra";
import { RISK_VIOLENCE, type RiskClass } from "./lexicons/risk-violence";
import { FLOOR_CUES, RISK_OTHER } from "./lexicons/risk-other";
import { RISK_BROAD } from "./lexicons/risk-broad";
import { BAD_QUANTITIES, DOWN_WORDS, GOOD_QUANTITIES, TONE_TERMS, UP_WORDS } from "./lexicons/tone";
import { IDIOMS, NEGATORS, SAFE_CUES } from "./lexicons/context";

export type ToneName = "optimistic" | "pessimistic" | "anxious";

export type Cue =
  | { k: "iab"; id: string; w: number; key: string }
  | { k: "tone"; tone: ToneName; w: number; fig: boolean; key: string }
  | { k: "risk"; cls: string; w: number; fig: boolean; key: string }
  | { k: "floor"; kind: string; w: number; key: string }
  | { k: "neg"; key: string }
  | { k: "safe"; w: number; key: string }
  | { k: "idiom"; note: string; iab?: string; key: string }
  | { k: "up" | "down" | "goodq" | "badq"; key: string };

/** Every risk cue class (violence, substances, floor-adjacent…) with its GARM categories. */
export const RISK_CLASSES: Record<string, RiskClass> = { ...RISK_VIOLENCE, ...RISK_OTHER };
export const RISK_CLASS_NAMES: readonly string[] = Object.keys(RISK_CLASSES);
export const FLOOR_KINDS: readonly string[] = Object.keys(FLOOR_CUES);

type Parsed = { phrase: string; w: number; fig: boolean };

/** "phrase 2, ~other phrase 3, plain" → entries; weight defaults to 1, 0 drops the entry. */
export function parseTermList(list: string | undefined): Parsed[] {
  if (!list) return [];
  const out: Parsed[] = [];
  for (const raw of list.split(",")) {
    let item = raw.trim();
    if (!item) continue;
    let fig = false;
    if (item.startsWith("~")) {
      fig = true;
      item = item.slice(1);
    }
    let w = 1;
    const m = /^(.*\S)\s+(-?\d+(?:\.\d+)?)$/.exec(item);
    if (m) {
      item = m[1];
      w = Number(m[2]);
    }
    if (w !== 0) out.push({ phrase: item, w, fig });
  }
  return out;
}

function addTerms(out: PhraseEntry<Cue>[], terms: LangTerms, make: (p: Parsed) => Cue): void {
  for (const lang of ["fr", "en"] as Lang[]) {
    for (const p of parseTermList(terms[lang])) out.push({ lang, phrase: p.phrase, payload: make(p) });
  }
}

function buildEntries(): PhraseEntry<Cue>[] {
  const out: PhraseEntry<Cue>[] = [];
  for (const table of [IAB_NEWS, IAB_LIFESTYLE, IAB_EXTRA]) {
    for (const [id, terms] of Object.entries(table)) {
      addTerms(out, terms, (p) => ({ k: "iab", id, w: p.w, key: `iab:${id}:${p.phrase}` }));
    }
  }
  for (const [tone, terms] of Object.entries(TONE_TERMS) as [ToneName, LangTerms][]) {
    addTerms(out, terms, (p) => ({ k: "tone", tone, w: p.w, fig: p.fig, key: `tone:${tone}:${p.phrase}` }));
  }
  for (const [cls, terms] of Object.entries(RISK_CLASSES)) {
    addTerms(out, terms, (p) => ({ k: "risk", cls, w: p.w, fig: p.fig, key: `risk:${cls}:${p.phrase}` }));
  }
  for (const [cls, terms] of Object.entries(RISK_BROAD)) {
    if (!RISK_CLASSES[cls]) throw new Error(`risk-broad: unknown cue class ${cls}`);
    addTerms(out, terms, (p) => ({ k: "risk", cls, w: p.w, fig: p.fig, key: `risk:${cls}:${p.phrase}` }));
  }
  for (const [kind, terms] of Object.entries(FLOOR_CUES)) {
    addTerms(out, terms, (p) => ({ k: "floor", kind, w: p.w, key: `floor:${kind}:${p.phrase}` }));
  }
  addTerms(out, NEGATORS, (p) => ({ k: "neg", key: `neg:${p.phrase}` }));
  addTerms(out, SAFE_CUES, (p) => ({ k: "safe", w: p.w, key: `safe:${p.phrase}` }));
  for (const lang of ["fr", "en"] as Lang[]) {
    for (const [phrase, [note, iab]] of Object.entries(IDIOMS[lang])) {
      out.push({ lang, phrase, payload: { k: "idiom", note, iab, key: `idiom:${phrase}` } });
    }
  }
  addTerms(out, UP_WORDS, (p) => ({ k: "up", key: `up:${p.phrase}` }));
  addTerms(out, DOWN_WORDS, (p) => ({ k: "down", key: `down:${p.phrase}` }));
  addTerms(out, GOOD_QUANTITIES, (p) => ({ k: "goodq", key: `goodq:${p.phrase}` }));
  addTerms(out, BAD_QUANTITIES, (p) => ({ k: "badq", key: `badq:${p.phrase}` }));
  return out;
}

export const LEXICON_ENTRIES: readonly PhraseEntry<Cue>[] = buildEntries();
export const MATCHER: CompiledMatcher<Cue> = compileMatcher(LEXICON_ENTRIES);
