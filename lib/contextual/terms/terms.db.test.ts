import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownTestDb } from "@/test/db";
import type { Db } from "@/db/client";
import { articleLabels, articles, brands, corpusTerms, events, profiles, termAssociations } from "@/db/schema";
import { buildTermAssociations, type BuildTermAssociationsResult } from "./build-term-associations";
import { suggestTerms } from "./suggest-terms";

/*
 * The term build reads every article and replaces two global tables, so this file works in
 * a database of its own (created next to the run's, dropped at the end): its corpus
 * statistics — N, document frequencies, PPMI — are then exactly the fixture's.
 */
const own = ownTestDb("a3d_test_terms");
let db: Db;
afterAll(() => own.drop());

const BRAND = "terms-test-brand";
const NOW = new Date("2025-03-01T00:00:00Z");
const IN_WINDOW = new Date("2025-02-20T00:00:00Z");
const TOWNS = ["Agen", "Brive", "Castres", "Pau", "Bayonne", "Oyonnax", "Vannes", "Dax", "Albi", "Auch", "Tarbes", "Mont-de-Marsan", "Narbonne", "Béziers", "Périgueux", "Cahors"];

type Doc = { key: string; title: string; lead: string; body: string; iab: { id: string; name: string; tier1: string }[] };
const SPORTS = { id: "483", name: "Sports", tier1: "Sports" };
const RUGBY = { id: "527", name: "Rugby", tier1: "Sports" };
const AUTO = { id: "1", name: "Automotive", tier1: "Automotive" };
const FAMILY = { id: "186", name: "Family and Relationships", tier1: "Family and Relationships" };

const sportsDoc = (sport: "rugby" | "football", town: string, i: number): Doc => {
  const isRugby = sport === "rugby";
  return {
    key: `${sport}-${i}`,
    title: `${isRugby ? "Rugby" : "Football"} : le club de ${town} s'impose à domicile`,
    lead: `Grâce à ${isRugby ? "une mêlée dominatrice" : "un but"} en fin de match, le groupe ${isRugby ? "et sa solidarité font" : "fait"} la différence.`,
    body: [
      isRugby && i % 4 !== 3 ? "L'entraîneur salue l'esprit d'équipe de ses joueurs." : "Les supporters ont chanté tout le match.",
      isRugby && i % 3 !== 2 ? `La soirée s'est prolongée par une troisième mi-temps ${["mémorable", "joyeuse", "au club-house"][i % 3]}.` : "Le public est rentré sous la pluie.",
    ].join(" "),
    iab: isRugby ? [RUGBY, SPORTS] : [SPORTS],
  };
};

const docs: Doc[] = [
  ...TOWNS.map((town, i) => sportsDoc("rugby", town, i)),
  ...TOWNS.map((town, i) => sportsDoc("football", town, i)),
  ...TOWNS.map((town, i) => ({
    key: `berline-${i}`,
    title: `La nouvelle berline ${["familiale", "de luxe"][i % 2]} passe le test à ${town}`,
    lead: `Confort de route et coffre ${["spacieux", "généreux", "modulable", "immense"][i % 4]} pour cette berline ${i % 2 ? "haut de gamme" : "pensée pour les familles"}.`,
    body: i % 2
      ? ["Sellerie cuir et finitions de luxe.", "Le prestige et le luxe à la française.", "Un intérieur de luxe, tout en prestige."][i % 3]
      : ["Les enfants apprécieront l'espace à l'arrière.", "Pensée pour les familles nombreuses, avec des enfants.", "Les parents saluent la sécurité des enfants."][i % 3],
    iab: [AUTO],
  })),
  ...TOWNS.slice(0, 8).map((town, i) => ({
    key: `suv-${i}`,
    title: `Le SUV compact testé sur les routes de ${town}`,
    lead: `Confort de route, coffre correct et consommation maîtrisée.`,
    body: `Un moteur hybride et une boîte automatique sans reproche.`,
    iab: [AUTO],
  })),
  ...["Nantes", "Lille", "Rennes", "Metz", "Caen", "Reims"].map((town, i) => ({
    key: `charity-${i}`,
    title: `À ${town}, la solidarité des bénévoles ne faiblit pas`,
    lead: `L'association distribue des repas chaque semaine grâce à ses bénévoles.`,
    body: `Un élan de solidarité salué par la mairie.`,
    iab: [FAMILY],
  })),
  ...Array.from({ length: 30 }, (_, i) => ({
    key: `filler-${i}`,
    title: [`Conseil municipal : le budget ${2020 + (i % 5)} adopté`, `Météo : pluie et vent sur la côte`, `Recette : tarte aux pommes caramélisées`][i % 3],
    lead: [`Les élus ont voté le budget après un long débat.`, `Un week-end maussade attendu, avec des rafales.`, `Une recette simple pour le goûter du dimanche.`][i % 3],
    body: `Article numéro ${i} de la rubrique locale.`,
    iab: [],
  })),
];

