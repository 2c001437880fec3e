import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildArticlePools } from "./article-pools";
import { generateArticles } from "./articles";
import { buildPopulation, CONSENT_TEMPLATES, hasMeasurementConsent, type Population } from "./audience";
import { BRANDS } from "./data/brands";
import { REGIONS } from "./data/places";
import { generateEvents } from "./events";
import { drawNewsletterReaders } from "./profiles";
import { deriveRng } from "./random";

const NOW = new Date(Date.UTC(2025, 5, 1));
const DAYS = 30;
const PROFILES = 6000;
const articles = generateArticles({ seed: 3, count: 3000, now: NOW, days: DAYS });

async function simulate(seed: number) {
  const pop = buildPopulation({ seed, profiles: PROFILES, days: DAYS, firstProfileId: 1 });
  const lines: string[] = [];
  const stats = await generateEvents({
    seed, pop, articles, pools: buildArticlePools(deriveRng(seed, "popularity"), articles), firstArticleId: 1, now: NOW, days: DAYS,
    newsletterReader: drawNewsletterReaders(seed, pop), write: (line) => void lines.push(line),
  });
  return { pop, lines, stats };
}

const base = await simulate(21);

function digest(pop: Population, lines: string[]) {
  const hash = createHash("sha256");
  for (const array of [pop.browserProfileId, pop.personBrands, pop.browserConsent, pop.browserAnchorDay]) hash.update(Buffer.from(array.buffer, 0, array.byteLength));
  for (const line of lines) hash.update(line);
  return hash.digest("hex");
}

describe("population and events", () => {
  it("are deterministic for a seed and differ across seeds", async () => {
    const again = await simulate(21);
    expect(digest(again.pop, again.lines)).toBe(digest(base.pop, base.lines));
    const other = await simulate(22);
    expect(digest(other.pop, other.lines)).not.toBe(digest(base.pop, base.lines));
  });

  it("creates exactly the requested profiles, ~15% subscribers with 1–4 linked browsers each", () => {
    const { pop } = base;
    expect(pop.profiles).toBe(PROFILES);
    let subscribers = 0;
    for (let person = 0; person < pop.persons; person++) {
      if (!pop.personSubscriberId[person]) {
        expect(pop.personBrowserCount[person]).toBe(1);
        continue;
      }
      subscribers++;
      expect(pop.personBrowserCount[person]).toBeGreaterThanOrEqual(1);
      expect(pop.personBrowserCount[person]).toBeLessThanOrEqual(4);
    }
    expect(subscribers + pop.browsers).toBe(PROFILES);
    expect(subscribers / PROFILES).toBeGreaterThan(0.13);
    expect(subscribers / PROFILES).toBeLessThan(0.17);
  });

  it("has 20–30% of browsers refusing some or all consent, and unlinked events only for them", () => {
    const { pop, lines } = base;
    let refusing = 0;
    for (let b = 0; b < pop.browsers; b++) if (!CONSENT_TEMPLATES[pop.browserConsent[b]].vendor) refusing++;
    expect(refusing / pop.browsers).toBeGreaterThan(0.2);
    expect(refusing / pop.browsers).toBeLessThan(0.3);
    const linkedIds = new Set<string>();
    for (let b = 0; b < pop.browsers; b++) {
      expect(pop.browserLinked[b] === 1).toBe(hasMeasurementConsent(CONSENT_TEMPLATES[pop.browserConsent[b]].purposes));
      if (pop.browserLinked[b]) linkedIds.add(String(pop.browserProfileId[b]));
    }
    for (const line of lines) {
      const profile = line.split("\t")[2];
      if (profile !== "\\N") expect(linkedIds.has(profile)).toBe(true);
    }
    expect(base.stats.unlinkedEvents).toBeGreaterThan(0);
  });

  it("gives every browser at least one pageview and a long tail of readership", () => {
    const { pop, lines } = base;
    const perBrowser = new Map<string, number>();
    for (const line of lines) {
      const [, type, profile] = line.split("\t");
      if (type === "pageview" && profile !== "\\N") perBrowser.set(profile, (perBrowser.get(profile) ?? 0) + 1);
    }
    const counts: number[] = [];
    for (let b = 0; b < pop.browsers; b++) if (pop.browserLinked[b]) counts.push(perBrowser.get(String(pop.browserProfileId[b])) ?? 0);
    counts.sort((a, b) => a - b);
    expect(counts[0]).toBeGreaterThanOrEqual(1);
    const median = counts[Math.floor(counts.length / 2)];
    const top5 = counts.slice(Math.floor(counts.length * 0.95));
    const top5Mean = top5.reduce((a, b) => a + b, 0) / top5.length;
    expect(median).toBeLessThanOrEqual(2);
    expect(top5Mean).toBeGreaterThan(8 * median);
  });

  it("emits heartbeats every 15 s of engaged time, after their pageview, on the article's brand", () => {
    const brandOf = new Map(articles.map((a, i) => [String(i + 1), BRANDS[a.brandIndex].id]));
    let heartbeats = 0;
    for (const line of base.lines.slice(0, 20_000)) {
      const [id, type, , article, brand, occurred, received, engaged, scroll] = line.split("\t");
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(brandOf.get(article)).toBe(brand);
      expect(Date.parse(received)).toBeGreaterThan(Date.parse(occurred));
      expect(Number(scroll)).toBeGreaterThanOrEqual(0);
      expect(Number(scroll)).toBeLessThanOrEqual(100);
      if (type === "heartbeat") {
        heartbeats++;
        expect(engaged).toBe("15");
      } else expect(engaged).toBe("0");
    }
    expect(heartbeats).toBeGreaterThan(0);
    expect(base.stats.heartbeats / base.stats.pageviews).toBeGreaterThan(1);
  });

  it("keeps readers on 1–3 brands, regional readers in their region", () => {
    const { pop } = base;
    const toulouse = BRANDS.findIndex((b) => b.id === "midi-toulousain");
    let readers = 0;
    let inRegion = 0;
    for (let person = 0; person < pop.persons; person++) {
      if (!Array.from(pop.personBrands.subarray(person * 3, person * 3 + 3)).includes(toulouse)) continue;
      readers++;
      if (pop.personRegion[person] === REGION_OCCITANIE) inRegion++;
    }
    expect(readers).toBeGreaterThan(0);
    expect(inRegion).toBe(readers);
  });
});

const REGION_OCCITANIE = REGIONS.findIndex((r) => r.code === "76");
