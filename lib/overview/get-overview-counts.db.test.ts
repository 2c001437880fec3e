import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advertisers, articleLabels, articles, brands, campaigns, events, revenueLines, sections, segments } from "@/db/schema";
import { testDb } from "@/test/db";
import { getOverviewCounts } from "./get-overview-counts";
import { listBrandCoverage } from "./list-brand-coverage";

const db = testDb();
const A = "ov-test-alpha";
const B = "ov-test-beta";
const YEAR = 2031; // a year no other test writes revenue for

beforeAll(async () => {
  await db.insert(brands).values([
    { id: A, name: "Overview Alpha", kind: "regional_daily", domain: "alpha.ov.test" },
    { id: B, name: "Overview Beta", kind: "sports", domain: "beta.ov.test" },
  ]);
  await db.insert(sections).values([
    { brandId: A, slug: "politique", name: "Politique" },
    { brandId: A, slug: "sport", name: "Sport" },
    { brandId: B, slug: "rugby", name: "Rugby" },
  ]);
  const inserted = await db
    .insert(articles)
    .values(
      [A, A, A, B].map((brandId, i) => ({
        brandId,
        externalId: `ov-${i}`,
        url: `https://ov.test/${brandId}/${i}`,
        title: `Article ${i}`,
        contentHash: `hash-${i}`,
        publishedAt: new Date("2031-03-01T08:00:00Z"),
      })),
    )
    .returning({ id: articles.id, brandId: articles.brandId });
  const label = (articleId: number) => ({
    articleId,
    classifierVersion: "test",
    lang: "fr",
    iab: [],
    iabIds: [],
    tonality: "neutral",
    tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 },
    risk: "none",
    garm: [],
    keywords: [],
    explain: [],
  });
  await db.insert(articleLabels).values([label(inserted[0].id), label(inserted[1].id), label(inserted[3].id)]);
  await db.insert(events).values(
    [A, A, A, A, A, B, B].map((brandId) => ({ eventId: randomUUID(), type: "pageview", brandId, occurredAt: new Date() })),
  );
  const [advertiser] = await db.insert(advertisers).values({ name: "Overview Motors", sector: "Automotive" }).returning();
  const campaign = (name: string, brandIds: string[], embedsData: boolean) => ({
    advertiserId: advertiser.id,
    name,
    brandIds,
    startsOn: "2031-02-01",
    endsOn: "2031-04-30",
    bookedRevenueEur: "10000.00",
    cpmEur: "12.00",
    embedsData,
  });
  const [c1, c2] = await db
    .insert(campaigns)
    .values([campaign("ov alpha only", [A], false), campaign("ov both", [A, B], true), campaign("ov beta", [B], false)])
    .returning({ id: campaigns.id });
  await db.insert(revenueLines).values([
    { campaignId: c1.id, brandId: A, month: "2031-02-01", revenueEur: "1000.50" },
    { campaignId: c2.id, brandId: A, month: "2031-03-01", revenueEur: "2000.00" },
    { campaignId: c2.id, brandId: B, month: "2031-03-01", revenueEur: "500.00" },
    { campaignId: c2.id, brandId: A, month: "2030-12-01", revenueEur: "9999.00" }, // previous year: excluded
  ]);
  await db.insert(segments).values([
    { name: "ov rugby fans", brandId: A, definition: {}, status: "active" },
    { name: "ov beta draft", brandId: B, definition: {}, status: "draft" },
  ]);
});
afterAll(() => db.$client.end());

describe("getOverviewCounts", () => {
  it("counts one brand's content, events, campaigns and revenue exactly", async () => {
    const counts = await getOverviewCounts(db, { brandId: A, year: YEAR });
    expect(counts).toMatchObject({
      sections: 2,
      articles: 3,
      labelledArticles: 2,
      events: 5,
      campaigns: 2,
      campaignsWithData: 1,
      revenueEur: 3000.5,
      dataRevenueEur: 2000,
    });
    expect(counts.segments).toBeGreaterThanOrEqual(1); // + group-wide segments other tests may own
    expect(counts.activeSegments).toBeGreaterThanOrEqual(1);

    const beta = await getOverviewCounts(db, { brandId: B, year: YEAR });
    expect(beta).toMatchObject({ sections: 1, articles: 1, labelledArticles: 1, events: 2, campaigns: 2, campaignsWithData: 1, revenueEur: 500 });
  });

  it("adds every brand up when unscoped", async () => {
    const all = await getOverviewCounts(db, { brandId: null, year: YEAR });
    expect(all.brands).toBeGreaterThanOrEqual(2);
    expect(all.articles).toBeGreaterThanOrEqual(4);
    expect(all.events).toBeGreaterThanOrEqual(7);
    expect(all.campaigns).toBeGreaterThanOrEqual(3);
    expect(all.revenueEur).toBeGreaterThanOrEqual(3500.5);
    expect(all.advertisers).toBeGreaterThanOrEqual(1);
  });
});

describe("listBrandCoverage", () => {
  it("lists articles and labelled articles per brand", async () => {
    expect(await listBrandCoverage(db, { brandId: A })).toEqual([
      { id: A, name: "Overview Alpha", kind: "regional_daily", articles: 3, labelledArticles: 2 },
    ]);
    const all = await listBrandCoverage(db, { brandId: null });
    expect(all.find((b) => b.id === B)).toEqual({ id: B, name: "Overview Beta", kind: "sports", articles: 1, labelledArticles: 1 });
  });
});
