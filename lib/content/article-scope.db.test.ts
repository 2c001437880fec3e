import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, auditLog, brands, users } from "@/db/schema";
import { brandIdOf, resolveBrandScope } from "@/lib/actions/scope";
import { testDb } from "@/test/db";
import { getArticleWithLabels } from "./get-article";
import { clearArticleOverride, overrideArticleLabel } from "./override-label";

/*
 * The article detail page and its override/undo actions resolve the console's brand scope
 * (cookie a3d_brand → resolveBrandScope → brandIdOf) and pass it down: an article of another
 * brand must read as not found (the page answers 404) and must not be overridden or cleared.
 */
const db = testDb();
const run = Date.now().toString(36);
const MINE = `t-scope-mine-${run}`;
const THEIRS = `t-scope-theirs-${run}`;
const EDITOR = `t-scope-editor-${run}`;
let mine: number;
let theirs: number;

async function addLabelledArticle(brandId: string, key: string) {
  const [row] = await db
    .insert(articles)
    .values({ brandId, externalId: key, url: `https://scope-${run}.example/${key}`, title: `Article ${key}`, contentHash: key, publishedAt: new Date("2026-11-20T08:00:00Z") })
    .returning({ id: articles.id });
  await db.insert(articleLabels).values({
    articleId: row.id, classifierVersion: "test", lang: "fr", iab: [], iabIds: [], tonality: "anxious",
    tonalityScores: { optimistic: 0, neutral: 0, pessimistic: 0, anxious: 1 }, risk: "high", garm: [], keywords: [], explain: [],
  });
  return row.id;
}

const auditOf = (id: number) => db.select().from(auditLog).where(and(eq(auditLog.entityType, "article"), eq(auditLog.entityId, String(id))));
const labelOf = async (id: number) => (await db.select().from(articleLabels).where(eq(articleLabels.articleId, id)))[0];

beforeAll(async () => {
  await db.insert(brands).values([
    { id: MINE, name: "Scope mine", kind: "regional_daily", domain: "mine.example" },
    { id: THEIRS, name: "Scope theirs", kind: "regional_daily", domain: "theirs.example" },
  ]);
  await db.insert(users).values({ id: EDITOR, name: "Scope Editor", email: `scope-${run}@example.test`, role: "data_staff" });
  mine = await addLabelledArticle(MINE, "mine");
  theirs = await addLabelledArticle(THEIRS, "theirs");
  // Their article already carries an override, so an undo would have something to remove.
  await overrideArticleLabel(db, { articleId: theirs, tonality: "neutral", reason: "their own editor", actorId: EDITOR, brandId: THEIRS });
});
afterAll(() => db.$client.end());

describe("brand scope of the article detail and its override", () => {
  it("reads an article in scope, and another brand's as not found", async () => {
    const scope = brandIdOf(await resolveBrandScope(db, MINE));
    expect(scope).toBe(MINE);
    expect((await getArticleWithLabels(db, { id: mine, brandId: scope })).brandId).toBe(MINE);
    await expect(getArticleWithLabels(db, { id: theirs, brandId: scope })).rejects.toMatchObject({ code: "not_found" });
    // "All brands" (or a forged, unknown brand id, which falls back to all) sees both.
    const all = brandIdOf(await resolveBrandScope(db, "no-such-brand"));
    expect((await getArticleWithLabels(db, { id: theirs, brandId: all })).brandId).toBe(THEIRS);
  });

  it("refuses to override another brand's article: nothing written, nothing audited", async () => {
    const before = await labelOf(theirs);
    const audited = (await auditOf(theirs)).length;
    await expect(overrideArticleLabel(db, { articleId: theirs, risk: "none", reason: "not my brand", actorId: EDITOR, brandId: MINE })).rejects.toMatchObject({ code: "not_found" });
    expect(await labelOf(theirs)).toEqual(before);
    expect(await auditOf(theirs)).toHaveLength(audited);
  });

  it("refuses to undo another brand's override", async () => {
    await expect(clearArticleOverride(db, { articleId: theirs, actorId: EDITOR, brandId: MINE })).rejects.toMatchObject({ code: "not_found" });
    expect(await labelOf(theirs)).toMatchObject({ overrideTonality: "neutral", overrideReason: "their own editor" });
  });

  it("still overrides and undoes in scope", async () => {
    await overrideArticleLabel(db, { articleId: mine, risk: "low", reason: "figurative use", actorId: EDITOR, brandId: MINE });
    expect(await labelOf(mine)).toMatchObject({ overrideRisk: "low" });
    await clearArticleOverride(db, { articleId: mine, actorId: EDITOR, brandId: MINE });
    expect(await labelOf(mine)).toMatchObject({ overrideRisk: null, overrideTonality: null });
    expect((await auditOf(mine)).map((a) => a.action).sort()).toEqual(["article.label_override", "article.label_override_clear"]);
  });
});
