/*
 * The contextual classifier's contract. The CLI (`npm run -s classify`), the labelling job,
 * the seed and the console all use these types; keep them stable.
 */

export const TONALITIES = ["optimistic", "neutral", "pessimistic", "anxious"] as const;
export type Tonality = (typeof TONALITIES)[number];

/** Brand-suitability risk tiers, lowest to highest. "floor" = GARM brand-safety floor: never monetised. */
export const RISK_TIERS = ["none", "low", "medium", "high", "floor"] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export type Lang = "fr" | "en";

export type ClassifyInput = {
  id?: string;
  title: string;
  /** Lead and/or body. */
  text: string;
  /** Trusted when given; detected otherwise. */
  lang?: Lang;
};

export type IabLabel = {
  /** IAB Content Taxonomy 3.1 unique id, e.g. "483". */
  id: string;
  name: string;
  /** Tier-1 name, e.g. "Sports". */
  tier1: string;
  score: number;
};

/** Why a label was given: the terms or spans that drove it. */
export type Explanation = {
  /** Which output this piece explains. */
  label: "tonality" | "risk" | "garm" | "iab" | "lang";
  /** The value it supports, e.g. "anxious", "high", GARM id or IAB id. */
  value: string;
  /** The matched text as it appears in the input. */
  span: string;
  /** Signed weight: positive supports the value; negative was discounted (negation, figurative, sports use…). */
  weight: number;
  /** Short human reason, e.g. "negated", "sports idiom", "lexicon: war". */
  note?: string;
};

export type Classification = {
  lang: Lang;
  tonality: Tonality;
  tonalityScores: Record<Tonality, number>;
  risk: RiskTier;
  /** GARM category ids from shared/data/garm/categories.json. */
  garm: string[];
  /** Tier-1 and tier-2 categories, best first. */
  iab: IabLabel[];
  keywords: string[];
  explain: Explanation[];
};
