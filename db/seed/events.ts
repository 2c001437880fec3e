import { type ArticlePools, pickArticle } from "./article-pools";
import type { SeedArticle } from "./articles";
import { BRAND_WEIGHT_TABLE, CLASS_PAGES_PER_VISIT, DEVICES, type Population, personBrandCount } from "./audience";
import { BRANDS } from "./data/brands";
import { type Cumulative, cumulative, deriveRng, drawCumulative, geometric, logNormal, normal, uuidV8, weightedIndex } from "./random";

/*
 * Pageviews and engaged-time heartbeats (one every 15 s of engaged time), generated day by
 * day so the table is physically in time order like a live tag's (BRIN indexes on
 * occurred_at / received_at stay useful), and streamed: nothing but the current line lives
 * in memory.
 */

export const HEARTBEAT_SECONDS = 15;
const MAX_HEARTBEATS = 24;
const DAY = 86_400_000;

export const EVENT_COLUMNS = [
  "event_id", "type", "profile_id", "article_id", "brand_id", "occurred_at", "received_at",
  "engaged_seconds", "scroll_depth", "device", "referrer_kind",
] as const;

// UTC hours (France is UTC+1/+2): mobile peaks on the commute and in the evening, desktop at the office.
const HOURS: Cumulative[] = [
  cumulative([0.5, 0.3, 0.2, 0.2, 0.5, 2.5, 4.5, 5, 4, 3.5, 3.8, 4.5, 4, 3.5, 3.5, 3.5, 4, 4.5, 5, 5.5, 5, 3.5, 2, 1]),
  cumulative([0.2, 0.1, 0.1, 0.1, 0.3, 1, 3, 5.5, 6.5, 6, 5.5, 5, 4.5, 5.5, 5.5, 5, 4.5, 3.5, 2.5, 2.5, 2, 1.5, 1, 0.5]),
  cumulative([0.4, 0.2, 0.1, 0.1, 0.2, 1, 2, 2.5, 2.5, 2.5, 2.5, 3, 3, 3, 3, 3, 3.5, 4.5, 6, 7, 7, 5, 3, 1.5]),
];
/** Sunday..Saturday. */
const WEEKDAY_FACTOR = [0.9, 1.05, 1, 1, 1, 0.95, 0.82];
const MEDIAN_ENGAGED = [20, 27, 25];
const VIEWPORT_SCROLL = [12, 22, 18];
const REFERRERS = ["direct", "search", "social", "internal", "newsletter", "other"] as const;
/** First page of a visit: referrer mix per reader class (newsletter only for subscribers to one). */
const FIRST_REFERRER = [
  [0.1, 0.45, 0.35, 0, 0, 0.1],
  [0.3, 0.35, 0.25, 0, 0, 0.1],
  [0.45, 0.25, 0.15, 0, 0.08, 0.07],
  [0.55, 0.12, 0.1, 0, 0.18, 0.05],
];

export type EventStats = { pageviews: number; heartbeats: number; linkedEvents: number; unlinkedEvents: number };

export type GenerateEventsParams = {
  seed: number;
  pop: Population;
  articles: readonly SeedArticle[];
  pools: ArticlePools;
  firstArticleId: number;
  now: Date;
  days: number;
  /** Persons reading newsletters (subscribers who opted in), by person index. */
  newsletterReader: Uint8Array;
  write: (line: string) => Promise<void> | void;
  onDay?: (done: number, total: number) => void;
};

