/**
 * Turns the lexical analysis into the model's inputs: a dense vector of lexicon-derived
 * features (tone evidence, risk cue classes, IAB domain evidence) and the sparse set of word
 * stems. Both training and inference call this, so they cannot drift apart.
 */
import { analyze, type Analysis } from "./analyze";
import { FLOOR_KINDS, RISK_CLASS_NAMES } from "./lexicon";
import { scoreIab, type IabScores } from "./score-iab";
import { floorKind, riskEvidence, ruleTier, type RiskEvidence } from "./score-risk";
import { toneEvidence, type ToneEvidence } from "./score-tone";
import { IAB_ROWS } from "./taxonomy.generated";
import type { ClassifyInput, RiskTier } from "./types";

export const TIER1_NAMES: readonly string[] = IAB_ROWS.filter((r) => r.tier === 1).map((r) => r.name);

export const DENSE_NAMES: readonly string[] = [
  "bias",
  "tone:optimistic", "tone:pessimistic", "tone:anxious", "tone:total",
  "title:optimistic", "title:pessimistic", "title:anxious", "title:question", "title:quote",
  ...RISK_CLASS_NAMES.map((c) => "risk:" + c),
  ...FLOOR_KINDS.map((k) => "floor:" + k),
  "risk:level", "risk:event", "risk:safety", "risk:figurative",
  "rule:none", "rule:low", "rule:medium", "rule:high", "rule:floor",
  ...TIER1_NAMES.map((n) => "iab:" + n),
  "lang:en", "len",
  "tense:future", "tense:past", "tense:future-share",
  "style:opinion", "style:opinion-debated", "style:you", "style:money", "style:caps", "style:cta", "style:exclaim", "style:deadline",
];

// Page style: who speaks and to whom. Opinion pieces on debated issues are a risk tier of their
// own (LABELLING §3), and pages that address "you" with prices, deadlines and calls to action are
// selling or phishing, whatever words they avoid.
const OPINION_TITLE = /^\W*(tribune|opinion|op-ed|edito|éditorial|editorial|chronique|point de vue|carte blanche|lettre ouverte|open letter|comment|column|billet|le billet|parti pris|contre-point|viewpoint|letters?)\b/i;
const SECOND_PERSON = new Set("vous votre vos tu ton ta tes toi you your yours you're you've you'll yourself".split(" "));
const CALL_TO_ACTION = new Set(
  "commandez commander cliquez contactez profitez rejoignez telechargez inscrivez-vous inscrivez reservez envoyez payez regardez achetez confirmez reglez order click contact join download subscribe watch stream buy send claim confirm pay verify grab unlock".split(" "),
);
const MONEY = /(?:[€$£]\s?\d)|(?:\d[\d\s.,]*\s?(?:€|\$|£|euros?\b|dollars?\b|btc\b|bitcoins?\b|usdt\b))/gi;
const DEADLINE = /\b(?:sous|dans les|d'ici|within|in the next|next)\s+\d+\s*(?:h\b|heures|hours|jours|days|minutes)/gi;

// What may happen (anxious) vs what has happened (pessimistic) — the corpus' own rule.
const FUTURE_WORDS = new Set(
  (
    "pourrait pourraient pourra pourront risque risquent devrait devraient menace menacent craint craignent redoute redoutent attendu attendue attendus attendues prevu prevue prevus prevues annonce bientot prochainement prochains prochaines prochain toujours encore continue continuent poursuit multiplient propage etend alerte vigilance appelle appellent invite invites recommande conseille surveillance " +
    "could might may would will warn warns warned warning expected forecast likely fear fears feared threat threatens still continue continues continuing ongoing spreading spread remain remains search hunt urged urge advised advise ahead coming upcoming soon next brace risk"
  ).split(" "),
);
const FR_AUX = new Set(["a", "ont", "est", "sont", "ete", "avait", "avaient", "etait", "etaient", "s"]);
const EN_AUX = new Set(["has", "have", "had", "was", "were", "been"]);

function tenseCounts(a: Analysis): { future: number; past: number } {
  let future = 0;
  let past = 0;
  const toks = a.tokens;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].norm;
    if (FUTURE_WORDS.has(w)) future++;
    else if (a.lang === "fr" && w.length > 4 && (w.endsWith("ront") || w.endsWith("era") || w.endsWith("ira"))) future++;
    const prev = i > 0 ? toks[i - 1].norm : "";
    const prev2 = i > 1 ? toks[i - 2].norm : "";
    if (a.lang === "fr") {
      const c = a.full.charCodeAt(toks[i].end - 1);
      const participle = c === 0xe9 || w.endsWith("ee") || (w.length > 3 && /[^e]es$|ees$/.test(w) && a.full.slice(toks[i].start, toks[i].end).includes("é"));
      if (participle && (FR_AUX.has(prev) || FR_AUX.has(prev2))) past++;
    } else if (EN_AUX.has(prev) || (w.length > 4 && w.endsWith("ed"))) past++;
  }
  return { future, past };
}
const INDEX = new Map(DENSE_NAMES.map((n, i) => [n, i]));

