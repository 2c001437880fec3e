import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, auditLog, brands, sections, users } from "@/db/schema";
import type { RiskTier, Tonality } from "@/lib/contextual/types";
import { testDb } from "@/test/db";
import { getArticleWithLabels } from "./get-article";
import { getInventoryShares, getInventorySharesByBrand, listWeeks } from "./inventory-shares";
import { listArticles } from "./list-articles";
import { clearArticleOverride, overrideArticleLabel } from "./override-label";

const db = testDb();
const run = Date.now().toString(36);
const A = `t-content-a-${run}`;
const B = `t-content-b-${run}`;
const EDITOR = `t-editor-${run}`;
const NOW = new Date("2026-11-25T12:00:00Z"); // a Wednesday
let sectionA: number;
const ids: Record<string, number> = {};

async function addArticle(key: string, brandId: string, publishedAt: string, label?: { t: Tonality; r: RiskTier; iab?: string[] }, receivedAt?: string) {
  const [row] = await db
    .insert(articles)
    .values({
      brandId,
      sectionId: brandId === A ? sectionA : null,
      externalId: key,
      url: `https://content-${run}.example/${key}`,
      title: `Article ${key}`,
      lead: "Le lead de l'article.",
      contentHash: key,
      publishedAt: new Date(publishedAt),
      receivedAt: new Date(receivedAt ?? publishedAt),
    })
    .returning({ id: articles.id });
  ids[key] = row.id;
  if (label) {
    await db.insert(articleLabels).values({
      articleId: row.id,
      classifierVersion: "test",
      lang: "fr",
      iab: (label.iab ?? []).map((id) => ({ id, name: `IAB ${id}`, tier1: "Sports", score: 0.9 })),
      iabIds: label.iab ?? [],
      tonality: label.t,
      tonalityScores: { optimistic: 0.25, neutral: 0.25, pessimistic: 0.25, anxious: 0.25 },
      risk: label.r,
      garm: [],
      keywords: [],
      explain: [{ label: "tonality", value: label.t, span: "lead", weight: 0.5 }],
    });
  }
}

beforeAll(async () => {
  await db.insert(brands).values([
    { id: A, name: "Content A", kind: "sports", domain: "a.example" },
    { id: B, name: "Content B", kind: "business", domain: "b.example" },
  ]);
  [{ id: sectionA }] = await db.insert(sections).values({ brandId: A, slug: "rugby", name: "Rugby" }).returning({ id: sections.id });
  await db.insert(users).values({ id: EDITOR, name: "Edith Editor", email: `edith-${run}@example.test`, role: "data_staff" });
  // Week of Mon 23 Nov (Paris): three for A, one of them published Monday 00:30 Paris time.
  await addArticle("a1", A, "2026-11-22T23:30:00Z", { t: "optimistic", r: "none", iab: ["483", "1"] });
  await addArticle("a2", A, "2026-11-24T08:00:00Z", { t: "anxious", r: "high" });
  await addArticle("a3", A, "2026-11-25T08:00:00Z", { t: "neutral", r: "none" });
  // Week of 16 Nov: one; week of 9 Nov: none; 2 Nov: outside a 3-week window.
  await addArticle("a4", A, "2026-11-18T08:00:00Z", { t: "pessimistic", r: "medium" });
  await addArticle("a5", A, "2026-11-03T08:00:00Z", { t: "anxious", r: "floor" });
  await addArticle("a6", A, "2026-11-25T09:00:00Z"); // not labelled yet
  await addArticle("b1", B, "2026-11-24T10:00:00Z", { t: "pessimistic", r: "low" });
});
afterAll(() => db.$client.end());

