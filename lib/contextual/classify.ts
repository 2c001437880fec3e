/**
 * The classifier pipeline: lexical analysis (features.ts) → trained linear layer (model.ts)
 * → labels with explanations. Rules keep the last word where they are certain (floor
 * patterns); everything else is the model's reading of the lexicon evidence.
 */
import { computeSignals, type Signals } from "./features";
import { LONG_TEXT, splitPassages } from "./passages";
import { extractKeywords } from "./keywords";
import { blendTier1, model, predictModel, topSparse, type LinearModel } from "./model";
import { iabLabels, round2 } from "./score-iab";
import { garmCategories } from "./score-risk";
import { IAB_BY_ID } from "./taxonomy";
import { RISK_TIERS, TONALITIES, type Classification, type ClassifyInput, type Explanation, type RiskTier, type Tonality } from "./types";

const NEUTRAL_BIAS = 1.4;
const TONE_SCALE = 0.55;

function langExplanation(s: Signals): Explanation {
  const a = s.a;
  if (a.langGiven) return { label: "lang", value: a.lang, span: "", weight: 1, note: "given by caller" };
  const hints = a.tokens.slice(0, 60).filter((t) => t.norm.length <= 4).slice(0, 4);
  return { label: "lang", value: a.lang, span: hints.map((t) => a.full.slice(t.start, t.end)).join(" "), weight: 1, note: "function words" };
}

/** Rounds probabilities to 3 decimals so that they still sum exactly to 1. */
export function roundScores(p: number[]): number[] {
  const r = p.map((v) => Math.round(v * 1000) / 1000);
  const drift = Math.round((1 - r.reduce((s, v) => s + v, 0)) * 1000) / 1000;
  const top = r.indexOf(Math.max(...r));
  r[top] = Math.round((r[top] + drift) * 1000) / 1000;
  return r;
}

function hasWeights(m: LinearModel): boolean {
  return m.classes.length > 0 && m.dense.some((x) => x !== 0);
}

function modelExplain(s: Signals, m: LinearModel, k: number, label: Explanation["label"], value: string): Explanation[] {
  return topSparse(m, s.sparse, k).map(({ key, w }) => ({ label, value, span: spanOfFeature(s, key), weight: round2(w), note: "learned word" }));
}

/** The text behind a word feature: "fr:chomag" → "chômage", "bfr:hauss_chomag" → "hausse du chômage". */
function spanOfFeature(s: Signals, key: string): string {
  const stems = key.slice(key.indexOf(":") + 1).split("_");
  const toks = s.a.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].stem !== stems[0]) continue;
    if (stems.length === 1) return s.a.full.slice(toks[i].start, toks[i].end);
    // The pair skips short words in between (features drop stems under 3 letters).
    for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
      if (toks[j].stem === stems[1]) return s.a.full.slice(toks[i].start, toks[j].end);
    }
  }
  return stems.join(" ");
}

function tonalityOf(s: Signals, reading: Reading): { tonality: Tonality; scores: Record<Tonality, number>; explain: Explanation[] } {
  let p: number[];
  let fromModel = false;
  if (reading.tonality) {
    const probs = reading.tonality;
    p = TONALITIES.map((t) => probs[model().tonality.classes.indexOf(t)]);
    fromModel = true;
  } else {
    const logits = [TONE_SCALE * s.tone.optimistic, NEUTRAL_BIAS, TONE_SCALE * s.tone.pessimistic, TONE_SCALE * s.tone.anxious];
    const max = Math.max(...logits);
    const e = logits.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    p = e.map((x) => x / sum);
  }
  const r = roundScores(p);
  const scores = { optimistic: r[0], neutral: r[1], pessimistic: r[2], anxious: r[3] };
  let tonality: Tonality = "neutral";
  for (const t of TONALITIES) if (scores[t] > scores[tonality]) tonality = t;
  const explain = s.tone.explain.filter((e) => e.value === tonality || e.weight < 0).slice(0, 10);
  if (fromModel) explain.push(...modelExplain(s, model().tonality, model().tonality.classes.indexOf(tonality), "tonality", tonality));
  if (!explain.some((e) => e.value === tonality)) {
    explain.unshift({ label: "tonality", value: tonality, span: "", weight: round2(scores[tonality]), note: "no strong tonal cue" });
  }
  return { tonality, scores, explain };
}

function riskOf(s: Signals, reading: Reading): RiskTier {
  if (s.floor) return "floor";
  if (!reading.risk) return s.rule;
  // No lexicon gate here: risky texts written without a single alarming word are the point, and
  // the threshold was picked in cross-validation by this same rule (floor, else P(medium+) ≥ t).
  const probs = reading.risk;
  const p = (t: RiskTier) => probs[model().risk.classes.indexOf(t)] ?? 0;
  if (riskyProbability(probs) >= model().riskyThreshold) return p("high") > p("medium") ? "high" : "medium";
  return p("low") > p("none") ? "low" : "none";
}

