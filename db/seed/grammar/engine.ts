import { type Rng, pick, randInt } from "../random";

/*
 * A tiny generative grammar. Templates are strings with:
 *   {slot}          a random entry of the slot's pool (topic pool first, then shared, then
 *                   computed slots such as {city}); entries may themselves contain braces;
 *   {a|b|c}         an inline alternative;
 *   {n:5-40}        an integer in the range.
 * French typography (elision, à le → au…) is fixed after expansion.
 */

export type Lang = "fr" | "en";
export type Pools = Record<string, readonly string[]>;

export type ExpandContext = {
  rng: Rng;
  lang: Lang;
  /** Searched in order: the topic's own pools, then the shared ones. */
  pools: readonly Pools[];
  /** Computed slots (cities of the brand's region, years relative to the seed date…). */
  computed: Record<string, (rng: Rng) => string>;
  /**
   * Per-article memory: slots named in `memoSlots` keep their first value for the whole
   * article (the title's city is the lead's city). "{city2}" draws a value different from
   * "{city}" (from a "city2" pool when one exists, else from the "city" pool).
   */
  memo?: Map<string, string>;
  memoSlots?: ReadonlySet<string>;
};

const MAX_DEPTH = 8;

/** 12 500 in French, 12,500 in English; years and small numbers stay bare. */
export function formatInt(value: number, lang: Lang): string {
  if (value < 10000) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? " " : ",");
}

export function expand(template: string, ctx: ExpandContext, depth = 0): string {
  if (depth > MAX_DEPTH) throw new Error(`grammar recursion too deep near "${template}"`);
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    const end = matchingBrace(template, i);
    const inner = template.slice(i + 1, end);
    out += expandToken(inner, ctx, depth);
    i = end + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  throw new Error(`unbalanced braces in "${text}"`);
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < inner.length; j++) {
    if (inner[j] === "{") depth++;
    else if (inner[j] === "}") depth--;
    else if (inner[j] === "|" && depth === 0) {
      parts.push(inner.slice(start, j));
      start = j + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

function expandToken(inner: string, ctx: ExpandContext, depth: number): string {
  const alternatives = splitTopLevel(inner);
  if (alternatives.length > 1) return expand(pick(ctx.rng, alternatives), ctx, depth + 1);
  const range = /^n:(\d+)-(\d+)$/.exec(inner);
  if (range) return formatInt(randInt(ctx.rng, Number(range[1]), Number(range[2])), ctx.lang);
  const memoKey = memoKeyOf(inner, ctx);
  if (!memoKey) return drawSlot(inner, ctx, depth);
  const known = ctx.memo!.get(inner);
  if (known !== undefined) return known;
  let value = drawSlot(inner, ctx, depth);
  if (memoKey !== inner) {
    // A numbered variant ("city2"): differ from the base slot's value when possible.
    const base = ctx.memo!.get(memoKey);
    for (let i = 0; i < 8 && base !== undefined && value === base; i++) value = drawSlot(inner, ctx, depth);
  }
  ctx.memo!.set(inner, value);
  return value;
}

function memoKeyOf(slot: string, ctx: ExpandContext): string | null {
  if (!ctx.memo || !ctx.memoSlots) return null;
  if (ctx.memoSlots.has(slot)) return slot;
  const numbered = /^(.+?)[2-9]$/.exec(slot);
  return numbered && ctx.memoSlots.has(numbered[1]) ? numbered[1] : null;
}

function drawSlot(slot: string, ctx: ExpandContext, depth: number): string {
  for (const pools of ctx.pools) {
    const pool = pools[slot];
    if (pool) return expand(pick(ctx.rng, pool), ctx, depth + 1);
  }
  const fn = ctx.computed[slot];
  if (fn) return fn(ctx.rng);
  const numbered = /^(.+?)[2-9]$/.exec(slot);
  if (numbered) return drawSlot(numbered[1], ctx, depth);
  throw new Error(`unknown grammar slot {${slot}} (${ctx.lang})`);
}

const VOWEL = "aeiouyéèêëàâîïôöûüAEIOUYÉÈÊËÀÂÎÏÔÛ";
// Word starts: JS \b is ASCII-only, so "à" needs an explicit lookbehind.
const START = "(?<=^|[\\s(«\"’'])";
const ELIDE = new RegExp(`${START}(de|que|le|la|ne|se|jusque|lorsque|puisque|De|Que|Le|La) (?=[${VOWEL}])`, "g");

/** French contractions and elisions that slot filling breaks ("de Orléans", "à le marché"). */
export function fixFrench(text: string): string {
  return text
    .replace(new RegExp(`${START}à le `, "g"), "au ")
    .replace(new RegExp(`${START}à les `, "g"), "aux ")
    .replace(new RegExp(`${START}de le `, "g"), "du ")
    .replace(new RegExp(`${START}de les `, "g"), "des ")
    .replace(new RegExp(`${START}De le `, "g"), "Du ")
    .replace(ELIDE, (w: string) => `${w.trimEnd().slice(0, -1)}'`)
    .replace(/ +/g, " ")
    .replace(/ ([,.])/g, "$1")
    .replace(/' /g, "'");
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Expands a sentence template and tidies it for its language. */
export function sentence(template: string, ctx: ExpandContext): string {
  let text = expand(template, ctx).trim();
  if (ctx.lang === "fr") text = fixFrench(text);
  else text = text.replace(/ +/g, " ").replace(/ ([,.])/g, "$1").replace(/\b([Aa]) (?=[aio]|e(?!u)|u(?!n[ei]|s))/g, "$1n ");
  return capitalize(text);
}
