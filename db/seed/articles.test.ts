import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apportion, generateArticles, slugify } from "./articles";
import { BRANDS } from "./data/brands";
import { TOPICS } from "./grammar";
import { fixFrench } from "./grammar/engine";
import { frDepartement, frRegion } from "./grammar/shared";

const NOW = new Date(Date.UTC(2025, 5, 1));
const articles = generateArticles({ seed: 11, count: 20_000, now: NOW, days: 90 });
const digest = (list: typeof articles) => createHash("sha256").update(JSON.stringify(list)).digest("hex");
const share = (predicate: (a: (typeof articles)[number]) => boolean, list = articles) => list.filter(predicate).length / list.length;

describe("generateArticles", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const small = (seed: number) => generateArticles({ seed, count: 1500, now: NOW, days: 30 });
    expect(digest(small(5))).toBe(digest(small(5)));
    expect(digest(small(5))).not.toBe(digest(small(6)));
  });

  it("produces the requested count across all 38 brands, oldest first, with unique URLs", () => {
    expect(articles).toHaveLength(20_000);
    expect(BRANDS).toHaveLength(38);
    expect(new Set(articles.map((a) => a.brandIndex)).size).toBe(38);
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
    for (let i = 1; i < articles.length; i++) expect(articles[i].publishedAt).toBeGreaterThanOrEqual(articles[i - 1].publishedAt);
    for (const a of articles.slice(0, 200)) expect(a.url.startsWith(`https://www.${BRANDS[a.brandIndex].domain}/`)).toBe(true);
  });

  it("spreads publication over the window plus about two years of archive", () => {
    const windowStart = NOW.getTime() - 90 * 86_400_000;
    const inWindow = share((a) => a.publishedAt >= windowStart && a.publishedAt < NOW.getTime());
    expect(inWindow).toBeGreaterThan(0.35);
    expect(inWindow).toBeLessThan(0.5);
    const oldest = articles[0].publishedAt;
    expect((windowStart - oldest) / 86_400_000).toBeGreaterThan(700);
  });

  it("writes titles that rarely repeat", () => {
    expect(new Set(articles.map((a) => a.title)).size / articles.length).toBeGreaterThan(0.98);
    const leads = new Set(articles.map((a) => a.lead)).size / articles.length;
    expect(leads).toBeGreaterThan(0.9);
  });

  it("is about 80% French and 20% English", () => {
    expect(share((a) => a.lang === "en")).toBeGreaterThan(0.16);
    expect(share((a) => a.lang === "en")).toBeLessThan(0.24);
  });

  it("mixes tones plausibly: mostly neutral, some optimistic, a pessimistic/anxious minority", () => {
    const neutral = share((a) => a.tone === "neutral");
    const dark = share((a) => a.tone === "pessimistic" || a.tone === "anxious");
    expect(neutral).toBeGreaterThan(0.4);
    expect(share((a) => a.tone === "optimistic")).toBeGreaterThan(0.15);
    expect(dark).toBeGreaterThan(0.15);
    expect(dark).toBeLessThan(0.35);
    const drugsArmsTerror = TOPICS.findIndex((t) => t.id === "drugs_arms_terror");
    const few = share((a) => a.topicIndex === drugsArmsTerror);
    expect(few).toBeGreaterThan(0.002);
    expect(few).toBeLessThan(0.02);
  });

  it("includes figurative traps in calm articles only", () => {
    const traps = articles.filter((a) => a.hasTrap);
    expect(traps.length / articles.length).toBeGreaterThan(0.03);
    for (const a of traps) expect(["neutral", "optimistic"]).toContain(a.tone);
    const text = traps.map((a) => `${a.title} ${a.lead}`).join("\n").toLowerCase();
    for (const phrase of ["tarte au citron", "crise de fou rire", "tue le match", "explosion de saveurs", "bombe de fraîcheur", "shooting photo"]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it("gives rugby, family-car, luxury, environment and start-up articles their value vocabulary, not always", () => {
    const cases: [string, string[]][] = [
      ["rugby", ["solidarité", "esprit d'équipe", "troisième mi-temps", "convivialité", "bénévoles", "valeurs", "transmission", "club amateur"]],
      ["car_family", ["sécurité", "coffre", "enfants", "vacances", "confort"]],
      ["car_luxury", ["prestige", "cuir", "haut de gamme", "cadres dirigeants"]],
      ["environment", ["transition", "sobriété", "climat", "entrepreneurs"]],
      ["startups", ["levée de fonds", "innovation", "créateurs d'entreprise"]],
    ];
    for (const [topicId, words] of cases) {
      const topic = TOPICS.findIndex((t) => t.id === topicId);
      const list = articles.filter((a) => a.topicIndex === topic && a.lang === "fr");
      const withValues = share((a) => words.some((w) => `${a.title} ${a.lead}`.toLowerCase().includes(w)), list);
      expect(withValues, topicId).toBeGreaterThan(0.4);
      expect(withValues, topicId).toBeLessThan(0.97);
    }
  });
});

describe("French typography and helpers", () => {
  it("elides and contracts after slot filling", () => {
    expect(fixFrench("le maire de Orléans à le marché de les Halles")).toBe("le maire d'Orléans au marché des Halles");
    expect(fixFrench("la équipe de le club")).toBe("l'équipe du club");
  });

  it("names départements and regions with their article", () => {
    expect(frDepartement("Gironde")).toEqual({ the: "la Gironde", of: "de la Gironde" });
    expect(frDepartement("Lot")).toEqual({ the: "le Lot", of: "du Lot" });
    expect(frDepartement("Landes")).toEqual({ the: "les Landes", of: "des Landes" });
    expect(frDepartement("Hérault")).toEqual({ the: "l'Hérault", of: "de l'Hérault" });
    expect(frRegion("Grand Est")).toEqual({ in: "dans le Grand Est", of: "du Grand Est" });
    expect(frRegion("Occitanie").in).toBe("en Occitanie");
  });

  it("apportions integers exactly and slugifies accents", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1001, [0.5, 0.25, 0.25]).reduce((a, b) => a + b, 0)).toBe(1001);
    expect(slugify("Événement : l'équipe à Nîmes !")).toBe("evenement-l-equipe-a-nimes");
  });
});
