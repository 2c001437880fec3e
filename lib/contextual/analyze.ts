/**
 * First stage: tokenize, detect language, match lexicons, then resolve context — idioms cover
 * the words inside them, negators switch off the cue that follows, repeated cues fade.
 */
import { findMatches, type Match } from "./matcher";
import { MATCHER, type Cue } from "./lexicon";
import { applyStems, detectLang, tokenize, type Token } from "./text";
import type { ClassifyInput, Lang } from "./types";

export type Hit = {
  cue: Cue;
  start: number;
  end: number;
  inTitle: boolean;
  negated: boolean;
  /** Note of the idiom covering this hit, if any. */
  idiom?: string;
  /** 0 for the first occurrence of this cue, 1 for the second… */
  rep: number;
};

export type Analysis = {
  lang: Lang;
  langGiven: boolean;
  full: string;
  tokens: Token[];
  hits: Hit[];
  idioms: Hit[];
  safe: Hit[];
  up: Hit[];
  down: Hit[];
  goodq: Hit[];
  badq: Hit[];
};

const NEG_WINDOW = 4;
const SCORED = new Set(["iab", "tone", "risk", "floor"]);

function categoryOf(c: Cue): string {
  switch (c.k) {
    case "iab":
      return "iab:" + c.id;
    case "tone":
      return "tone:" + c.tone;
    case "risk":
      return "risk:" + c.cls;
    case "floor":
      return "floor:" + c.kind;
    default:
      return c.k;
  }
}

export function analyze(input: ClassifyInput): Analysis {
  const title = input.title ?? "";
  const full = title + "\n" + (input.text ?? "");
  const tokens = tokenize(full);
  const lang: Lang = input.lang === "fr" || input.lang === "en" ? input.lang : detectLang(tokens);
  applyStems(tokens, lang);
  const matches = findMatches(MATCHER, lang, tokens);
  // Longest first so a longer phrase claims its tokens before the words inside it.
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  const n = tokens.length;
  const idiomAt: (string | undefined)[] = new Array(n);
  const negLast = new Uint8Array(n);
  const idioms: Hit[] = [];
  const safe: Hit[] = [];
  const up: Hit[] = [];
  const down: Hit[] = [];
  const goodq: Hit[] = [];
  const badq: Hit[] = [];
  const titleTokenEnd = title.length;
  const mkHit = (m: Match<Cue>): Hit => ({
    cue: m.payload,
    start: m.start,
    end: m.end,
    inTitle: tokens[m.start].start < titleTokenEnd,
    negated: false,
    rep: 0,
  });

  for (const m of matches) {
    const c = m.payload;
    if (c.k === "idiom") {
      let free = true;
      for (let i = m.start; i < m.end; i++) if (idiomAt[i] !== undefined) free = false;
      if (!free) continue;
      for (let i = m.start; i < m.end; i++) idiomAt[i] = c.note;
      idioms.push(mkHit(m));
    } else if (c.k === "neg") negLast[m.end - 1] = 1;
  }

  const used = new Map<string, Uint8Array>();
  const seen = new Map<string, number>();
  const hits: Hit[] = [];
  for (const m of matches) {
    const c = m.payload;
    if (!SCORED.has(c.k)) {
      if (c.k === "safe") safe.push(mkHit(m));
      else if (c.k === "up") up.push(mkHit(m));
      else if (c.k === "down") down.push(mkHit(m));
      else if (c.k === "goodq") goodq.push(mkHit(m));
      else if (c.k === "badq") badq.push(mkHit(m));
      continue;
    }
    const cat = categoryOf(c);
    let mask = used.get(cat);
    if (!mask) used.set(cat, (mask = new Uint8Array(n)));
    let overlap = false;
    for (let i = m.start; i < m.end; i++) if (mask[i]) overlap = true;
    if (overlap) continue;
    for (let i = m.start; i < m.end; i++) mask[i] = 1;
    const hit = mkHit(m);
    // An idiom neutralises alarming/tonal cues inside it, but its IAB cues still count.
    // Optimistic cues survive ("coup de cœur" is an idiom and good news).
    if (c.k !== "iab" && !(c.k === "tone" && c.tone === "optimistic")) {
      for (let i = m.start; i < m.end; i++) if (idiomAt[i] !== undefined) hit.idiom = idiomAt[i];
    }
    if (c.k !== "iab") {
      const clause = tokens[m.start].clause;
      for (let j = m.start - 1; j >= 0 && j >= m.start - NEG_WINDOW; j--) {
        if (tokens[j].clause !== clause) break;
        if (negLast[j]) {
          hit.negated = true;
          break;
        }
      }
    }
    const r = seen.get(c.key) ?? 0;
    seen.set(c.key, r + 1);
    hit.rep = r;
    hits.push(hit);
  }
  hits.sort((a, b) => a.start - b.start);
  return { lang, langGiven: input.lang === "fr" || input.lang === "en", full, tokens, hits, idioms, safe, up, down, goodq, badq };
}

/** Original text of a hit, for explanations. */
export function spanOf(a: Analysis, h: { start: number; end: number }): string {
  return a.full.slice(a.tokens[h.start].start, a.tokens[h.end - 1].end);
}
