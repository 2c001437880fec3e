import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { acceptedRisks, isArticleSuitable, labelColumnsOf, SuitabilityProfile, suitabilityCondition } from "./suitability";

const profile: SuitabilityProfile = {
  allowedTonalities: ["optimistic", "neutral"],
  maxRisk: "low",
  excludedGarm: ["illegal_drugs_tobacco_vaping_alcohol"],
};

const labels = (over: Partial<Parameters<typeof isArticleSuitable>[1] & object> = {}) => ({
  tonality: "neutral",
  risk: "none",
  garm: [] as string[],
  ...over,
});

describe("acceptedRisks", () => {
  it("accepts every tier up to the maximum, never the floor", () => {
    expect(acceptedRisks("none")).toEqual(["none"]);
    expect(acceptedRisks("low")).toEqual(["none", "low"]);
    expect(acceptedRisks("high")).toEqual(["none", "low", "medium", "high"]);
  });
});

describe("isArticleSuitable", () => {
  it("accepts an article within tonality, risk and GARM limits", () => {
    expect(isArticleSuitable(profile, labels())).toBe(true);
    expect(isArticleSuitable(profile, labels({ risk: "low", tonality: "optimistic", garm: ["crime_harmful_acts_human_rights"] }))).toBe(true);
  });

  it("rejects a risk above the maximum, and the floor whatever the maximum", () => {
    expect(isArticleSuitable(profile, labels({ risk: "medium" }))).toBe(false);
    expect(isArticleSuitable({ ...profile, maxRisk: "high" }, labels({ risk: "floor" }))).toBe(false);
  });

  it("rejects a tonality that is not allowed", () => {
    expect(isArticleSuitable(profile, labels({ tonality: "anxious" }))).toBe(false);
  });

  it("rejects an excluded GARM category even at low risk", () => {
    expect(isArticleSuitable(profile, labels({ risk: "low", garm: ["illegal_drugs_tobacco_vaping_alcohol"] }))).toBe(false);
  });

  it("lets editorial overrides win over the classifier", () => {
    expect(isArticleSuitable(profile, labels({ risk: "high", overrideRisk: "none" }))).toBe(true);
    expect(isArticleSuitable(profile, labels({ risk: "none", overrideRisk: "medium" }))).toBe(false);
    expect(isArticleSuitable(profile, labels({ tonality: "anxious", overrideTonality: "neutral" }))).toBe(true);
  });

  it("never accepts an unlabelled article", () => {
    expect(isArticleSuitable(profile, null)).toBe(false);
  });
});

describe("SuitabilityProfile schema", () => {
  it("requires at least one tonality and refuses the floor as a maximum", () => {
    expect(SuitabilityProfile.safeParse({ ...profile, allowedTonalities: [] }).success).toBe(false);
    expect(SuitabilityProfile.safeParse({ ...profile, maxRisk: "floor" }).success).toBe(false);
    expect(SuitabilityProfile.safeParse(profile).success).toBe(true);
  });
});

describe("suitabilityCondition", () => {
  it("binds every list as one array parameter (no user value in the SQL text)", () => {
    const query = new PgDialect().sqlToQuery(suitabilityCondition(profile, labelColumnsOf("l")));
    expect(query.sql).not.toContain("illegal_drugs");
    expect(query.sql).toContain('coalesce("l"."override_risk", "l"."risk") = any($1::text[])');
    expect(query.params).toEqual([["none", "low"], ["optimistic", "neutral"], ["illegal_drugs_tobacco_vaping_alcohol"]]);
  });
});
