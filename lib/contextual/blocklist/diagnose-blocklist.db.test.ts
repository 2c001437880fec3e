import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleLabels, articles, brands, events } from "@/db/schema";
import { testDb } from "@/test/db";
import { diagnoseBlocklist } from "./diagnose-blocklist";
import { exportBlocklistCsv } from "./export-blocklist";
import { FOLD_FROM, foldText, foldTextSql, LIGATURES } from "./fold-text";
import { isBlockedBy } from "./match-blocklist";
import { INDEXED_WORD_LENGTH, matchedArticlesSql, matchedTitleLeadSql } from "./match-articles-sql";
import { parseBlocklist } from "./parse-blocklist";

const db = testDb();
afterAll(() => db.$client.end());

const A = "blk-test-alpha";
const B = "blk-test-beta";
const from = new Date("2025-01-01T00:00:00Z");
const to = new Date("2025-02-01T00:00:00Z");
const inJanuary = new Date("2025-01-15T12:00:00Z");

type Fixture = {
  key: string;
  brand: string;
  title: string;
  lead?: string;
  published?: Date;
  label?: { risk: string; garm?: string[]; tonality?: string; explain?: unknown[]; overrideRisk?: string };
  /** Pageviews in January. */
  views: number;
};

/* Hand-checked expectations for the blocklist "citron, crise, attentat, guerre" are in the tests. */
const FIXTURES: Fixture[] = [
  { key: "a1", brand: A, title: "Tarte au citron meringuée", lead: "La recette de grand-mère.", views: 10,
    label: { risk: "none", tonality: "optimistic", explain: [{ label: "risk", value: "none", span: "citron", weight: -1, note: "food" }] } },
  { key: "a2", brand: A, title: "Crise de fou rire à l'Assemblée", views: 5,
    label: { risk: "low", explain: [{ label: "risk", value: "medium", span: "crise de fou rire", weight: -0.8, note: "idiom" }] } },
  { key: "a3", brand: A, title: "Attentat déjoué à Lyon", views: 20,
    label: { risk: "high", garm: ["terrorism"], tonality: "anxious", explain: [{ label: "risk", value: "high", span: "Attentat", weight: 2 }] } },
  { key: "a4", brand: A, title: "Des civils tués par des frappes", lead: "Bilan lourd.", views: 15,
    label: { risk: "high", garm: ["death_injury_military_conflict"], tonality: "anxious",
      explain: [{ label: "risk", value: "high", span: "civils tués", weight: 1.5, note: "lexicon: war" }, { label: "tonality", value: "anxious", span: "lourd", weight: 1 }] } },
  { key: "a5", brand: A, title: "Le marché de Noël ouvre", views: 50, label: { risk: "none" } },
  // Published before the period: counts for pageviews only.
  { key: "a6", brand: A, title: "La Guerre des boutons, film culte", views: 8, published: new Date("2024-06-01T00:00:00Z"), label: { risk: "none" } },
  { key: "b1", brand: B, title: "Commémoration de l'attentat de 2015", views: 4, label: { risk: "low", garm: ["terrorism"] } },
  { key: "b2", brand: B, title: "Météo : belle journée", views: 30, label: { risk: "none" } },
  // Unlabelled, and "crises" is not the word "crise".
  { key: "b3", brand: B, title: "Crises à répétition", views: 6 },
  { key: "b4", brand: B, title: "Trafic démantelé en banlieue", views: 10,
    label: { risk: "medium", garm: ["illegal_drugs_tobacco_vaping_alcohol"], explain: [{ label: "garm", value: "illegal_drugs_tobacco_vaping_alcohol", span: "Trafic", weight: 1 }] } },
  // Risk downgraded by an editor: the override wins.
  { key: "b5", brand: B, title: "Guerre des prix dans les supermarchés", views: 2, label: { risk: "medium", overrideRisk: "none" } },
];

const ids = new Map<string, number>();

