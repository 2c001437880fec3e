import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, brands, sections } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { testDb } from "@/test/db";
import type { ArticleInput } from "./article-input";
import { upsertArticles } from "./upsert-articles";

const db = testDb();
const run = Date.now().toString(36);
const BRAND = `t-upsert-${run}`;
const OTHER = `t-upsert-other-${run}`;

function article(n: number, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    externalId: `ext-${n}`,
    url: `https://upsert-${run}.example/a/${n}`,
    title: `Le club de rugby remporte le derby ${n}`,
    lead: "Une victoire collective saluée par les supporters.",
    body: "",
    publishedAt: "2026-11-20T08:00:00+01:00",
    ...extra,
  };
}

async function labelRow(articleId: number) {
  await db.insert(articleLabels).values({
    articleId,
    classifierVersion: "test",
    lang: "fr",
    iab: [],
    iabIds: [],
    tonality: "optimistic",
    tonalityScores: { optimistic: 0.7, neutral: 0.2, pessimistic: 0.05, anxious: 0.05 },
    risk: "none",
    garm: [],
    keywords: [],
    explain: [],
  });
}

beforeAll(async () => {
  await db.insert(brands).values([
    { id: BRAND, name: "Upsert test", kind: "sports", domain: "upsert.example" },
    { id: OTHER, name: "Upsert other", kind: "sports", domain: "other.example" },
  ]);
  await db.insert(sections).values([
    { brandId: BRAND, slug: "rugby", name: "Rugby" },
    { brandId: BRAND, slug: "football", name: "Football" },
  ]);
});
afterAll(() => db.$client.end());

describe("upsertArticles", () => {
  it("creates, then keeps an identical re-push unchanged and idempotent", async () => {
    const [created] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(1, { section: "rugby" })] });
    expect(created).toMatchObject({ status: "created", needsLabels: true, externalId: "ext-1" });
    const [row] = await db.select().from(articles).where(eq(articles.id, created.id));
    expect(row).toMatchObject({ brandId: BRAND, source: "cms", lang: "fr" });
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Not labelled yet: an identical re-push still asks for labels.
    const [again] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(1, { section: "rugby" })] });
    expect(again).toMatchObject({ id: created.id, status: "unchanged", needsLabels: true });

    await labelRow(created.id);
    const [labelled] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(1, { section: "rugby" })] });
    expect(labelled).toMatchObject({ id: created.id, status: "unchanged", needsLabels: false });
    const [after] = await db.select().from(articles).where(eq(articles.id, created.id));
    expect(after.updatedAt.getTime()).toBe(row.updatedAt.getTime());
    expect(await db.$count(articles, eq(articles.externalId, "ext-1"))).toBe(1);
  });

  it("asks for relabelling when the text changes, not when only metadata does", async () => {
    const [first] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(2, { section: "rugby" })] });
    await labelRow(first.id);
    const [moved] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(2, { section: "football" })] });
    expect(moved).toMatchObject({ id: first.id, status: "updated", needsLabels: false });
    const [edited] = await upsertArticles(db, {
      brandId: BRAND,
      source: "cms",
      articles: [article(2, { section: "football", title: "Le derby annulé après des violences" })],
    });
    expect(edited).toMatchObject({ id: first.id, status: "updated", needsLabels: true });
    const [row] = await db.select().from(articles).where(eq(articles.id, first.id));
    expect(row.title).toBe("Le derby annulé après des violences");
  });

  it("matches by URL when the external id is new, and re-keys the article", async () => {
    const [first] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(3)] });
    const [rekeyed] = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(3, { externalId: "cms2-3" })] });
    expect(rekeyed).toMatchObject({ id: first.id, status: "updated" });
    const [row] = await db.select().from(articles).where(eq(articles.id, first.id));
    expect(row.externalId).toBe("cms2-3");
  });

  it("rejects a URL owned by another brand, all or nothing", async () => {
    const shared = `https://upsert-${run}.example/shared`;
    await upsertArticles(db, { brandId: OTHER, source: "cms", articles: [article(4, { url: shared })] });
    const attempt = upsertArticles(db, {
      brandId: BRAND,
      source: "cms",
      articles: [article(5), article(6, { url: shared })],
    });
    await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { "articles.1.url": [expect.any(String)] } });
    // The valid first item was not written either.
    expect(await db.$count(articles, eq(articles.url, article(5).url))).toBe(0);
  });

  it("rejects a URL used by another article of the same brand", async () => {
    await upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(7), article(8)] });
    const attempt = upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(7, { url: article(8).url })] });
    await expect(attempt).rejects.toMatchObject({ code: "conflict", fieldErrors: { "articles.0.url": [expect.stringContaining("ext-8")] } });
  });

  it("rejects unknown sections and duplicates with field paths", async () => {
    const unknown = upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(9, { section: "cricket" })] });
    await expect(unknown).rejects.toMatchObject({ code: "invalid", fieldErrors: { "articles.0.section": [expect.any(String)] } });
    const dup = upsertArticles(db, { brandId: BRAND, source: "cms", articles: [article(10), article(10)] });
    await expect(dup).rejects.toBeInstanceOf(DomainError);
    await expect(dup).rejects.toMatchObject({ fieldErrors: { "articles.1.externalId": [expect.any(String)] } });
  });

  it("ignores unknown sections for feeds and detects the language", async () => {
    const [r] = await upsertArticles(db, {
      brandId: BRAND,
      source: "rss",
      unknownSection: "ignore",
      articles: [article(11, { section: "cricket", title: "The club wins the derby after a thrilling second half", lead: "Supporters celebrated late into the night." })],
    });
    const [row] = await db.select().from(articles).where(eq(articles.id, r.id));
    expect(row).toMatchObject({ sectionId: null, source: "rss", lang: "en" });
  });
});
