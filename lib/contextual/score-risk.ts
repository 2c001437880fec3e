/**
 * Brand-suitability risk. Evidence per cue class (violence, war, casualties, substances…) from
 * the lexicons, minus what context says is safe: negation, idioms, figurative use in
 * sport/food/culture/business, de-escalators ("aucun blessé", "fausse alerte").
 */
import { spanOf, type Analysis } from "./analyze";
import { FLOOR_KINDS, RISK_CLASSES } from "./lexicon";
import { repFactor, round2, TITLE_BOOST, type IabScores } from "./score-iab";
import type { Explanation, RiskTier } from "./types";

/** Tier-1 domains where alarming words are usually figurative ("attaque", "tuer le match"). */
const FIGURATIVE_DOMAINS = new Set([
  "Sports", "Food & Drink", "Entertainment", "Fine Art", "Books and Literature", "Style & Fashion", "Travel",
  "Video Gaming", "Hobbies & Interests", "Pop Culture", "Events", "Home & Garden", "Business and Finance",
  "Technology & Computing", "Automotive", "Attractions", "Holidays", "Personal Celebrations & Life Events",
  "Shopping", "Healthy Living", "Careers", "Real Estate", "Personal Finance", "Education", "Genres",
]);
const NEWS_DOMAINS = new Set(["Crime", "War and Conflicts", "Disasters", "Law", "Politics", "Medical Health"]);

/** Classes describing harm actually happening (as opposed to context such as justice or debate). */
export const EVENT_CLASSES = new Set([
  "terror", "war", "casualties", "violence", "missing", "weapons", "disaster", "drug_traffic", "sexual_crime", "hate", "epidemic", "cyber",
]);

/** How much each class weighs toward "risky"; the trained model refines these. */
export const CLASS_SEVERITY: Record<string, number> = {
  terror: 1.3, war: 1, casualties: 1, violence: 1, missing: 0.9, weapons: 0.8, disaster: 0.6, drug_traffic: 1,
  sexual_crime: 1.3, sexual_content: 0.6, hate: 1, epidemic: 0.8, health_harm: 0.4, cyber: 0.7, fraud: 0.4,
  justice: 0.35, debated: 0.6, profanity: 0.6, piracy: 0.6, misinformation: 0.7, substance: 0.5, commemoration: 0.3,
};

