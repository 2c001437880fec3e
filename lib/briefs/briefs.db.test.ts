import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advertisers, articleLabels, articles, auditLog, brands, events, users } from "@/db/schema";
import { testDb } from "@/test/db";
import { CreateBrief } from "./brief-schemas";
import { createBrief } from "./create-brief";
import { getBrief } from "./get-brief";
import { listBriefs } from "./list-briefs";
import { measureSuitableInventory } from "./measure-suitable-inventory";
import { updateBriefSuitability } from "./update-brief-suitability";
import { addBriefKeywords, removeBriefKeyword } from "./update-brief-keywords";

const db = testDb();
afterAll(() => db.$client.end());

const ACTOR = `briefs-test-${randomUUID()}`;
const BRAND = "briefs-test-brand";
let advertiserId: number;

beforeAll(async () => {
  await db.insert(users).values({ id: ACTOR, name: "Brief Tester", email: `${ACTOR}@example.test`, role: "data_staff" });
  [{ id: advertiserId }] = await db.insert(advertisers).values({ name: "Briefs Test Motors", sector: "Automotive" }).returning({ id: advertisers.id });
});

const auditOf = (briefId: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, "brief"), eq(auditLog.entityId, String(briefId)))).orderBy(auditLog.id);

describe("briefs", () => {
  it("creates, lists and reads a brief, with an audit line", async () => {
    const input = CreateBrief.parse({ advertiserId: String(advertiserId), title: "  Lancement berline  ", startsOn: "2025-04-01", endsOn: "2025-05-31", budgetEur: "45000" });
    const { id } = await createBrief(db, { ...input, actorId: ACTOR });
    const brief = await getBrief(db, { briefId: id });
    expect(brief).toMatchObject({ title: "Lancement berline", advertiserName: "Briefs Test Motors", status: "draft", startsOn: "2025-04-01", endsOn: "2025-05-31", budgetEur: "45000.00", keywords: [], suitability: null });
    const listed = await listBriefs(db, { advertiserId });
    expect(listed.map((b) => b.id)).toContain(id);
    expect((await auditOf(id)).map((a) => [a.action, a.actorId])).toEqual([["brief.create", ACTOR]]);
  });

  it("refuses an end before the start and an unknown advertiser, with field paths", async () => {
    const bad = CreateBrief.safeParse({ advertiserId, title: "x", startsOn: "2025-05-01", endsOn: "2025-04-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["endsOn"]);
    await expect(createBrief(db, { ...CreateBrief.parse({ advertiserId: 987654, title: "x" }), actorId: ACTOR })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { advertiserId: ["unknown_advertiser"] },
    });
  });

  it("stores the suitability profile canonically and audits before/after", async () => {
    const { id } = await createBrief(db, { ...CreateBrief.parse({ advertiserId, title: "Suitability" }), actorId: ACTOR });
    const profile = { allowedTonalities: ["optimistic", "neutral"] as const, maxRisk: "low" as const, excludedGarm: ["terrorism", "arms_ammunition", "terrorism"] };
    await updateBriefSuitability(db, { briefId: id, suitability: { ...profile, allowedTonalities: [...profile.allowedTonalities] }, actorId: ACTOR });
    const stored = { allowedTonalities: ["neutral", "optimistic"], maxRisk: "low", excludedGarm: ["arms_ammunition", "terrorism"] };
    expect((await getBrief(db, { briefId: id })).suitability).toEqual(stored);
    const audit = await auditOf(id);
    expect(audit.at(-1)).toMatchObject({ action: "brief.suitability_update", details: { before: null, after: stored } });
    await expect(updateBriefSuitability(db, { briefId: id, suitability: { ...stored, maxRisk: "low", allowedTonalities: ["neutral"], excludedGarm: ["made_up"] }, actorId: ACTOR })).rejects.toMatchObject({ code: "invalid" });
    await expect(updateBriefSuitability(db, { briefId: 99999999, suitability: { allowedTonalities: ["neutral"], maxRisk: "low", excludedGarm: [] }, actorId: ACTOR })).rejects.toMatchObject({ code: "not_found" });
  });

  it("adds keywords once each and removes them, auditing only real changes", async () => {
    const { id } = await createBrief(db, { ...CreateBrief.parse({ advertiserId, title: "Keywords" }), actorId: ACTOR });
    expect(await addBriefKeywords(db, { briefId: id, keywords: ["rugby", "solidarité"], actorId: ACTOR })).toEqual(["rugby", "solidarité"]);
    expect(await addBriefKeywords(db, { briefId: id, keywords: ["solidarité", "troisième mi-temps"], actorId: ACTOR })).toEqual(["rugby", "solidarité", "troisième mi-temps"]);
    expect(await addBriefKeywords(db, { briefId: id, keywords: ["rugby"], actorId: ACTOR })).toEqual(["rugby", "solidarité", "troisième mi-temps"]);
    expect(await removeBriefKeyword(db, { briefId: id, keyword: "rugby", actorId: ACTOR })).toEqual(["solidarité", "troisième mi-temps"]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["brief.create", "brief.keywords_add", "brief.keywords_add", "brief.keywords_remove"]);
  });
});

describe("measureSuitableInventory", () => {
  it("counts articles and pageviews a profile keeps, exactly", async () => {
    const from = new Date("2025-01-01T00:00:00Z");
    const to = new Date("2025-02-01T00:00:00Z");
    await db.insert(brands).values({ id: BRAND, name: "Briefs test", kind: "lifestyle", domain: "briefs.test" });
    const fixtures = [
      { key: "ok", risk: "none", tonality: "optimistic", garm: [] as string[], views: 10, published: new Date("2025-01-05T00:00:00Z") },
      { key: "medium", risk: "medium", tonality: "neutral", garm: [], views: 5, published: new Date("2025-01-06T00:00:00Z") },
      { key: "anxious", risk: "low", tonality: "anxious", garm: [], views: 3, published: new Date("2025-01-07T00:00:00Z") },
      { key: "alcohol", risk: "low", tonality: "neutral", garm: ["illegal_drugs_tobacco_vaping_alcohol"], views: 2, published: new Date("2025-01-08T00:00:00Z") },
      { key: "old-ok", risk: "none", tonality: "neutral", garm: [], views: 7, published: new Date("2024-05-01T00:00:00Z") },
      { key: "unlabelled", risk: null, tonality: null, garm: [], views: 4, published: new Date("2025-01-09T00:00:00Z") },
    ];
    for (const f of fixtures) {
      const [row] = await db
        .insert(articles)
        .values({ brandId: BRAND, externalId: f.key, url: `https://briefs.test/${f.key}`, title: f.key, contentHash: f.key, publishedAt: f.published })
        .returning({ id: articles.id });
      if (f.risk && f.tonality) {
        await db.insert(articleLabels).values({
          articleId: row.id, classifierVersion: "test", lang: "fr", iab: [], iabIds: [], tonality: f.tonality, risk: f.risk, garm: f.garm,
          tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, keywords: [], explain: [],
        });
      }
      await db.insert(events).values(
        Array.from({ length: f.views }, () => ({ eventId: randomUUID(), type: "pageview", articleId: row.id, brandId: BRAND, occurredAt: new Date("2025-01-20T00:00:00Z") })),
      );
    }
    const inventory = await measureSuitableInventory(db, {
      profile: { allowedTonalities: ["optimistic", "neutral"], maxRisk: "low", excludedGarm: ["illegal_drugs_tobacco_vaping_alcohol"] },
      brandId: BRAND,
      from,
      to,
    });
    // Published in January: ok, medium, anxious, alcohol, unlabelled (old-ok only has pageviews).
    // Suitable: ok (10 views) and old-ok (7 views, pageviews only).
    expect(inventory).toEqual({ articles: 5, labelledArticles: 4, suitableArticles: 1, pageviews: 31, suitablePageviews: 17 });
  });
});