export type Signals = {
  a: Analysis;
  iab: IabScores;
  ev: RiskEvidence;
  tone: ToneEvidence;
  floor: string | null;
  rule: RiskTier;
  dense: Float64Array;
  sparse: string[];
};

const lg = Math.log1p;

function denseOf(s: Omit<Signals, "dense" | "sparse">): Float64Array {
  const v = new Float64Array(DENSE_NAMES.length);
  const set = (name: string, x: number) => {
    const i = INDEX.get(name);
    if (i !== undefined) v[i] = x;
  };
  set("bias", 1);
  set("tone:optimistic", lg(s.tone.optimistic));
  set("tone:pessimistic", lg(s.tone.pessimistic));
  set("tone:anxious", lg(s.tone.anxious));
  set("tone:total", lg(s.tone.optimistic + s.tone.pessimistic + s.tone.anxious));
  set("title:optimistic", lg(s.tone.title.optimistic));
  set("title:pessimistic", lg(s.tone.title.pessimistic));
  set("title:anxious", lg(s.tone.title.anxious));
  const nl = s.a.full.indexOf("\n");
  const title = nl >= 0 ? s.a.full.slice(0, nl) : s.a.full;
  set("title:question", title.includes("?") ? 1 : 0);
  set("title:quote", /[«"“]/.test(title) ? 1 : 0);
  for (const [c, x] of Object.entries(s.ev.classes)) set("risk:" + c, lg(x));
  for (const [k, x] of Object.entries(s.ev.floor)) set("floor:" + k, lg(x));
  set("risk:level", lg(s.ev.level));
  set("risk:event", lg(s.ev.eventLevel));
  set("risk:safety", lg(s.ev.safety));
  set("risk:figurative", s.ev.figurativeShare);
  set("rule:" + (s.floor ? "floor" : s.rule), 1);
  const total = s.iab.total || 1;
  for (const [name, x] of s.iab.tier1) set("iab:" + name, lg(x) * Math.min(1, (2 * x) / total));
  set("lang:en", s.a.lang === "en" ? 1 : 0);
  set("len", Math.min(1, s.a.tokens.length / 150));
  const { future, past } = tenseCounts(s.a);
  set("tense:future", lg(future));
  set("tense:past", lg(past));
  set("tense:future-share", (future + 0.5) / (future + past + 1));
  const opinion = OPINION_TITLE.test(title) ? 1 : 0;
  set("style:opinion", opinion);
  set("style:opinion-debated", opinion * lg(s.ev.classes.debated ?? 0));
  let you = 0;
  let cta = 0;
  for (const t of s.a.tokens) {
    if (SECOND_PERSON.has(t.norm)) you++;
    if (CALL_TO_ACTION.has(t.norm)) cta++;
  }
  set("style:you", Math.min(1, (10 * you) / (s.a.tokens.length || 1)));
  set("style:cta", lg(cta));
  set("style:money", lg(s.a.full.match(MONEY)?.length ?? 0));
  set("style:caps", lg(title.match(/\b[A-ZÀ-Ý]{3,}\b/g)?.length ?? 0));
  set("style:exclaim", lg(s.a.full.split("!").length - 1));
  set("style:deadline", lg(s.a.full.match(DEADLINE)?.length ?? 0));
  return v;
}

const MIN_STEM = 3;

/**
 * Unique stems of content words (numbers dropped), prefixed by language; the headline's stems
 * count a second time under their own prefix ("tfr:", "ten:"), since the headline names the main
 * topic and angle; and pairs of neighbouring stems in one clause ("bfr:hauss_chomag"), which
 * carry direction and negation that single words lose (CV: tonality +1.0, risk +1.0 points).
 */
function sparseOf(a: Analysis): string[] {
  const seen = new Set<string>();
  const titleEnd = a.full.indexOf("\n");
  let prevStem = "";
  let prevClause = -1;
  for (const t of a.tokens) {
    if (t.stem.length < MIN_STEM) continue;
    const c = t.stem.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    seen.add(a.lang + ":" + t.stem);
    if (t.start < titleEnd) seen.add("t" + a.lang + ":" + t.stem);
    if (prevStem && prevClause === t.clause) seen.add("b" + a.lang + ":" + prevStem + "_" + t.stem);
    prevStem = t.stem;
    prevClause = t.clause;
  }
  return [...seen];
}

export function computeSignals(input: ClassifyInput): Signals {
  const a = analyze(input);
  const iab = scoreIab(a);
  const ev = riskEvidence(a, iab);
  const floor = floorKind(ev);
  const rule = ruleTier(ev);
  const tone = toneEvidence(a, ev);
  const base = { a, iab, ev, tone, floor, rule };
  return { ...base, dense: denseOf(base), sparse: sparseOf(a) };
}
