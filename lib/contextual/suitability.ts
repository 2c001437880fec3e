import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { articleLabels } from "@/db/schema/content";
import type { SuitabilityProfile as StoredSuitabilityProfile } from "@/db/schema/commerce";
import { RISK_TIERS, TONALITIES, type RiskTier, type Tonality } from "./types";

/*
 * A campaign's suitability profile (stored in briefs.suitability, enforced by activation):
 * which tonalities are allowed, the highest risk tier accepted, and GARM categories excluded
 * whatever their tier. The pure check and the SQL condition below must always agree; a
 * database test runs both over the same fixtures.
 */

/** Tiers a profile may accept. "floor" is never monetised, so never selectable. */
export const SELECTABLE_RISKS = ["none", "low", "medium", "high"] as const;

export const SuitabilityProfile = z.object({
  allowedTonalities: z.array(z.enum(TONALITIES)).min(1).max(TONALITIES.length),
  maxRisk: z.enum(SELECTABLE_RISKS),
  excludedGarm: z.array(z.string().regex(/^[a-z][a-z_]{1,63}$/)).max(32),
});
export type SuitabilityProfile = z.infer<typeof SuitabilityProfile>;

// The schema's stored type and this validated one must stay interchangeable.
const _storedIsValid: StoredSuitabilityProfile = {} as SuitabilityProfile;
void _storedIsValid;

/** A permissive default: every tonality, up to medium risk, nothing excluded. */
export const DEFAULT_SUITABILITY: SuitabilityProfile = {
  allowedTonalities: [...TONALITIES],
  maxRisk: "medium",
  excludedGarm: [],
};

/** The labels the check needs; override_* (editorial decisions) win over the classifier. */
export type SuitabilityLabels = {
  tonality: string;
  risk: string;
  garm: string[];
  overrideTonality?: string | null;
  overrideRisk?: string | null;
};

/** Risk tiers accepted by a profile: every tier up to and including maxRisk. */
export function acceptedRisks(maxRisk: SuitabilityProfile["maxRisk"]): RiskTier[] {
  return RISK_TIERS.slice(0, RISK_TIERS.indexOf(maxRisk) + 1);
}

export function effectiveRisk(labels: SuitabilityLabels): string {
  return labels.overrideRisk ?? labels.risk;
}

export function effectiveTonality(labels: SuitabilityLabels): string {
  return labels.overrideTonality ?? labels.tonality;
}

/**
 * True when an article's labels fit the profile. An unlabelled article (labels null) is
 * never suitable: activation must not buy what nobody has looked at.
 */
export function isArticleSuitable(profile: SuitabilityProfile, labels: SuitabilityLabels | null): boolean {
  if (!labels) return false;
  if (!(acceptedRisks(profile.maxRisk) as string[]).includes(effectiveRisk(labels))) return false;
  if (!(profile.allowedTonalities as string[]).includes(effectiveTonality(labels))) return false;
  return !labels.garm.some((g) => profile.excludedGarm.includes(g));
}

/** Column expressions the SQL condition reads; defaults to the article_labels table. */
export type SuitabilityColumns = {
  tonality: SQL;
  risk: SQL;
  garm: SQL;
  overrideTonality: SQL;
  overrideRisk: SQL;
};

export const ARTICLE_LABEL_COLUMNS: SuitabilityColumns = {
  tonality: sql`${articleLabels.tonality}`,
  risk: sql`${articleLabels.risk}`,
  garm: sql`${articleLabels.garm}`,
  overrideTonality: sql`${articleLabels.overrideTonality}`,
  overrideRisk: sql`${articleLabels.overrideRisk}`,
};

/** Columns of a table or CTE aliased `alias` that carries article_labels' column names. */
export function labelColumnsOf(alias: string): SuitabilityColumns {
  const col = (name: string) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`;
  return {
    tonality: col("tonality"),
    risk: col("risk"),
    garm: col("garm"),
    overrideTonality: col("override_tonality"),
    overrideRisk: col("override_risk"),
  };
}

/**
 * The profile as a parameterised SQL condition over article labels, for activation and
 * inventory shares. Never null: rows without labels (null columns from a left join) are
 * false, as in isArticleSuitable, so `not (condition)` counts them as removed.
 */
export function suitabilityCondition(profile: SuitabilityProfile, columns: SuitabilityColumns = ARTICLE_LABEL_COLUMNS): SQL {
  const risks: string[] = acceptedRisks(profile.maxRisk);
  const tonalities: string[] = profile.allowedTonalities;
  // sql.param binds each list as one array value (a bare JS array would expand to "($1, $2)").
  return sql`coalesce(coalesce(${columns.overrideRisk}, ${columns.risk}) = any(${sql.param(risks)}::text[])
    and coalesce(${columns.overrideTonality}, ${columns.tonality}) = any(${sql.param(tonalities)}::text[])
    and not coalesce(${columns.garm} && ${sql.param(profile.excludedGarm)}::text[], true), false)`;
}

export type { RiskTier, Tonality };
