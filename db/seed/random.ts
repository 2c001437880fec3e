/*
 * Deterministic randomness for the seed. Math.random is never used: the same seed must
 * give the same database, byte for byte, so tests and benches can compare runs.
 */

/** sfc32 (Small Fast Counting), 128-bit state: fast, good statistical quality, tiny. */
export type Rng = {
  /** Uniform float in [0, 1). */
  next: () => number;
  /** Uniform unsigned 32-bit integer. */
  u32: () => number;
};

export function createRng(seed: number, stream = 0): Rng {
  let a = 0x9e3779b9 ^ (seed >>> 0);
  let b = 0x243f6a88 ^ Math.imul(stream >>> 0, 0x85ebca6b);
  let c = 0xb7e15162 ^ (Math.imul(seed >>> 0, 0xc2b2ae35) >>> 0);
  let d = 1;
  const u32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so nearby seeds diverge immediately.
  for (let i = 0; i < 15; i++) u32();
  return { u32, next: () => u32() / 4294967296 };
}

/** Derives an independent stream for a named sub-generator ("articles", "profiles"…). */
export function deriveRng(seed: number, name: string): Rng {
  return createRng(seed, hashString(name));
}

/** FNV-1a 32-bit: stable string → number for stream names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)];
}

export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** Index drawn with probability proportional to weights[i]. */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Picks a key of a { key: weight } table. */
export function weightedKey<K extends string>(rng: Rng, table: Readonly<Record<K, number>>): K {
  const keys = Object.keys(table) as K[];
  return keys[weightedIndex(rng, keys.map((k) => table[k]))];
}

/** Precomputed cumulative table for hot loops (binary search instead of a linear scan). */
export type Cumulative = { cum: Float64Array; total: number };

export function cumulative(weights: readonly number[]): Cumulative {
  const cum = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cum[i] = total;
  });
  return { cum, total };
}

export function drawCumulative(rng: Rng, table: Cumulative): number {
  const r = rng.next() * table.total;
  let lo = 0;
  let hi = table.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cum[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Standard normal (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** Number of failures before the first success, P(success) = p. Mean (1-p)/p. */
export function geometric(rng: Rng, p: number): number {
  return Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
}

/** Poisson by inversion; fine for the small means used here. */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Distinct sample of k items (k ≤ length). */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  return shuffle(rng, [...items]).slice(0, Math.min(k, items.length));
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}

/**
 * RFC 9562 UUIDv8 (custom layout): the first 48 bits are a caller-given monotonic
 * counter, the rest PRNG bits. Seeded events are written in counter order, so the
 * primary-key b-tree grows at its right edge instead of taking random inserts.
 */
export function uuidV8(rng: Rng, counter: number): string {
  const hi = Math.floor(counter / 65536) >>> 0;
  const lo = counter % 65536;
  const r1 = rng.u32();
  const r2 = rng.u32();
  const r3 = rng.u32();
  const timeLow = hex32(hi);
  const timeMid = HEX[(lo >>> 8) & 255] + HEX[lo & 255];
  const ver = HEX[0x80 | ((r1 >>> 24) & 0x0f)] + HEX[(r1 >>> 16) & 255];
  const variant = HEX[0x80 | ((r1 >>> 8) & 0x3f)] + HEX[r1 & 255];
  return `${timeLow}-${timeMid}-${ver}-${variant}-${hex32(r2)}${HEX[(r3 >>> 8) & 255]}${HEX[r3 & 255]}`;
}

/** RFC 9562 UUIDv4 from the PRNG (deterministic, unlike crypto.randomUUID). */
export function uuidV4(rng: Rng): string {
  const a = rng.u32();
  const b = rng.u32();
  const c = rng.u32();
  const d = rng.u32();
  const vb = (b & 0xffff0fff) | 0x00004000;
  const vc = (c & 0x3fffffff) | 0x80000000;
  const bh = hex32(vb >>> 0);
  const ch = hex32(vc >>> 0);
  return `${hex32(a)}-${bh.slice(0, 4)}-${bh.slice(4)}-${ch.slice(0, 4)}-${ch.slice(4)}${hex32(d)}`;
}