function riskyProbability(probs: Float64Array): number {
  const p = (t: RiskTier) => probs[model().risk.classes.indexOf(t)] ?? 0;
  return p("medium") + p("high") + p("floor");
}

/** What the trained layer says about a text, per task (null/undefined: no trained weights). */
type Reading = { tonality: Float64Array | null; risk: Float64Array | null; tier1: Map<string, number> | undefined };

function readSignals(s: Signals): Reading {
  return {
    tonality: hasWeights(model().tonality) ? predictModel(model().tonality, s) : null,
    risk: hasWeights(model().risk) ? predictModel(model().risk, s) : null,
    // Tier-1 scores: the model's probabilities blended with the lexicon evidence.
    tier1: hasWeights(model().iab) ? blendTier1(predictModel(model().iab, s), model().iab.classes, s.iab, model().iabLexiconWeight) : undefined,
  };
}

/**
 * The model's reading of a text. A short one (every corpus item) is read whole. A long article
 * is read passage by passage under its headline, like the leads the model learned from; tonality
 * and topic are the passages' weighted mean, the lead counting more (news puts the story first);
 * risk is the mean of the riskiest passages (LONG_TEXT.riskiestPassages): a risky story buried under a harmless
 * headline is no longer averaged away by the paragraphs around it.
 */
function readText(input: ClassifyInput, s: Signals): Reading {
  const passages = splitPassages(input.title ?? "", input.text ?? "");
  if (!passages.length) return readSignals(s);
  const readings = passages.map((text) => readSignals(computeSignals({ title: input.title, text, lang: s.a.lang })));
  const weights = readings.map((_, i) => (i === 0 ? LONG_TEXT.headWeight : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = (pick: (r: Reading) => Float64Array | null): Float64Array | null => {
    if (!pick(readings[0])) return null;
    const out = new Float64Array(pick(readings[0])!.length);
    readings.forEach((r, i) => pick(r)!.forEach((x, k) => (out[k] += (weights[i] * x) / total)));
    return out;
  };
  let tier1: Map<string, number> | undefined;
  if (readings[0].tier1) {
    tier1 = new Map();
    readings.forEach((r, i) => r.tier1!.forEach((x, name) => tier1!.set(name, (tier1!.get(name) ?? 0) + (weights[i] * x) / total)));
  }
  let risk: Float64Array | null = null;
  if (readings[0].risk) {
    const riskiest = readings.map((r) => r.risk!).sort((a, b) => riskyProbability(b) - riskyProbability(a)).slice(0, LONG_TEXT.riskiestPassages);
    risk = riskiest[0].map((_, k) => riskiest.reduce((acc, r) => acc + r[k] / riskiest.length, 0));
  }
  return { tonality: mean((r) => r.tonality), risk, tier1 };
}

/**
 * GARM category of a text the model finds risky without any lexicon cue naming one ("surgeons
 * operate by torchlight in the encircled city"): the one its main topic belongs to.
 */
const GARM_OF_TOPIC: Record<string, string> = {
  "389": "death_injury_military_conflict",
  "381": "death_injury_military_conflict",
  "286": "death_injury_military_conflict",
  "386": "debated_sensitive_social_issues",
};
const DEFAULT_GARM = "crime_harmful_acts_human_rights";

export function classifyWithModel(input: ClassifyInput): Classification {
  const s = computeSignals(input);
  const reading = readText(input, s);
  const tone = tonalityOf(s, reading);
  const risk = riskOf(s, reading);
  const { labels, explain: iabExplain } = iabLabels(s.iab, reading.tier1);
  const cued = garmCategories(s.ev, risk, s.floor);
  let { garm } = cued;
  const garmExplain = cued.explain;
  if (risk !== "none" && garm.length === 0) {
    const topic = labels.find((l) => IAB_BY_ID.get(l.id)?.tier === 1)?.id ?? "";
    garm = [GARM_OF_TOPIC[topic] ?? DEFAULT_GARM];
    garmExplain.push({ label: "garm", value: garm[0], span: "", weight: 1, note: "model" });
    if (hasWeights(model().risk)) garmExplain.push(...modelExplain(s, model().risk, model().risk.classes.indexOf(risk), "risk", risk));
  }

  const explain: Explanation[] = [langExplanation(s), ...tone.explain];
  const riskEx = [...garmExplain, ...s.ev.explain].slice(0, 20);
  if (!riskEx.some((e) => e.label === "risk" && e.value === risk)) {
    explain.push({ label: "risk", value: risk, span: "", weight: round2(s.ev.level), note: risk === "none" ? "no risk cue" : "combined evidence" });
  }
  explain.push(...riskEx, ...iabExplain);
  return {
    lang: s.a.lang,
    tonality: tone.tonality,
    tonalityScores: tone.scores,
    risk,
    garm,
    iab: labels.filter((l) => IAB_BY_ID.has(l.id)),
    keywords: extractKeywords(s.a),
    explain,
  };
}

export { RISK_TIERS };