describe("listArticles", () => {
  it("lists a brand's arrivals newest first, with effective labels and latency", async () => {
    const page = await listArticles(db, { brandId: A, limit: 10 });
    expect(page.items.map((i) => i.title)).toEqual(["Article a6", "Article a3", "Article a2", "Article a1", "Article a4", "Article a5"]);
    expect(page.items[0].label).toBeNull();
    expect(page.items[3].label).toMatchObject({ tonality: "optimistic", risk: "none", isOverridden: false, iab: [{ id: "483" }, { id: "1" }] });
    expect(page.items[3].sectionName).toBe("Rugby");
    expect(page.nextCursor).toBeNull();
  });

  it("filters by tonality, risk, IAB category, status and title", async () => {
    const titles = async (p: Parameters<typeof listArticles>[1]) => (await listArticles(db, p)).items.map((i) => i.title);
    expect(await titles({ brandId: A, tonality: "anxious" })).toEqual(["Article a2", "Article a5"]);
    expect(await titles({ brandId: A, risk: "none" })).toEqual(["Article a3", "Article a1"]);
    expect(await titles({ brandId: A, iab: "483" })).toEqual(["Article a1"]);
    expect(await titles({ brandId: A, status: "pending" })).toEqual(["Article a6"]);
    expect(await titles({ brandId: A, sectionId: sectionA, q: "a4" })).toEqual(["Article a4"]);
    expect(await titles({ brandId: B })).toEqual(["Article b1"]);
  });

  it("pages with a keyset cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listArticles(db, { brandId: A, limit: 4, cursor });
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["Article a6", "Article a3", "Article a2", "Article a1", "Article a4", "Article a5"]);
    await expect(listArticles(db, { brandId: A, cursor: "garbage" })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("overrideArticleLabel", () => {
  it("overrides, records before/after in the audit log, and undoes", async () => {
    await overrideArticleLabel(db, { articleId: ids.a2, tonality: "neutral", risk: "none", reason: "Fait divers sans violence", actorId: EDITOR });
    const detail = await getArticleWithLabels(db, { id: ids.a2, brandId: A });
    expect(detail.label).toMatchObject({ tonality: "anxious", risk: "high" });
    expect(detail.label?.override).toMatchObject({ tonality: "neutral", risk: "none", byName: "Edith Editor", reason: "Fait divers sans violence" });
    expect(detail.audit[0]).toMatchObject({
      action: "article.label_override",
      actorName: "Edith Editor",
      details: {
        before: { tonality: null, risk: null, reason: null },
        after: { tonality: "neutral", risk: "none", reason: "Fait divers sans violence" },
        classified: { tonality: "anxious", risk: "high" },
      },
    });
    const listed = await listArticles(db, { brandId: A, status: "overridden" });
    expect(listed.items.map((i) => [i.title, i.label?.tonality, i.label?.isOverridden])).toEqual([["Article a2", "neutral", true]]);

    await clearArticleOverride(db, { articleId: ids.a2, actorId: EDITOR });
    const undone = await getArticleWithLabels(db, { id: ids.a2 });
    expect(undone.label?.override).toBeNull();
    expect(undone.audit.map((a) => a.action)).toEqual(["article.label_override_clear", "article.label_override"]);
    // Clearing again changes nothing and logs nothing.
    await clearArticleOverride(db, { articleId: ids.a2, actorId: EDITOR });
    expect(await db.$count(auditLog, and(eq(auditLog.entityType, "article"), eq(auditLog.entityId, String(ids.a2))))).toBe(2);
  });

  it("refuses unlabelled articles and other brands' articles", async () => {
    await expect(overrideArticleLabel(db, { articleId: ids.a6, tonality: "neutral", reason: "test reason", actorId: EDITOR })).rejects.toMatchObject({ code: "conflict" });
    await expect(overrideArticleLabel(db, { articleId: ids.b1, tonality: "neutral", reason: "test reason", actorId: EDITOR, brandId: A })).rejects.toMatchObject({ code: "not_found" });
    await expect(getArticleWithLabels(db, { id: ids.b1, brandId: A })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getInventoryShares", () => {
  it("computes weekly shares in Paris weeks, overrides included", async () => {
    await overrideArticleLabel(db, { articleId: ids.a2, tonality: "neutral", risk: "low", reason: "relu par la rédaction", actorId: EDITOR });
    const shares = await getInventoryShares(db, { brandId: A, weeks: 3, now: NOW });
    expect(shares.weeks).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    // Week of 23 Nov: a1 optimistic/none, a2 neutral/low (override), a3 neutral/none.
    expect(shares.tonality[2]).toEqual({ week: "2026-11-23", total: 3, optimistic: 0.3333, neutral: 0.6667, pessimistic: 0, anxious: 0 });
    expect(shares.risk[2]).toEqual({ week: "2026-11-23", total: 3, none: 0.6667, low: 0.3333, medium: 0, high: 0, floor: 0 });
    expect(shares.tonality[1]).toMatchObject({ total: 1, pessimistic: 1 });
    expect(shares.tonality[0]).toMatchObject({ total: 0, optimistic: 0, anxious: 0 });
    await clearArticleOverride(db, { articleId: ids.a2, actorId: EDITOR });
  });

  it("compares brands over the window", async () => {
    const byBrand = (await getInventorySharesByBrand(db, { weeks: 2, now: NOW })).filter((b) => [A, B].includes(b.brandId));
    expect(byBrand.map((b) => [b.brandId, b.total])).toEqual([
      [A, 4],
      [B, 1],
    ]);
    expect(byBrand[0].tonality).toEqual({ optimistic: 0.25, neutral: 0.25, pessimistic: 0.25, anxious: 0.25 });
    expect(byBrand[1].risk).toMatchObject({ low: 1 });
  });

  it("lists Monday week starts", () => {
    expect(listWeeks(new Date("2026-11-23T00:30:00+01:00"), 2)).toEqual(["2026-11-16", "2026-11-23"]);
    expect(listWeeks(new Date("2026-11-22T23:59:00+01:00"), 1)).toEqual(["2026-11-16"]);
  });
});
