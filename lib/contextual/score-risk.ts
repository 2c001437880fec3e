/**
 * Brand-suitability risk. Evidence = risk terms + situation frames, minus what context says is
 * safe (negation, idioms, figurative use in sport/food/culture/business, de-escalators).
 */
import { spanOf, type Analysis } from "./analyze";
import { repFactor, round2, TITLE_BOOST, type IabScores } from "./score-iab";
import type { Explanation, RiskTier } from "./types";

/** Tier-1 domains where alarming words are usually figurative ("attaque", "tuer le match"). */
const FIGURATIVE_DOMAINS = new Set([
  "Sports", "Food & Drink", "Entertainment", "Fine Art", "Books and Literature", "Style & Fashion", "Travel",
  "Video Gaming", "Hobbies & Interests", "Pop Culture", "Events", "Home & Garden", "Business and Finance",
  "Technology & Computing", "Automotive", "Attractions", "Holidays", "Personal Celebrations & Life Events",
  "Shopping", "Healthy Living", "Careers", "Real Estate", "Personal Finance", "Education",
]);
const NEWS_DOMAINS = new Set(["Crime", "War and Conflicts", "Disasters", "Law", "Politics", "Medical Health"]);

export type RiskResult = {
  risk: RiskTier;
  garm: string[];
  /** Evidence per GARM category. */
  scores: Record<string, number>;
  frames: Record<string, number>;
  activeFrames: number;
  figurativeShare: number;
  safety: number;
  /** Single evidence figure the tier was cut from. */
  level: number;
  explain: Explanation[];
};

export function figurativeShare(iab: IabScores): { share: number; domain: string } {
  let fig = 0;
  let news = 0;
  let best = "";
  let bestV = 0;
  for (const [name, v] of iab.tier1) {
    if (FIGURATIVE_DOMAINS.has(name)) {
      fig += v;
      if (v > bestV) [best, bestV] = [name, v];
    } else if (NEWS_DOMAINS.has(name)) news += v;
  }
  return { share: fig / (fig + news + 2), domain: best };
}

export const TIER_CUTS = { low: 1.5, medium: 3.5, high: 8 } as const;

export function scoreRisk(a: Analysis, iab: IabScores): RiskResult {
  const explain: Explanation[] = [];
  const { share, domain } = figurativeShare(iab);
  const domainNote = domain ? `${domain.toLowerCase()} context` : "figurative";

  // Frames first: how many real-world situations does the text describe?
  const frames: Record<string, number> = {};
  const frameGarm: Record<string, string> = {};
  for (const h of a.hits) {
    if (h.cue.k !== "frame" || h.negated || h.idiom) continue;
    const w = h.cue.w * repFactor(h.rep);
    frames[h.cue.frame] = Math.min(6, (frames[h.cue.frame] ?? 0) + w);
    frameGarm[h.cue.frame] = h.cue.garm;
  }
  let activeFrames = 0;
  for (const f in frames) if (f !== "promotion" && frames[f] >= 2) activeFrames++;
  const realEvent = activeFrames >= 2;

  const scores: Record<string, number> = {};
  const spans: Record<string, { span: string; w: number }[]> = {};
  const push = (g: string, span: string, w: number) => {
    (spans[g] ??= []).push({ span, w });
  };
  let termTotal = 0;
  for (const h of a.hits) {
    if (h.cue.k !== "risk") continue;
    const span = spanOf(a, h);
    const base = h.cue.w * repFactor(h.rep) * (h.inTitle ? TITLE_BOOST : 1);
    if (h.idiom) {
      explain.push({ label: "risk", value: h.cue.garm, span, weight: -round2(base), note: `idiom (${h.idiom})` });
      continue;
    }
    if (h.negated) {
      explain.push({ label: "risk", value: h.cue.garm, span, weight: -round2(base), note: "negated" });
      continue;
    }
    let mult = 1;
    if (h.cue.fig && !realEvent) mult = share >= 0.5 ? 0.15 : share >= 0.3 ? 0.5 : 1;
    const w = base * mult;
    if (mult < 1) explain.push({ label: "risk", value: h.cue.garm, span, weight: -round2(base - w), note: domainNote });
    scores[h.cue.garm] = (scores[h.cue.garm] ?? 0) + w;
    termTotal += w;
    push(h.cue.garm, span, w);
  }
  // Frame evidence: strong when several situations co-occur or a risk term anchors them.
  const frameMult = realEvent ? 1 : termTotal >= 2 ? 0.6 : share >= 0.5 ? 0.15 : 0.35;
  for (const h of a.hits) {
    if (h.cue.k !== "frame" || h.negated || h.idiom || h.cue.frame === "promotion") continue;
    const w = h.cue.w * repFactor(h.rep) * frameMult;
    if (w <= 0) continue;
    scores[h.cue.garm] = (scores[h.cue.garm] ?? 0) + w;
    push(h.cue.garm, spanOf(a, h), w);
  }
  let safety = 0;
  for (const h of a.safe) if (h.cue.k === "safe") safety += h.cue.w * (h.inTitle ? TITLE_BOOST : 1);
  const damp = 1 / (1 + 0.35 * safety);
  for (const g in scores) scores[g] *= damp;
  for (const h of a.safe) explain.push({ label: "risk", value: "none", span: spanOf(a, h), weight: round2(h.cue.k === "safe" ? h.cue.w : 1), note: "de-escalation" });

  const ranked = Object.entries(scores).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const level = ranked.length ? ranked[0][1] + 0.3 * ranked.slice(1).reduce((s, [, v]) => s + v, 0) : 0;
  let risk: RiskTier =
    level >= TIER_CUTS.high ? "high" : level >= TIER_CUTS.medium ? "medium" : level >= TIER_CUTS.low ? "low" : "none";

  // Brand-safety floor: selling illegal goods, or terrorist recruitment/propaganda.
  const promo = frames.promotion ?? 0;
  const illegalGoods = (scores.illegal_drugs_tobacco_vaping_alcohol ?? 0) + (scores.arms_ammunition ?? 0) + (scores.online_piracy ?? 0);
  if (promo >= 3 && illegalGoods >= 2) risk = "floor";
  if ((frames.recruitment ?? 0) >= 4 && (scores.terrorism ?? 0) >= 2) risk = "floor";

  const garm = risk === "none" ? [] : ranked.filter(([, v]) => v >= Math.max(1, 0.35 * ranked[0][1])).map(([g]) => g).slice(0, 3);
  for (const g of garm) {
    const ev = (spans[g] ?? []).sort((x, y) => y.w - x.w).slice(0, 4);
    for (const e of ev) {
      explain.push({ label: "garm", value: g, span: e.span, weight: round2(e.w), note: "lexicon: " + g });
      explain.push({ label: "risk", value: risk, span: e.span, weight: round2(e.w), note: g });
    }
  }
  return { risk, garm, scores, frames, activeFrames, figurativeShare: share, safety, level, explain };
}
