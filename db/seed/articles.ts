import { createHash } from "node:crypto";
import { BRANDS, type BrandSpec } from "./data/brands";
import { REGIONS, REGION_BY_CODE, type Region } from "./data/places";
import { generateArticleText, TOPIC_INDEX, TOPICS, type Tone } from "./grammar";
import { type Rng, cumulative, deriveRng, drawCumulative, randInt, weightedIndex } from "./random";

export const DAY_MS = 86_400_000;
/** Archive depth before the seed window, so content lists and term expansion have history. */
export const ARCHIVE_DAYS = 730;
export const MIN_CLI_ARTICLES = 20_000;

export type SeedArticle = {
  brandIndex: number;
  sectionSlug: string;
  topicIndex: number;
  lang: "fr" | "en";
  externalId: string;
  url: string;
  title: string;
  lead: string;
  contentHash: string;
  publishedAt: number;
  tone: Tone;
  hasTrap: boolean;
  hasValues: boolean;
};

export type GenerateArticlesParams = { seed: number; count: number; now: Date; days: number };

/** Share of articles published inside the seed window (the rest is archive). */
export function windowShare(days: number): number {
  return Math.min(0.45, 0.1 + days / 300);
}

const POP_TABLE = cumulative(REGIONS.map((r) => r.pop));
// Publication hours (UTC): the morning edition, lunch and the evening push.
const PUBLISH_HOURS = [0.2, 0.1, 0.1, 0.3, 2, 4, 5, 5, 4, 3.5, 3.5, 3.5, 3, 3, 3, 3, 3.5, 3.5, 3, 2.5, 2, 1, 0.5, 0.3];

/**
 * The group's articles, oldest first (so identity ids grow with publication time). Counts per
 * brand follow `volume` (largest remainder), sections and topics follow their weights.
 */
export function generateArticles({ seed, count, now, days }: GenerateArticlesParams): SeedArticle[] {
  const rng = deriveRng(seed, "articles");
  const perBrand = apportion(count, BRANDS.map((b) => b.volume));
  const windowStart = now.getTime() - days * DAY_MS;
  const share = windowShare(days);
  const year = now.getUTCFullYear();
  const out: SeedArticle[] = [];
  const titles = new Set<string>();
  BRANDS.forEach((brand, brandIndex) => {
    const sectionTable = cumulative(brand.sections.map((s) => s.weight));
    for (let i = 0; i < perBrand[brandIndex]; i++) {
      const section = brand.sections[drawCumulative(rng, sectionTable)];
      const topicIds = Object.keys(section.topics);
      const topicId = topicIds[weightedIndex(rng, topicIds.map((t) => section.topics[t]))];
      const topicIndex = TOPIC_INDEX.get(topicId)!;
      const lang = section.lang ?? brand.lang;
      const publishedAt = drawPublication(rng, windowStart, days, share);
      const region = articleRegion(rng, brand);
      const place = {
        cities: region.cities,
        regionName: region.name,
        departements: region.departements.map((d) => d.name),
        year: new Date(publishedAt).getUTCFullYear() || year,
      };
      // A newsroom does not run the same headline twice: redraw (deterministically) on a clash.
      let text = generateArticleText(rng, { topic: TOPICS[topicIndex], lang, place });
      for (let attempt = 0; attempt < 6 && titles.has(text.title); attempt++) {
        text = generateArticleText(rng, { topic: TOPICS[topicIndex], lang, place });
      }
      titles.add(text.title);
      out.push({
        brandIndex, sectionSlug: section.slug, topicIndex, lang, externalId: "", url: "",
        title: text.title, lead: text.lead, contentHash: "", publishedAt,
        tone: text.tone, hasTrap: text.hasTrap, hasValues: text.hasValues,
      });
    }
  });
  out.sort((a, b) => a.publishedAt - b.publishedAt || a.brandIndex - b.brandIndex);
  const sequence = new Array<number>(BRANDS.length).fill(100_000);
  for (const article of out) {
    const brand = BRANDS[article.brandIndex];
    const number = ++sequence[article.brandIndex];
    article.externalId = `seed-${number}`;
    article.url = `https://www.${brand.domain}/${article.sectionSlug}/${slugify(article.title)}-${number}.html`;
    // Same formula as CMS intake (hashArticleContent), with an empty body.
    article.contentHash = createHash("sha256").update(`${article.title}\n${article.lead}\n`).digest("hex");
  }
  return out;
}

function drawPublication(rng: Rng, windowStart: number, days: number, share: number): number {
  const inWindow = rng.next() < share;
  const dayIndex = inWindow ? randInt(rng, 0, days - 1) : -randInt(rng, 1, ARCHIVE_DAYS);
  const hour = weightedIndex(rng, PUBLISH_HOURS);
  const second = Math.floor(rng.next() * 3600);
  return windowStart + dayIndex * DAY_MS + hour * 3_600_000 + second * 1000;
}

/** Regional titles write about their region; national ones about anywhere, by population. */
function articleRegion(rng: Rng, brand: BrandSpec): Region {
  if (brand.region && rng.next() < 0.92) return REGION_BY_CODE.get(brand.region)!;
  return REGIONS[drawCumulative(rng, POP_TABLE)];
}

/** Integer split of `total` proportional to weights (largest remainder, deterministic). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const floors = exact.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    floors[i]++;
  }
  return floors;
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

// Fail fast on a typo in a section's topic table rather than deep inside a seed run.
for (const brand of BRANDS) {
  for (const section of brand.sections) {
    for (const topic of Object.keys(section.topics)) {
      if (!TOPIC_INDEX.has(topic)) throw new Error(`brand ${brand.id} section ${section.slug}: unknown topic "${topic}"`);
    }
  }
}
