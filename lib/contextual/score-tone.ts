/**
 * Tonality evidence: lexicon cues (negation flips or cancels them), direction × quantity rules
 * ("hausse du chômage" is gloomy, "hausse des ventes" is good news) and the risk found.
 */
import { spanOf, type Analysis, type Hit } from "./analyze";
import type { ToneName } from "./lexicon";
import { repFactor, round2, TITLE_BOOST } from "./score-iab";
import type { RiskEvidence } from "./score-risk";
import type { Explanation } from "./types";

export type ToneEvidence = Record<ToneName, number> & {
  /** The same evidence counted in the title only (headlines carry most of the tone). */
  title: Record<ToneName, number>;
  explain: Explanation[];
};

const DIRECTION_WINDOW = 4;

function pairQuantity(a: Analysis, dir: Hit, pool: Hit[]): Hit | undefined {
  const clause = a.tokens[dir.start].clause;
  let best: Hit | undefined;
  let bestD = Infinity;
  for (const q of pool) {
    if (a.tokens[q.start].clause !== clause) continue;
    const d = q.start >= dir.end ? q.start - dir.end : dir.start >= q.end ? dir.start - q.end : 0;
    if (d <= DIRECTION_WINDOW && d < bestD) [best, bestD] = [q, d];
  }
  return best;
}

export function toneEvidence(a: Analysis, risk: RiskEvidence): ToneEvidence {
  const ev: ToneEvidence = { optimistic: 0, pessimistic: 0, anxious: 0, title: { optimistic: 0, pessimistic: 0, anxious: 0 }, explain: [] };
  const { explain } = ev;
  for (const h of a.hits) {
    if (h.cue.k !== "tone") continue;
    const w = h.cue.w * repFactor(h.rep) * (h.inTitle ? TITLE_BOOST : 1);
    const span = spanOf(a, h);
    if (h.idiom) {
      explain.push({ label: "tonality", value: h.cue.tone, span, weight: -round2(w), note: `idiom (${h.idiom})` });
      continue;
    }
    if (h.negated) {
      // "pas de succès" leans gloomy; "pas d'inquiétude" leans reassuring.
      const flip: ToneName = h.cue.tone === "optimistic" ? "pessimistic" : "optimistic";
      const fw = w * (flip === "pessimistic" ? 0.5 : 0.15);
      ev[flip] += fw;
      explain.push({ label: "tonality", value: h.cue.tone, span, weight: -round2(w), note: "negated" });
      explain.push({ label: "tonality", value: flip, span, weight: round2(fw), note: "negated " + h.cue.tone });
      continue;
    }
    // "the terror of defences", "a devastating spell": gloom words read figuratively in sport, food, culture.
    if (h.cue.fig && h.cue.tone !== "optimistic" && risk.figMult < 1) {
      const kept = w * risk.figMult;
      ev[h.cue.tone] += kept;
      if (h.inTitle) ev.title[h.cue.tone] += kept;
      explain.push({ label: "tonality", value: h.cue.tone, span, weight: -round2(w - kept), note: risk.domainNote });
      continue;
    }
    ev[h.cue.tone] += w;
    if (h.inTitle) ev.title[h.cue.tone] += w;
    explain.push({ label: "tonality", value: h.cue.tone, span, weight: round2(w), note: "lexicon" });
  }
  for (const [dirs, sign] of [[a.up, 1], [a.down, -1]] as [Hit[], number][]) {
    for (const d of dirs) {
      const good = pairQuantity(a, d, a.goodq);
      const bad = pairQuantity(a, d, a.badq);
      const q = good ?? bad;
      if (!q) continue;
      const polarity = (good ? 1 : -1) * sign;
      const tone: ToneName = polarity > 0 ? "optimistic" : "pessimistic";
      const w = 1.2 * (d.inTitle ? TITLE_BOOST : 1);
      ev[tone] += w;
      if (d.inTitle) ev.title[tone] += w;
      const lo = Math.min(d.start, q.start);
      const hi = Math.max(d.end, q.end);
      explain.push({ label: "tonality", value: tone, span: spanOf(a, { start: lo, end: hi }), weight: round2(w), note: polarity > 0 ? "good trend" : "bad trend" });
    }
  }
  // Threat-like risk reads anxious; loss-like risk reads pessimistic.
  const c = risk.classes;
  ev.anxious += 0.3 * ((c.terror ?? 0) + (c.weapons ?? 0) + (c.violence ?? 0) + (c.missing ?? 0) + (c.war ?? 0) * 0.6 + (c.epidemic ?? 0) + (c.cyber ?? 0) * 0.6);
  ev.pessimistic += 0.3 * ((c.casualties ?? 0) + (c.disaster ?? 0) * 0.5);
  return ev;
}