beforeAll(async () => {
  await db.insert(brands).values([
    { id: A, name: "Blocklist Alpha", kind: "national_daily", domain: "alpha.blk.test" },
    { id: B, name: "Blocklist Beta", kind: "regional_daily", domain: "beta.blk.test" },
  ]);
  for (const f of FIXTURES) {
    const [row] = await db
      .insert(articles)
      .values({ brandId: f.brand, externalId: f.key, url: `https://${f.brand}.test/${f.key}`, title: f.title, lead: f.lead ?? "", contentHash: f.key, source: "seed", publishedAt: f.published ?? inJanuary })
      .returning({ id: articles.id });
    ids.set(f.key, row.id);
    if (f.label) {
      await db.insert(articleLabels).values({
        articleId: row.id, classifierVersion: "test", lang: "fr", iab: [], iabIds: [], tonality: f.label.tonality ?? "neutral",
        tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, risk: f.label.risk, garm: f.label.garm ?? [],
        keywords: [], explain: f.label.explain ?? [], overrideRisk: f.label.overrideRisk ?? null,
      });
    }
    const rows = [
      ...Array.from({ length: f.views }, () => ({ type: "pageview", occurredAt: inJanuary })),
      // Outside the period, and heartbeats: never counted.
      { type: "pageview", occurredAt: new Date("2024-12-20T00:00:00Z") },
      { type: "heartbeat", occurredAt: inJanuary },
    ];
    await db.insert(events).values(rows.map((e) => ({ ...e, eventId: randomUUID(), articleId: row.id, brandId: f.brand })));
  }
});

const blocklist = parseBlocklist("citron\ncrise\nattentat\nguerre").terms;

