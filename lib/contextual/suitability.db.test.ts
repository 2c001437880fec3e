import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, brands } from "@/db/schema";
import { testDb } from "@/test/db";
import { isArticleSuitable, suitabilityCondition, type SuitabilityLabels, type SuitabilityProfile } from "./suitability";
import { RISK_TIERS, TONALITIES } from "./types";

const db = testDb();
afterAll(() => db.$client.end());

const BRAND = "suit-test-brand";
const GARMS = [[], ["terrorism"], ["illegal_drugs_tobacco_vaping_alcohol", "crime_harmful_acts_human_rights"]];
/** Every tier × tonality × GARM set, some with editorial overrides, plus unlabelled articles. */
const fixtures: { key: string; labels: SuitabilityLabels | null }[] = [];
for (const risk of RISK_TIERS)
  for (const tonality of TONALITIES)
    for (const [g, garm] of GARMS.entries()) {
      const i = fixtures.length;
      fixtures.push({
        key: `${risk}-${tonality}-${g}`,
        labels: {
          risk,
          tonality,
          garm,
          overrideRisk: i % 7 === 0 ? RISK_TIERS[(i / 7) % RISK_TIERS.length] : null,
          overrideTonality: i % 5 === 0 ? TONALITIES[(i / 5) % TONALITIES.length] : null,
        },
      });
    }
fixtures.push({ key: "unlabelled-1", labels: null }, { key: "unlabelled-2", labels: null });

const PROFILES: SuitabilityProfile[] = [
  { allowedTonalities: ["optimistic", "neutral"], maxRisk: "low", excludedGarm: ["terrorism"] },
  { allowedTonalities: [...TONALITIES], maxRisk: "high", excludedGarm: [] },
  { allowedTonalities: ["anxious"], maxRisk: "medium", excludedGarm: ["crime_harmful_acts_human_rights"] },
  { allowedTonalities: ["neutral"], maxRisk: "none", excludedGarm: ["terrorism", "illegal_drugs_tobacco_vaping_alcohol"] },
];

beforeAll(async () => {
  await db.insert(brands).values({ id: BRAND, name: "Suitability test", kind: "lifestyle", domain: "suit.test" });
  for (const f of fixtures) {
    const [row] = await db
      .insert(articles)
      .values({ brandId: BRAND, externalId: f.key, url: `https://suit.test/${f.key}`, title: f.key, contentHash: f.key, publishedAt: new Date() })
      .returning({ id: articles.id });
    if (f.labels) {
      await db.insert(articleLabels).values({
        articleId: row.id, classifierVersion: "test", lang: "fr", iab: [], iabIds: [], tonality: f.labels.tonality,
        tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, risk: f.labels.risk, garm: f.labels.garm,
        keywords: [], explain: [], overrideRisk: f.labels.overrideRisk, overrideTonality: f.labels.overrideTonality,
      });
    }
  }
});

describe("suitabilityCondition", () => {
  it.each(PROFILES.map((p, i) => [i, p] as const))("selects exactly the articles isArticleSuitable accepts (profile %i)", async (_i, profile) => {
    // A left join: unlabelled articles reach the condition with null labels and must be refused.
    const rows = await db
      .select({ key: articles.externalId })
      .from(articles)
      .leftJoin(articleLabels, eq(articleLabels.articleId, articles.id))
      .where(and(eq(articles.brandId, BRAND), suitabilityCondition(profile)));
    const fromSql = rows.map((r) => r.key).sort();
    const fromPure = fixtures.filter((f) => isArticleSuitable(profile, f.labels)).map((f) => f.key).sort();
    expect(fromPure.length).toBeGreaterThan(0);
    expect(fromSql).toEqual(fromPure);
  });

  it("is never null, so its negation counts unlabelled articles as removed", async () => {
    const { rows } = await db.execute<{ removed: number }>(sql`
      select count(*)::int as removed from ${articles} left join ${articleLabels} on ${articleLabels.articleId} = ${articles.id}
      where ${articles.brandId} = ${BRAND} and not ${suitabilityCondition(PROFILES[0])}`);
    const expected = fixtures.filter((f) => !isArticleSuitable(PROFILES[0], f.labels)).length;
    expect(rows[0].removed).toBe(expected);
  });
});