const ids = new Map<string, number>();
let build: BuildTermAssociationsResult;

beforeAll(async () => {
  db = await own.open();
  await db.insert(brands).values({ id: BRAND, name: "Terms test", kind: "regional_daily", domain: "terms.test" });
  for (const [i, d] of docs.entries()) {
    const [row] = await db
      .insert(articles)
      .values({ brandId: BRAND, externalId: d.key, url: `https://terms.test/${d.key}`, title: d.title, lead: d.lead, body: d.body, contentHash: d.key, publishedAt: new Date(Date.UTC(2025, 0, 1 + i)) })
      .returning({ id: articles.id });
    ids.set(d.key, row.id);
    await db.insert(articleLabels).values({
      articleId: row.id, classifierVersion: "test", lang: "fr", iab: d.iab.map((c) => ({ ...c, score: 1 })), iabIds: d.iab.map((c) => c.id),
      tonality: "neutral", tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, risk: "none", garm: [], keywords: [], explain: [],
    });
  }
  // Readers: p1, p2, p6 read rugby articles; p3 (and p2) read a charity article about solidarité;
  // p4 has not consented to ads purposes; p5 read outside the 30-day window.
  const consenting = [1, 3, 4];
  const people = await db
    .insert(profiles)
    .values(["p1", "p2", "p3", "p4", "p5", "p6"].map((p) => ({ externalId: `terms-test-${p}`, kind: "anonymous", consentPurposes: p === "p4" ? [1] : consenting })))
    .returning({ id: profiles.id, externalId: profiles.externalId });
  const pid = (p: string) => people.find((x) => x.externalId === `terms-test-${p}`)!.id;
  const reads: [string, string, Date][] = [
    ["p1", "rugby-0", IN_WINDOW], ["p2", "rugby-1", IN_WINDOW], ["p6", "rugby-2", IN_WINDOW],
    ["p3", "charity-0", IN_WINDOW], ["p2", "charity-1", IN_WINDOW], ["p4", "charity-2", IN_WINDOW],
    ["p5", "charity-3", new Date("2025-01-10T00:00:00Z")],
  ];
  await db.insert(events).values(reads.map(([p, article, at]) => ({ eventId: randomUUID(), type: "pageview", profileId: pid(p), articleId: ids.get(article)!, brandId: BRAND, occurredAt: at })));

  build = await buildTermAssociations(db, { maxDocShare: 0.5, minDocFreq: 3 });
});

describe("buildTermAssociations", () => {
  it("detects the corpus's own multi-word expressions and stores evidence", async () => {
    expect(build.articles).toBe(docs.length);
    const rows = await db.select().from(corpusTerms).where(inArray(corpusTerms.term, ["troisième mi-temps", "esprit d'équipe", "solidarité", "berline"]));
    const byTerm = new Map(rows.map((r) => [r.term, r]));
    expect(byTerm.get("esprit d'équipe")?.docFreq).toBe(12);
    expect(byTerm.get("troisième mi-temps")?.docFreq).toBe(11);
    expect(byTerm.get("solidarité")?.docFreq).toBe(22);
    const samples = byTerm.get("troisième mi-temps")!.sampleArticleIds;
    expect(samples).toHaveLength(5);
    const rugbyIds = TOWNS.map((_, i) => ids.get(`rugby-${i}`));
    for (const id of samples) expect(rugbyIds).toContain(id);
  });

  it("keeps verbs, bare participles and pieces of phrases out of the vocabulary", async () => {
    // All frequent enough and all in every rugby article; none names anything on its own:
    // "s'impose", "s'est prolongée" (verbs), "dominatrice" (always after "mêlée"), "mêlée"
    // (always before "dominatrice": "mêlée dominatrice" is the term).
    const rows = await db.select({ term: corpusTerms.term }).from(corpusTerms)
      .where(inArray(corpusTerms.term, ["impose", "prolongée", "dominatrice", "mêlée", "mêlée dominatrice", "troisième mi-temps", "solidarité", "bénévoles"]));
    expect(rows.map((r) => r.term).sort()).toEqual(["bénévoles", "mêlée dominatrice", "solidarité", "troisième mi-temps"]);
    expect(build.rejected["not a noun phrase"]).toBeGreaterThan(0);
    expect(build.rejected.fragment).toBeGreaterThan(0);
  });

  it("stores PPMI = ln(co·N / (df·df)) for the pairs", async () => {
    const [row] = await db.select().from(termAssociations).where(and(eq(termAssociations.term, "rugby"), eq(termAssociations.related, "esprit d'équipe")));
    expect(row.coDocs).toBe(12);
    // df(rugby) = 16 (every rugby title), df(esprit d'équipe) = 12, N = all articles in the database.
    expect(row.ppmi).toBeCloseTo(Math.log((12 * build.articles) / (16 * 12)), 4);
    const berline = await db.select().from(termAssociations).where(and(eq(termAssociations.term, "rugby"), eq(termAssociations.related, "berline")));
    expect(berline).toEqual([]);
  });
});