describe("diagnoseBlocklist", () => {
  it("gives exact per-brand shares, harmless blocks, misses and the tier setting", async () => {
    const d = await diagnoseBlocklist(db, { terms: blocklist, brandIds: [A, B], from, to });
    expect(d.setting).toEqual({ allowedTonalities: ["optimistic", "neutral", "pessimistic", "anxious"], maxRisk: "low", excludedGarm: ["terrorism"] });
    const alpha = d.brands.find((b) => b.brandId === A);
    expect(alpha).toEqual({
      brandId: A, brandName: "Blocklist Alpha", articles: 5, labelledArticles: 5, pageviews: 108,
      blockedArticles: 3, blockedPageviews: 43, harmlessBlocked: 2, riskyArticles: 2, riskyMissed: 1,
      settingArticles: 2, settingPageviews: 35,
    });
    const beta = d.brands.find((b) => b.brandId === B);
    expect(beta).toEqual({
      brandId: B, brandName: "Blocklist Beta", articles: 5, labelledArticles: 4, pageviews: 52,
      blockedArticles: 2, blockedPageviews: 6, harmlessBlocked: 2, riskyArticles: 1, riskyMissed: 1,
      settingArticles: 2, settingPageviews: 14,
    });
    expect(d.total.articles).toBe(10);
    expect(d.total.blockedPageviews).toBe(49);
    expect(d.termHits).toEqual([
      { term: "attentat", articles: 2, harmless: 1, risky: 1, pageviews: 24 },
      { term: "citron", articles: 1, harmless: 1, risky: 0, pageviews: 10 },
      { term: "crise", articles: 1, harmless: 1, risky: 0, pageviews: 5 },
      { term: "guerre", articles: 1, harmless: 1, risky: 0, pageviews: 2 },
    ]);
  });

  it("lists harmless blocked articles with the matched words and the classifier's reasons", async () => {
    const d = await diagnoseBlocklist(db, { terms: blocklist, brandIds: [A, B], from, to });
    expect(d.harmlessBlocked.map((a) => a.id)).toEqual(["a1", "a2", "b1", "b5"].map((k) => ids.get(k)));
    const [tarte, rire] = d.harmlessBlocked;
    expect(tarte.matches.map((m) => [m.term, m.span])).toEqual([["citron", "citron"]]);
    expect(tarte.reasons).toEqual([{ label: "risk", value: "none", span: "citron", weight: -1, note: "food" }]);
    expect(rire.matches[0].context).toBe("Crise de fou rire à l'Assemblée");
    expect(rire.reasons[0].note).toBe("idiom");
    expect(d.riskyMissed.map((a) => [a.id, a.risk, a.reasons.map((r) => r.span)])).toEqual([
      [ids.get("a4"), "high", ["civils tués"]],
      [ids.get("b4"), "medium", ["Trafic"]],
    ]);
  });

  it("scopes to one brand: its own figures, its own tier setting", async () => {
    const d = await diagnoseBlocklist(db, { terms: blocklist, brandIds: [A], from, to });
    expect(d.brands.map((b) => b.brandId)).toEqual([A]);
    // One terrorism article is not an intent: no GARM exclusion in this scope.
    expect(d.setting.excludedGarm).toEqual([]);
    expect(d.riskyMissed.map((a) => a.id)).toEqual([ids.get("a4")]);
  });

  it("matches phrases and prefixes as the pure matcher does, viewed-only articles included", async () => {
    const list = parseBlocklist("attent*\nfou rire\ncrise de fou*\nmarché de noël\nguerre des*\ntarte au\nciv*\ndes civils tues\nprix dans\nrire a l assemblee de").terms;
    const d = await diagnoseBlocklist(db, { terms: list, brandIds: [A, B], from, to });
    const published = FIXTURES.filter((f) => !f.published);
    const expected = Object.fromEntries(list.map((t) => [t.term, published.filter((f) => isBlockedBy(`${f.title} ${f.lead ?? ""}`, [t])).length]));
    expect(Object.fromEntries(d.termHits.map((h) => [h.term, h.articles]))).toEqual(expected);
    // Hand-checked: a1–a5, b1, b5 are blocked; a6 (viewed, published before) adds its 8 pageviews.
    expect(d.total.blockedArticles).toBe(7);
    expect(d.total.blockedPageviews).toBe(10 + 5 + 20 + 15 + 50 + 4 + 2 + 8);
    expect(expected["rire a l assemblee de"]).toBe(0);
  });

  it("exports every blocked and missed article as CSV", async () => {
    const csv = await exportBlocklistCsv(db, { terms: blocklist, brandIds: [A, B], from, to });
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("verdict,brand,article_id,title,url,published_at,pageviews,risk,tonality,garm,matched_terms");
    expect(lines).toHaveLength(1 + 5 + 2);
    expect(lines).toContain(`blocked_harmless,Blocklist Alpha,${ids.get("a1")},Tarte au citron meringuée,https://${A}.test/a1,2025-01-15T12:00:00.000Z,10,none,optimistic,,citron`);
    expect(lines).toContain(`blocked_risky,Blocklist Alpha,${ids.get("a3")},Attentat déjoué à Lyon,https://${A}.test/a3,2025-01-15T12:00:00.000Z,20,high,anxious,terrorism,attentat`);
    expect(lines.filter((l) => l.startsWith("missed_risky"))).toHaveLength(2);
  });
});