export type RiskEvidence = {
  /** Evidence per cue class after context. */
  classes: Record<string, number>;
  floor: Record<string, number>;
  figurativeShare: number;
  /** Multiplier applied to figurative-prone cues (1 = literal reading). */
  figMult: number;
  domainNote: string;
  safety: number;
  /** Severity-weighted evidence the rule-based tier is cut from. */
  level: number;
  eventLevel: number;
  explain: Explanation[];
  /** Best spans per class, for GARM explanations. */
  spans: Record<string, { span: string; w: number }[]>;
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

export function riskEvidence(a: Analysis, iab: IabScores): RiskEvidence {
  const explain: Explanation[] = [];
  const { share, domain } = figurativeShare(iab);
  const domainNote = domain ? `${domain.toLowerCase()} context` : "figurative";
  // Literal (non-figurative) harm evidence decides whether figurative-prone words are literal too.
  let literal = 0;
  for (const h of a.hits) {
    if (h.cue.k === "risk" && !h.cue.fig && !h.negated && !h.idiom && EVENT_CLASSES.has(h.cue.cls)) literal += h.cue.w * repFactor(h.rep);
  }
  const figMult = literal >= 5 ? 1 : share >= 0.5 ? 0.15 : share >= 0.3 ? 0.5 : 1;

  const classes: Record<string, number> = {};
  const floor: Record<string, number> = {};
  const spans: Record<string, { span: string; w: number }[]> = {};
  for (const h of a.hits) {
    if (h.cue.k !== "risk" && h.cue.k !== "floor") continue;
    const span = spanOf(a, h);
    const base = h.cue.w * repFactor(h.rep) * (h.inTitle ? TITLE_BOOST : 1);
    const cls = h.cue.k === "risk" ? h.cue.cls : "floor:" + h.cue.kind;
    if (h.idiom || h.negated) {
      explain.push({ label: "risk", value: cls, span, weight: -round2(base), note: h.idiom ? `idiom (${h.idiom})` : "negated" });
      continue;
    }
    if (h.cue.k === "floor") {
      floor[h.cue.kind] = (floor[h.cue.kind] ?? 0) + base;
      (spans[cls] ??= []).push({ span, w: base });
      continue;
    }
    const mult = h.cue.fig ? figMult : 1;
    const w = base * mult;
    if (mult < 1) explain.push({ label: "risk", value: cls, span, weight: -round2(base - w), note: domainNote });
    classes[cls] = (classes[cls] ?? 0) + w;
    (spans[cls] ??= []).push({ span, w });
  }
  let safety = 0;
  for (const h of a.safe) {
    if (h.cue.k !== "safe") continue;
    safety += h.cue.w * (h.inTitle ? TITLE_BOOST : 1);
    explain.push({ label: "risk", value: "none", span: spanOf(a, h), weight: round2(h.cue.w), note: "de-escalation" });
  }
  const damp = 1 / (1 + 0.3 * safety);
  let level = 0;
  let eventLevel = 0;
  for (const c in classes) {
    classes[c] *= damp;
    const v = Math.min(classes[c], 10) * (CLASS_SEVERITY[c] ?? 0.5);
    level += v;
    if (EVENT_CLASSES.has(c)) eventLevel += v;
  }
  return { classes, floor, figurativeShare: share, figMult, domainNote, safety, level, eventLevel, explain, spans };
}

export const TIER_CUTS = { low: 1.2, medium: 4.5, high: 14 } as const;

/** Rule-based tier; the trained model (model.ts) may override it, floor rules always apply. */
export function ruleTier(ev: RiskEvidence): RiskTier {
  let tier: RiskTier = ev.level >= TIER_CUTS.low ? "low" : "none";
  if (ev.level >= TIER_CUTS.medium && ev.eventLevel >= 2.5) tier = "medium";
  if (ev.level >= TIER_CUTS.high && ev.eventLevel >= 8) tier = "high";
  return tier;
}

/** Brand-safety floor: selling illegal goods, phishing, propaganda, health disinformation. */
export function floorKind(ev: RiskEvidence): string | null {
  const c = ev.classes;
  const illegal = (c.drug_traffic ?? 0) + (c.substance ?? 0) + (c.weapons ?? 0) + (c.piracy ?? 0);
  if ((ev.floor.sale ?? 0) >= 4 && (illegal >= 1 || (ev.floor.sale ?? 0) >= 8)) return "sale";
  if ((c.piracy ?? 0) >= 6) return "piracy";
  if ((ev.floor.phishing ?? 0) >= 6) return "phishing";
  if ((ev.floor.scam ?? 0) >= 6) return "scam";
  if ((ev.floor.fraud_goods ?? 0) >= 6) return "fraud_goods";
  if ((ev.floor.propaganda ?? 0) >= 5 && (c.terror ?? 0) + (c.war ?? 0) + (c.violence ?? 0) >= 1.5) return "propaganda";
  if ((c.misinformation ?? 0) >= 6) return "misinformation";
  return null;
}

const FLOOR_GARM: Record<string, string> = {
  piracy: "online_piracy", phishing: "spam_harmful_content", propaganda: "terrorism", misinformation: "misinformation",
  scam: "spam_harmful_content", fraud_goods: "crime_harmful_acts_human_rights",
};

/** GARM categories ranked by the evidence of the classes that support them. */
export function garmCategories(ev: RiskEvidence, tier: RiskTier, floor: string | null): { garm: string[]; explain: Explanation[] } {
  if (tier === "none") return { garm: [], explain: [] };
  const byGarm = new Map<string, { v: number; spans: { span: string; w: number }[] }>();
  const add = (g: string, v: number, spans: { span: string; w: number }[]) => {
    const cur = byGarm.get(g) ?? { v: 0, spans: [] };
    cur.v += v;
    cur.spans.push(...spans);
    byGarm.set(g, cur);
  };
  for (const [cls, v] of Object.entries(ev.classes)) {
    const garms = RISK_CLASSES[cls]?.garm ?? [];
    garms.forEach((g, i) => add(g, v * (CLASS_SEVERITY[cls] ?? 0.5) * (i === 0 ? 1 : 0.6), ev.spans[cls] ?? []));
  }
  if (floor === "sale") {
    const c = ev.classes;
    const g = (c.weapons ?? 0) > (c.drug_traffic ?? 0) + (c.substance ?? 0) ? "arms_ammunition" : (c.drug_traffic ?? 0) + (c.substance ?? 0) > 0 ? "illegal_drugs_tobacco_vaping_alcohol" : "crime_harmful_acts_human_rights";
    add(g, 100, ev.spans["floor:sale"] ?? []);
  } else if (floor) add(FLOOR_GARM[floor], 100, [...(ev.spans["floor:" + floor] ?? []), ...(ev.spans[floor] ?? [])]);
  const ranked = [...byGarm.entries()].sort((x, y) => y[1].v - x[1].v || (x[0] < y[0] ? -1 : 1));
  if (!ranked.length) return { garm: [], explain: [] };
  const top = ranked[0][1].v;
  const garm = ranked.filter(([, g]) => g.v >= Math.max(0.4, 0.3 * top)).slice(0, 3).map(([g]) => g);
  const explain: Explanation[] = [];
  for (const g of garm) {
    const sp = byGarm.get(g)!.spans.sort((x, y) => y.w - x.w);
    const seen = new Set<string>();
    for (const s of sp) {
      if (seen.has(s.span) || seen.size >= 3) continue;
      seen.add(s.span);
      explain.push({ label: "garm", value: g, span: s.span, weight: round2(s.w), note: "cue" });
      explain.push({ label: "risk", value: tier, span: s.span, weight: round2(s.w), note: g });
    }
  }
  return { garm, explain };
}

export { FLOOR_KINDS };