describe("suggestTerms", () => {
  it("expands 'rugby' to its values with evidence, lifted categories and added reach", async () => {
    const s = await suggestTerms(db, { seeds: ["Rugby"], brandId: BRAND, now: NOW, limit: 20 });
    expect(s.seeds).toEqual([{ input: "Rugby", term: "rugby" }]);
    expect(s.seedArticles).toBe(16);
    expect(s.seedReach).toBe(3);
    const terms = s.terms.map((t) => t.term);
    for (const expected of ["esprit d'équipe", "troisième mi-temps", "solidarité", "mêlée dominatrice"]) expect(terms).toContain(expected);
    // Words that always come with a kept phrase are the same idea: collapsed into it.
    for (const collapsed of ["mêlée", "dominatrice", "soirée", "prolongée"]) expect(terms).not.toContain(collapsed);
    expect(terms).not.toContain("berline");
    // A phrase containing the seed refines it: not suggested.
    expect(terms.some((t) => t.includes("rugby"))).toBe(false);

    const solidarite = s.terms.find((t) => t.term === "solidarité")!;
    expect(solidarite).toMatchObject({ articles: 22, reach: 4, addedReach: 1, via: ["rugby"], coDocs: 16 });
    expect(solidarite.evidence).toHaveLength(3);
    expect(solidarite.evidence[0]).toEqual({ id: ids.get("rugby-15"), title: "Rugby : le club de Cahors s'impose à domicile", brandName: "Terms test" });
    expect(s.terms.find((t) => t.term === "esprit d'équipe")).toMatchObject({ articles: 12, reach: 3, addedReach: 0 });

    const rugbyCat = s.categories.find((c) => c.id === "527")!;
    // 16 of 16 seed articles vs 16 of the brand's 92 labelled articles: lift 92/16.
    expect(rugbyCat).toMatchObject({ name: "Rugby", tier1: "Sports", seedArticles: 16, reach: 3, addedReach: 0 });
    expect(rugbyCat.lift).toBeCloseTo(92 / 16, 6);
    // Sports also covers the 16 football articles: 16/16 vs 32/92.
    expect(s.categories.find((c) => c.id === "483")!.lift).toBeCloseTo(92 / 32, 6);
    expect(rugbyCat.evidence).toHaveLength(3);
    expect(s.categories.map((c) => c.id)).not.toContain("1");
  });

  it("expands 'berline' to family and luxury vocabulary, accent-insensitively", async () => {
    // This toy corpus ties many words at the same strength: look at the whole list.
    const s = await suggestTerms(db, { seeds: ["berline"], brandId: BRAND, now: NOW, limit: 40 });
    const terms = s.terms.map((t) => t.term);
    // In this toy corpus each vocabulary comes as one recurring sentence: one term stands for it.
    expect(terms.some((t) => ["luxe", "prestige", "haut de gamme", "sellerie cuir", "finitions luxueuses", "luxueuses"].includes(t))).toBe(true);
    expect(terms.some((t) => ["familles", "enfants", "familiale", "parents", "sécurité"].includes(t))).toBe(true);
    expect(terms).not.toContain("solidarité");
    const accentless = await suggestTerms(db, { seeds: ["Solidarite"], brandId: BRAND, now: NOW });
    expect(accentless.seeds).toEqual([{ input: "Solidarite", term: "solidarité" }]);
  });

  it("answers an unknown seed with no suggestion rather than an error", async () => {
    const s = await suggestTerms(db, { seeds: ["zyxwvu", "!!!"], brandId: BRAND, now: NOW });
    expect(s.seeds).toEqual([{ input: "zyxwvu", term: null }]);
    expect(s.terms).toEqual([]);
    expect(s.seedArticles).toBe(0);
    // Outside the vocabulary (a verb form) but in the articles: matched, so not reported unknown.
    const verb = await suggestTerms(db, { seeds: ["Prolongée"], brandId: BRAND, now: NOW });
    expect(verb.seeds).toEqual([{ input: "Prolongée", term: "prolongée" }]);
    expect(verb.seedArticles).toBe(11);
  });
});