export async function generateEvents(p: GenerateEventsParams): Promise<EventStats> {
  const { pop, pools, articles, write } = p;
  const rng = deriveRng(p.seed, "events");
  const stats: EventStats = { pageviews: 0, heartbeats: 0, linkedEvents: 0, unlinkedEvents: 0 };
  const windowStart = p.now.getTime() - p.days * DAY;
  const brandIds = BRANDS.map((b) => b.id);
  const stamp = createStamper();
  let counter = 0;

  const emit = (
    type: string, profile: string, articleIndex: number, at: number, engaged: number, scroll: number, device: string, referrer: string,
  ) => {
    const received = at + 1000 + Math.floor(rng.next() * 3000);
    const line = `${uuidV8(rng, counter++)}\t${type}\t${profile}\t${p.firstArticleId + articleIndex}\t${brandIds[articles[articleIndex].brandIndex]}\t${stamp(at)}\t${stamp(received)}\t${engaged}\t${scroll}\t${device}\t${referrer}\n`;
    if (profile === "\\N") stats.unlinkedEvents++;
    else stats.linkedEvents++;
    return write(line);
  };

  for (let day = 0; day < p.days; day++) {
    const dayStart = windowStart + day * DAY;
    const factor = WEEKDAY_FACTOR[new Date(dayStart).getUTCDay()];
    for (let b = 0; b < pop.browsers; b++) {
      const isAnchor = pop.browserAnchorDay[b] === day;
      if (!isAnchor && !(rng.next() < pop.browserRate[b] * factor)) continue;
      const person = pop.browserPerson[b];
      const klass = pop.personClass[person];
      const visits = klass === 3 && rng.next() < 0.2 ? 2 : 1;
      for (let v = 0; v < visits; v++) {
        const pending = visit(b, person, klass, dayStart);
        if (pending) await pending;
      }
    }
    p.onDay?.(day + 1, p.days);
  }
  return stats;

  // One visit: 1–12 pages on mostly one brand, each followed by its heartbeats.
  async function visit(b: number, person: number, klass: number, dayStart: number): Promise<void> {
    const deviceIndex = pop.browserDevice[b];
    const device = DEVICES[deviceIndex];
    const profile = pop.browserLinked[b] ? String(pop.browserProfileId[b]) : "\\N";
    const lang = pop.personEnglish[person];
    const brandCount = personBrandCount(pop, person);
    let brand = pop.personBrands[person * 3 + drawCumulative(rng, BRAND_WEIGHT_TABLE[brandCount - 1])];
    let at = dayStart + drawCumulative(rng, HOURS[deviceIndex]) * 3_600_000 + Math.floor(rng.next() * 3_600_000);
    const pages = Math.min(12, 1 + geometric(rng, 1 / CLASS_PAGES_PER_VISIT[klass]));
    let referrer: string = REFERRERS[firstReferrer(klass, p.newsletterReader[person] === 1)];
    for (let page = 0; page < pages; page++) {
      if (page > 0) {
        referrer = "internal";
        if (brandCount > 1 && rng.next() < 0.1) {
          brand = pop.personBrands[person * 3 + 1];
          referrer = "other";
        }
      }
      const topics = pop.personTopics;
      const favourite = rng.next() < 0.6 ? topics[person * 3 + Math.floor(rng.next() * 2)] : 255;
      const article = pickArticle(rng, pools, brand, lang, favourite, at);
      if (article < 0) continue;
      const isTopical = favourite !== 255 && articles[article].topicIndex === favourite;
      const bounced = rng.next() < 0.22;
      const engaged = bounced
        ? Math.floor(rng.next() * 10)
        : Math.min(900, Math.round(logNormal(rng, MEDIAN_ENGAGED[deviceIndex], 0.95) * (isTopical ? 1.35 : 1) * (klass === 3 ? 1.15 : 1)));
      const finalScroll = Math.max(3, Math.min(bounced ? 25 : 100, Math.round(10 + engaged * 0.45 + normal(rng) * 12)));
      const viewport = Math.min(finalScroll, VIEWPORT_SCROLL[deviceIndex]);
      track(b, at);
      let pending = emit("pageview", profile, article, at, 0, viewport, device, referrer);
      if (pending) await pending;
      stats.pageviews++;
      const beats = Math.min(MAX_HEARTBEATS, Math.floor(engaged / HEARTBEAT_SECONDS));
      for (let k = 1; k <= beats; k++) {
        const beatAt = at + k * HEARTBEAT_SECONDS * 1000;
        const scroll = Math.round(viewport + ((finalScroll - viewport) * k) / beats);
        pending = emit("heartbeat", profile, article, beatAt, HEARTBEAT_SECONDS, scroll, device, referrer);
        if (pending) await pending;
        stats.heartbeats++;
        track(b, beatAt);
      }
      at += engaged * 1000 + 5000 + Math.floor(rng.next() * 40_000);
    }
  }

  function firstReferrer(klass: number, readsNewsletters: boolean): number {
    const mix = FIRST_REFERRER[klass];
    return weightedIndex(rng, readsNewsletters ? mix : mix.map((w, i) => (i === 4 ? 0 : w)));
  }

  function track(b: number, at: number) {
    if (!pop.browserFirstSeen[b] || at < pop.browserFirstSeen[b]) pop.browserFirstSeen[b] = at;
    if (at > pop.browserLastSeen[b]) pop.browserLastSeen[b] = at;
  }
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));

/** ISO-8601 UTC with second precision, memoising the date part (20M+ calls per big seed). */
function createStamper() {
  let cachedDay = -1;
  let prefix = "";
  return (ms: number): string => {
    const day = Math.floor(ms / DAY);
    if (day !== cachedDay) {
      cachedDay = day;
      prefix = new Date(day * DAY).toISOString().slice(0, 11);
    }
    const seconds = Math.floor((ms - day * DAY) / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[seconds % 60]}Z`;
  };
}