describe("SQL folding", () => {
  it("folds exactly like the pure matcher", async () => {
    const samples = ["L'Été, à Noël : cœur-de-bœuf!", "ÉMEUTES — Crise", "mi-temps  «troisième»", "Straße ÆON ŁÓDŹ", "covid-19/2020", ""];
    for (const text of samples) {
      const { rows } = await db.execute<{ folded: string }>(sql`select ${foldTextSql(sql`${text}::text`)} as folded`);
      expect(rows[0].folded).toBe(foldText(text));
    }
  });

  it("indexes exactly the words of the pure folding (folded_words, migration 0003)", async () => {
    // Every character the fold table knows, so a change to fold-text.ts without a migration fails here.
    const everyFold = `${FOLD_FROM} ${Object.keys(LIGATURES).join("")} ABCDEFGHIJKLMNOPQRSTUVWXYZ ${[...FOLD_FROM].join("x")}`;
    const long = `${"a".repeat(300)}é ${"z".repeat(INDEXED_WORD_LENGTH)}`;
    const samples: [string, string][] = [
      ["L'Été, à Noël : cœur-de-bœuf!", "ÉMEUTES — Crise"], ["mi-temps  «troisième»", ""], ["", ""], ["Straße ÆON ŁÓDŹ", "covid-19/2020 crise crise"],
      [everyFold, "İstanbul Kelvin K ǅ"], [long, "fin"],
    ];
    for (const [title, lead] of samples) {
      const { rows } = await db.execute<{ words: string[] }>(sql`select tsvector_to_array(folded_words(${title}::text, ${lead}::text)) as words`);
      // Longer words are cut to the index's limit (no term is that long).
      const expected = new Set(foldText(`${title} ${lead}`).trim().split(" ").filter(Boolean).map((w) => w.slice(0, INDEXED_WORD_LENGTH)));
      expect([...rows[0].words].sort(), title).toEqual([...expected].sort());
    }
  });

  it("finds in SQL exactly the articles the pure matcher blocks, with the right terms", async () => {
    const C = "blk-test-gamma";
    await db.insert(brands).values({ id: C, name: "Blocklist Gamma", kind: "lifestyle", domain: "gamma.blk.test" });
    const texts = [
      "Une CRISE de fou rire", "Les crises se suivent", "Cœur de bœuf et ŒUFS", "L'Été à l'hôtel", "Tarte-au-citron maison", "TARTE  AU\tCITRON",
      "Ça déraille : émeutes", "Straße gesperrt", "Łódź la nuit", "la troisième mi-temps", "Le terrorisme recule", "covid-19 : la fin", "ÆON", "naïve façon",
      "citronnade glacée", "écrise", "ÉMEUTE", "terre brûlée",
      // A phrase's words, but not as the phrase: the index finds it, the exact check drops it.
      "Au marché : tarte, citron et miel", "Citron, tarte au four", "Tarte au citronnier", `${"terror".repeat(60)}isme vaincu`,
    ];
    const rows = await db
      .insert(articles)
      .values(texts.map((title, i) => ({ brandId: C, externalId: `g${i}`, url: `https://gamma.blk.test/${i}`, title, lead: i % 2 ? "" : "Suite.", contentHash: `g${i}`, publishedAt: inJanuary })))
      .returning({ id: articles.id, title: articles.title, lead: articles.lead });
    const list = parseBlocklist(
      "crise\ncoeur\noeufs\nete\ntarte au citron\nca\némeutes\nstrasse\nlodz\nmi temps\nterror*\ncovid 19\naeon\nnaive facon\nboeuf\ncitron\ntarte au cit*\nsuite\nterrorterror*\nla nuit*",
    ).terms;
    // The regex-prefiltered scan (any text) and the folded-words index (title and lead) must agree with the pure matcher.
    for (const query of [
      matchedArticlesSql(list, sql`a.title || ' ' || a.lead`, sql`a.brand_id = ${C}`),
      matchedTitleLeadSql(list, sql`a.brand_id = ${C}`),
    ]) {
      const { rows: found } = await db.execute<{ article_id: string; term_idx: number[] }>(query);
      const fromSql = new Map(found.map((r) => [Number(r.article_id), r.term_idx]));
      for (const row of rows) {
        const expected = list.flatMap((term, i) => (isBlockedBy(`${row.title} ${row.lead}`, [term]) ? [i + 1] : []));
        expect(fromSql.get(row.id) ?? [], row.title).toEqual(expected);
      }
      expect(fromSql.size).toBeGreaterThan(10);
    }
  });
});
