import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownTestDb } from "@/test/db";
import type { Db } from "@/db/client";
import { articleLabels, articles, brands, corpusTermArticles, corpusTerms, events, profiles, watermarks } from "@/db/schema";
import { matchedArticlesSql } from "../blocklist/match-articles-sql";
import { toBlocklistTerm } from "../blocklist/parse-blocklist";
import { buildTermAssociations, TERMS_WATERMARK, type BuildTermAssociationsResult } from "./build-term-associations";
import { suggestTerms, type SuggestTermsResult } from "./suggest-terms";

/*
 * corpus_term_articles, the build's record of which articles contain each corpus term: it
 * must hold exactly what a live keyword scan finds, and suggestTerms must answer the same
 * with it as without it (no build), including for articles added or changed after the build.
 * Global tables again (the build replaces them): a database of its own.
 */
const own = ownTestDb("a3d_test_term_articles");
let db: Db;
afterAll(() => own.drop());

const BRAND = "term-articles-brand";
const OTHER = "term-articles-other";
const NOW = new Date("2025-06-01T00:00:00Z");
const TOWNS = ["Agen", "Brive", "Castres", "Pau", "Bayonne", "Oyonnax", "Vannes", "Dax", "Albi", "Auch", "Tarbes", "Cahors"];
const RUGBY = { id: "527", name: "Rugby", tier1: "Sports" };
const SPORTS = { id: "483", name: "Sports", tier1: "Sports" };

type Doc = { key: string; brand: string; title: string; lead: string; body: string; iab: (typeof RUGBY)[] };
const docs: Doc[] = [
  ...TOWNS.map((town, i) => ({
    key: `rugby-${i}`,
    brand: i % 4 === 3 ? OTHER : BRAND,
    title: `Rugby : ${town} s'impose, la solidarité du pack`,
    lead: i % 3 ? "Une troisième mi-temps joyeuse au club-house." : "L'esprit d'équipe a fait la différence.",
    // Accentless and upper-case spellings: found by the keyword match, not among the article's own terms.
    body: i % 2 ? "La SOLIDARITE des bénévoles du club amateur." : "Les bénévoles du club amateur fêtent la montée.",
    iab: [RUGBY, SPORTS],
  })),
  ...TOWNS.slice(0, 8).map((town, i) => ({
    key: `foot-${i}`,
    brand: BRAND,
    title: `Football : ${town} concède le nul`,
    lead: "Le club amateur garde l'esprit d'équipe malgré la pluie.",
    body: "Les supporters chantent au stade.",
    iab: [SPORTS],
  })),
  ...Array.from({ length: 16 }, (_, i) => ({
    key: `filler-${i}`,
    brand: BRAND,
    title: ["Conseil municipal : budget voté", "Météo : pluie sur la côte", "Recette de la tarte aux pommes", "Bénévoles : la banque alimentaire recrute"][i % 4],
    lead: "Une semaine ordinaire dans la commune.",
    body: `Article numéro ${i} de la rubrique locale.`,
    iab: [],
  })),
];

const ids = new Map<string, number>();
let build: BuildTermAssociationsResult;

async function insertDoc(d: Doc) {
  const [row] = await db
    .insert(articles)
    .values({ brandId: d.brand, externalId: d.key, url: `https://term-articles.test/${d.key}`, title: d.title, lead: d.lead, body: d.body, contentHash: d.key, publishedAt: new Date(Date.UTC(2025, 0, 1 + ids.size)) })
    .returning({ id: articles.id });
  ids.set(d.key, row.id);
  await db.insert(articleLabels).values({
    articleId: row.id, classifierVersion: "test", lang: "fr", iab: d.iab.map((c) => ({ ...c, score: 1 })), iabIds: d.iab.map((c) => c.id),
    tonality: "neutral", tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, risk: "none", garm: [], keywords: [], explain: [],
  });
  return row.id;
}

let readerIds: number[] = [];
async function read(profile: number, article: string, at = new Date("2025-05-20T00:00:00Z")) {
  const [a] = await db.select({ brandId: articles.brandId }).from(articles).where(eq(articles.id, ids.get(article)!));
  await db.insert(events).values({ eventId: randomUUID(), type: "pageview", profileId: readerIds[profile], articleId: ids.get(article)!, brandId: a.brandId, occurredAt: at });
}

beforeAll(async () => {
  db = await own.open();
  await db.insert(brands).values([
    { id: BRAND, name: "Term articles", kind: "regional_daily", domain: "term-articles.test" },
    { id: OTHER, name: "Term articles other", kind: "regional_daily", domain: "other.term-articles.test" },
  ]);
  for (const d of docs) await insertDoc(d);
  const people = await db
    .insert(profiles)
    .values(Array.from({ length: 8 }, (_, i) => ({ externalId: `term-articles-p${i}`, kind: "anonymous", consentPurposes: [1, 3, 4] })))
    .returning({ id: profiles.id });
  readerIds = people.map((p) => p.id);
  for (const [p, a] of [[0, "rugby-0"], [1, "rugby-1"], [2, "rugby-3"], [3, "foot-0"], [4, "foot-1"], [5, "filler-3"], [1, "foot-2"]] as const) await read(p, a);
  build = await buildTermAssociations(db, { maxDocShare: 0.6, minDocFreq: 3 });
});

