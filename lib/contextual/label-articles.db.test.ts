import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, brands } from "@/db/schema";
import { inArray } from "drizzle-orm";
import { testDb } from "@/test/db";
import { classifierVersion } from "./index";
import { labelArticles } from "./label-articles";

const db = testDb();
afterAll(() => db.$client.end());

const BRAND = "label-articles-test";
const FIXTURES = [
  { key: "rugby", lang: "fr", title: "Rugby : le club amateur fête sa montée", lead: "Les bénévoles et les joueurs ont célébré la victoire en troisième mi-temps." },
  { key: "crime", lang: "fr", title: "Un homme tué par balle à Marseille", lead: "Une enquête pour meurtre a été ouverte par le parquet après la fusillade." },
  { key: "food", lang: "fr", title: "Recette : la tarte au citron meringuée", lead: "Une explosion de saveurs pour ce dessert de saison, une vraie bombe de fraîcheur." },
  { key: "tech", lang: "en", title: "Review: a new smartphone with a record battery", lead: "The phone has a 6.5-inch screen and costs 799 euros." },
];
let ids: number[] = [];

beforeAll(async () => {
  await db.insert(brands).values({ id: BRAND, name: "Label test", kind: "national_daily", domain: "label.test" }).onConflictDoNothing();
  const inserted = await db
    .insert(articles)
    .values(
      FIXTURES.map((f) => ({
        brandId: BRAND, externalId: f.key, url: `https://label.test/${f.key}`, lang: f.lang, title: f.title, lead: f.lead,
        contentHash: f.key, source: "seed", publishedAt: new Date(Date.UTC(2025, 0, 10)),
      })),
    )
    .returning({ id: articles.id });
  ids = inserted.map((r) => r.id);
});

async function labelsOf(articleIds: number[]) {
  return db.select().from(articleLabels).where(inArray(articleLabels.articleId, articleIds));
}

describe("labelArticles", () => {
  it("writes one label row per article with the classifier's output and the parents of tier-2 ids", async () => {
    const progress: [number, number][] = [];
    const result = await labelArticles(db, { articleIds: ids.slice(0, 3), batchSize: 2, onProgress: (d, t) => progress.push([d, t]) });
    expect(result).toEqual({ labelled: 3, total: 3, classifierVersion: classifierVersion() });
    expect(progress.at(-1)).toEqual([3, 3]);
    const rows = await labelsOf(ids);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.classifierVersion).toBe(classifierVersion());
      expect(["optimistic", "neutral", "pessimistic", "anxious"]).toContain(row.tonality);
      expect(Object.keys(row.tonalityScores).sort()).toEqual(["anxious", "neutral", "optimistic", "pessimistic"]);
      for (const label of row.iab) expect(row.iabIds).toContain(label.id);
    }
    const crime = rows.find((r) => r.articleId === ids[1])!;
    expect(crime.risk).not.toBe("none");
  });

  it("keeps editorial overrides when an article is relabelled", async () => {
    await db.$client.query(
      "update article_labels set override_tonality = 'neutral', override_risk = 'low', override_by = 'editor', override_reason = 'fiction', override_at = now(), labelled_at = now() - interval '1 day' where article_id = $1",
      [ids[1]],
    );
    const result = await labelArticles(db, { articleIds: [ids[1]] });
    expect(result.labelled).toBe(1);
    const [row] = await labelsOf([ids[1]]);
    expect(row.overrideTonality).toBe("neutral");
    expect(row.overrideRisk).toBe("low");
    expect(row.overrideBy).toBe("editor");
    expect(row.overrideReason).toBe("fiction");
    expect(Date.now() - row.labelledAt.getTime()).toBeLessThan(60_000);
  });

  it("labels only unlabelled articles with onlyMissing", async () => {
    const before = await labelsOf(ids.slice(0, 3));
    const result = await labelArticles(db, { articleIds: ids, onlyMissing: true });
    expect(result).toMatchObject({ labelled: 1, total: 1 });
    const after = await labelsOf(ids);
    expect(after).toHaveLength(4);
    for (const row of before) {
      expect(after.find((r) => r.articleId === row.articleId)!.labelledAt).toEqual(row.labelledAt);
    }
    const english = after.find((r) => r.articleId === ids[3])!;
    expect(english.lang).toBe("en");
  });

  it("relabels only articles labelled by another classifier version with onlyOutdated, keeping overrides", async () => {
    await db.$client.query("update article_labels set classifier_version = 'ctx-0.older' where article_id = $1", [ids[1]]);
    const before = await labelsOf(ids);
    const result = await labelArticles(db, { articleIds: ids, onlyOutdated: true });
    expect(result).toMatchObject({ labelled: 1, total: 1 });
    const after = await labelsOf(ids);
    expect(after.every((r) => r.classifierVersion === classifierVersion())).toBe(true);
    for (const row of before.filter((r) => r.articleId !== ids[1])) {
      expect(after.find((r) => r.articleId === row.articleId)!.labelledAt).toEqual(row.labelledAt);
    }
    expect(after.find((r) => r.articleId === ids[1])!.overrideRisk).toBe("low");
    expect(await labelArticles(db, { articleIds: ids, onlyOutdated: true })).toMatchObject({ labelled: 0, total: 0 });
  });

  it("does nothing for an empty id list", async () => {
    expect(await labelArticles(db, { articleIds: [] })).toMatchObject({ labelled: 0, total: 0 });
  });
});
