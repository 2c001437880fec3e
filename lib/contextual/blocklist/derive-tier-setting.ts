import type { SuitabilityProfile } from "../suitability";
import { TONALITIES } from "../types";

/** How much of one GARM category's inventory the blocklist removes. */
export type GarmCoverage = {
  garm: string;
  /** Labelled articles in scope carrying this GARM category (any tier). */
  articles: number;
  /** Of those, how many the blocklist blocks. */
  blocked: number;
};

/** A GARM category is "what the blocklist is about" when it blocks this share of it… */
export const GARM_INTENT_SHARE = 0.4;
/** …and at least this many of its articles (one stray match is not an intent). */
export const GARM_INTENT_MIN_ARTICLES = 2;

/**
 * The tier-based setting equivalent to a keyword blocklist: keep everything up to low risk
 * (medium, high and floor are the truly risky tiers, removed whatever words they use), and
 * additionally exclude the GARM categories the blocklist visibly targets — those it blocks
 * systematically, e.g. an alcohol brand's "vin, bière, whisky" list targets
 * illegal_drugs_tobacco_vaping_alcohol even where the content is low risk. Every tonality
 * stays allowed: a keyword list says nothing about tone.
 */
export function deriveTierSetting(coverage: GarmCoverage[]): SuitabilityProfile {
  const excludedGarm = coverage
    .filter((c) => c.blocked >= GARM_INTENT_MIN_ARTICLES && c.articles > 0 && c.blocked / c.articles >= GARM_INTENT_SHARE)
    .sort((a, b) => b.blocked / b.articles - a.blocked / a.articles || a.garm.localeCompare(b.garm))
    .map((c) => c.garm);
  return { allowedTonalities: [...TONALITIES], maxRisk: "low", excludedGarm };
}
