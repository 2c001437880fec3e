import type { SeedArticle } from "./articles";
import { type Rng, logNormal } from "./random";

/*
 * What a reader can open at time T: per (brand, language) and per (brand, language, topic),
 * the articles sorted by publication time. Readers mostly open fresh news (days old), some
 * evergreen archive pieces, and popular articles more than others.
 */

type Pool = { ids: Int32Array; times: Float64Array };

export type ArticlePools = {
  byBrandLang: Map<number, Pool>;
  byBrandLangTopic: Map<number, Pool>;
  popularity: Float32Array;
};

const key = (brand: number, lang: number, topic = 255) => (brand * 2 + lang) * 256 + topic;
export const LANG_CODE = { fr: 0, en: 1 } as const;

/** `articles` must be sorted by publishedAt (generateArticles does it). */
export function buildArticlePools(rng: Rng, articles: readonly SeedArticle[]): ArticlePools {
  const lists = new Map<number, number[]>();
  const push = (k: number, i: number) => {
    let list = lists.get(k);
    if (!list) lists.set(k, (list = []));
    list.push(i);
  };
  const popularity = new Float32Array(articles.length);
  articles.forEach((a, i) => {
    const lang = LANG_CODE[a.lang];
    push(key(a.brandIndex, lang), i);
    push(key(a.brandIndex, lang, a.topicIndex), i);
    popularity[i] = logNormal(rng, 1, 1);
  });
  const byBrandLang = new Map<number, Pool>();
  const byBrandLangTopic = new Map<number, Pool>();
  for (const [k, list] of lists) {
    const pool = { ids: Int32Array.from(list), times: Float64Array.from(list, (i) => articles[i].publishedAt) };
    (k % 256 === 255 ? byBrandLang : byBrandLangTopic).set(k, pool);
  }
  return { byBrandLang, byBrandLangTopic, popularity };
}

const DAY = 86_400_000;

/** First index whose time is > t. */
function upperBound(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function drawFrom(rng: Rng, pool: Pool, at: number): number {
  const hi = upperBound(pool.times, at) - 1;
  if (hi < 0) return -1;
  if (rng.next() < 0.18) return pool.ids[Math.floor(rng.next() * (hi + 1))];
  let lo = lowerBound(pool.times, at - 3 * DAY);
  if (lo > hi) lo = lowerBound(pool.times, at - 30 * DAY);
  if (lo > hi) lo = 0;
  // Skewed towards the newest pieces.
  const offset = Math.floor((hi - lo + 1) * Math.pow(rng.next(), 1.7));
  return pool.ids[hi - offset];
}

/**
 * An article of `brand` published before `at`, on `topic` when that pool has one. Two
 * candidates are drawn and the more popular one usually wins, which gives the heavy-headed
 * distribution of real article audiences. Returns -1 when the brand has nothing yet.
 */
export function pickArticle(rng: Rng, pools: ArticlePools, brand: number, lang: number, topic: number, at: number): number {
  const topical = topic === 255 ? undefined : pools.byBrandLangTopic.get(key(brand, lang, topic));
  const pool = topical ?? pools.byBrandLang.get(key(brand, lang)) ?? pools.byBrandLang.get(key(brand, 1 - lang));
  if (!pool) return -1;
  let first = drawFrom(rng, pool, at);
  if (first < 0 && topical) {
    const fallback = pools.byBrandLang.get(key(brand, lang)) ?? pools.byBrandLang.get(key(brand, 1 - lang));
    if (!fallback) return -1;
    first = drawFrom(rng, fallback, at);
    return first;
  }
  if (first < 0) return -1;
  const second = drawFrom(rng, pool, at);
  if (second < 0 || rng.next() > 0.75) return first;
  return pools.popularity[second] > pools.popularity[first] ? second : first;
}