const withoutTiming = (s: SuggestTermsResult) => ({ ...s, elapsedMs: 0 });

/** The same request answered with the build's table and by scanning every article (no watermark). */
async function suggestBothWays(seeds: string[], brandId: string | null) {
  const indexed = await suggestTerms(db, { seeds, brandId, now: NOW, limit: 30 });
  const [mark] = await db.select().from(watermarks).where(eq(watermarks.name, TERMS_WATERMARK));
  await db.delete(watermarks).where(eq(watermarks.name, TERMS_WATERMARK));
  try {
    const scanned = await suggestTerms(db, { seeds, brandId, now: NOW, limit: 30 });
    return { indexed: withoutTiming(indexed), scanned: withoutTiming(scanned) };
  } finally {
    await db.insert(watermarks).values(mark);
  }
}

describe("corpus_term_articles", () => {
  it("holds, for every corpus term, exactly the articles a keyword scan finds", async () => {
    const vocabulary = (await db.select({ term: corpusTerms.term }).from(corpusTerms)).map((r) => r.term).sort();
    expect(vocabulary.length).toBeGreaterThan(20);
    const needles = vocabulary.map((t) => toBlocklistTerm(t)!);
    const { rows } = await db.execute<{ article_id: number; term_idx: number[] }>(matchedArticlesSql(needles, sql`a.title || ' ' || a.lead || ' ' || a.body`, sql`true`));
    const scanned = rows.flatMap((r) => r.term_idx.map((i) => `${vocabulary[i - 1]}|${r.article_id}`)).sort();
    const stored = (await db.select().from(corpusTermArticles)).map((r) => `${r.term}|${r.articleId}`).sort();
    expect(stored).toEqual(scanned);
    expect(build.termArticles).toBe(stored.length);
  });

  it("counts the article's own occurrences in tf, 0 when only the accent-insensitive match finds it", async () => {
    const rows = await db.select().from(corpusTermArticles).where(eq(corpusTermArticles.term, "solidarité"));
    const tf = new Map(rows.map((r) => [r.articleId, r.tf]));
    expect(tf.get(ids.get("rugby-0")!)).toBe(1);
    // "solidarité" in the title and "SOLIDARITE" in the body: one own occurrence.
    expect(tf.get(ids.get("rugby-1")!)).toBe(1);
    const [solidarite] = await db.select().from(corpusTerms).where(eq(corpusTerms.term, "solidarité"));
    expect(rows.filter((r) => r.tf > 0)).toHaveLength(solidarite.docFreq);
  });

  it("records the build's watermark in the same transaction", async () => {
    const [mark] = await db.select().from(watermarks).where(eq(watermarks.name, TERMS_WATERMARK));
    const [newest] = await db.select({ at: sql<Date>`max(updated_at)` }).from(articles);
    expect(new Date(mark.position).getTime()).toBeGreaterThanOrEqual(new Date(newest.at).getTime());
  });
});

describe("suggestTerms with the build's table", () => {
  it("answers exactly as the full scan, group-wide and for one brand, for corpus and other seeds", async () => {
    for (const [seeds, brandId] of [[["rugby"], null], [["Solidarite"], BRAND], [["club amateur", "pluie"], null], [["rugby*", "pack"], OTHER]] as const) {
      const { indexed, scanned } = await suggestBothWays([...seeds], brandId);
      expect(indexed).toEqual(scanned);
    }
    const { indexed } = await suggestBothWays(["rugby"], null);
    expect(indexed.seedArticles).toBe(TOWNS.length);
    // In every rugby article and the 8 football ones; read by p0, p1, p2 (rugby) and p3, p4 (football).
    expect(indexed.terms.find((t) => t.term === "club amateur")).toMatchObject({ coDocs: TOWNS.length, articles: TOWNS.length + 8, reach: 5, addedReach: 2 });
  });

  it("reads articles added or changed after the build live", async () => {
    const before = await suggestTerms(db, { seeds: ["rugby"], brandId: null, now: NOW, limit: 30 });
    await insertDoc({ key: "rugby-late", brand: BRAND, title: "Rugby : Agen renverse Pau", lead: "La solidarité du pack.", body: "Les bénévoles du club amateur fêtent la victoire.", iab: [RUGBY, SPORTS] });
    await read(6, "rugby-late");
    // A filler article (read by p5) rewritten after the build to speak of rugby.
    await db.update(articles).set({ title: "Rugby : les bénévoles en fête", lead: "Le club amateur recrute.", updatedAt: sql`now()` }).where(eq(articles.id, ids.get("filler-3")!));
    const { indexed, scanned } = await suggestBothWays(["rugby"], null);
    expect(indexed).toEqual(scanned);
    expect(indexed.seedArticles).toBe(before.seedArticles + 2);
    expect(indexed.seedReach).toBe(before.seedReach + 2);
    const clubAmateur = (s: { terms: { term: string; articles: number }[] }) => s.terms.find((t) => t.term === "club amateur")?.articles;
    expect(clubAmateur(indexed)).toBe(clubAmateur(before)! + 2);
  });
});
