/** The classifier pipeline: analyze → IAB → risk → tonality → (trained model) → explanations. */
import { analyze, type Analysis } from "./analyze";
import { extractKeywords } from "./keywords";
import { iabLabels, round2, scoreIab } from "./score-iab";
import { floorKind, garmCategories, riskEvidence, ruleTier } from "./score-risk";
import { toneEvidence } from "./score-tone";
import { TONALITIES, type Classification, type ClassifyInput, type Explanation, type Tonality } from "./types";

const NEUTRAL_BIAS = 1.4;
const TONE_SCALE = 0.55;

function langExplanation(a: Analysis): Explanation {
  if (a.langGiven) return { label: "lang", value: a.lang, span: "", weight: 1, note: "given by caller" };
  const hints = a.tokens.slice(0, 60).filter((t) => t.norm.length <= 4).slice(0, 4);
  return {
    label: "lang",
    value: a.lang,
    span: hints.map((t) => a.full.slice(t.start, t.end)).join(" "),
    weight: 1,
    note: "function words",
  };
}

/** Softmax rounded to 3 decimals that still sums exactly to 1. */
export function normaliseScores(logits: Record<Tonality, number>): Record<Tonality, number> {
  const max = Math.max(...TONALITIES.map((t) => logits[t]));
  const exp = TONALITIES.map((t) => Math.exp(logits[t] - max));
  const sum = exp.reduce((s, v) => s + v, 0);
  const r = exp.map((v) => Math.round((v / sum) * 1000) / 1000);
  const drift = Math.round((1 - r.reduce((s, v) => s + v, 0)) * 1000) / 1000;
  const top = r.indexOf(Math.max(...r));
  r[top] = Math.round((r[top] + drift) * 1000) / 1000;
  return { optimistic: r[0], neutral: r[1], pessimistic: r[2], anxious: r[3] };
}

export function classifyWithLexicons(input: ClassifyInput): Classification {
  const a = analyze(input);
  const iab = scoreIab(a);
  const ev = riskEvidence(a, iab);
  const floor = floorKind(ev);
  const riskTier = floor ? "floor" : ruleTier(ev);
  const { garm, explain: garmExplain } = garmCategories(ev, riskTier, floor);
  const tone = toneEvidence(a, ev);
  const logits: Record<Tonality, number> = {
    neutral: NEUTRAL_BIAS,
    optimistic: TONE_SCALE * tone.optimistic,
    pessimistic: TONE_SCALE * tone.pessimistic,
    anxious: TONE_SCALE * tone.anxious,
  };
  const tonalityScores = normaliseScores(logits);
  let tonality: Tonality = "neutral";
  for (const t of TONALITIES) if (tonalityScores[t] > tonalityScores[tonality]) tonality = t;
  const { labels, explain: iabExplain } = iabLabels(iab);

  const explain: Explanation[] = [langExplanation(a)];
  const toneEx = tone.explain.filter((e) => e.value === tonality || e.weight < 0);
  if (!toneEx.some((e) => e.value === tonality)) {
    explain.push({ label: "tonality", value: tonality, span: "", weight: round2(tonalityScores[tonality]), note: "no strong tonal cue" });
  }
  explain.push(...toneEx.slice(0, 12));
  const riskEx = [...garmExplain, ...ev.explain].slice(0, 20);
  if (!riskEx.some((e) => e.label === "risk" && e.value === riskTier)) {
    explain.push({ label: "risk", value: riskTier, span: "", weight: round2(ev.level), note: riskTier === "none" ? "no risk cue" : "combined evidence" });
  }
  explain.push(...riskEx, ...iabExplain);
  return {
    lang: a.lang,
    tonality,
    tonalityScores,
    risk: riskTier,
    garm,
    iab: labels,
    keywords: extractKeywords(a),
    explain,
  };
}
