/**
 * Multi-word lexicon matcher. Phrases are compiled once into a token trie per language; a
 * word may be exact (compared on light stems, so plurals/feminines match) or a prefix
 * ("bless*", compared on the folded surface form). One left-to-right pass finds every match.
 */
import type { Lang } from "./types";
import { applyStems, tokenize, type Token } from "./text";

export type PhraseEntry<P> = { lang: Lang | "*"; phrase: string; payload: P };
export type Match<P> = { start: number; end: number; payload: P };

type PNode<P> = { next: Map<number, PNode<P>> | null; payloads: P[] | null };
type CNode = { next: Map<number, CNode> | null; sym: number };

type LangIndex<P> = {
  exact: Map<string, number>;
  prefixRoot: CNode;
  hasPrefix: boolean;
  root: PNode<P>;
};

export type CompiledMatcher<P> = {
  byLang: Record<Lang, LangIndex<P>>;
  size: number;
};

type PatternWord = { text: string; prefix: boolean; num?: boolean };

/** "#" in a phrase matches any number, in digits or words ("3 morts", "three dead", "dozens killed"). */
const NUM_SYM = -2;
const NUMBER_WORDS = new Set(
  (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents centaine centaines dizaine dizaines mille milliers plusieurs quelques nombreux nombreuses " +
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds dozen dozens thousand thousands score scores several many"
  ).split(" "),
);

export function isNumberToken(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(t.norm);
}

function parsePhrase(phrase: string, lang: Lang): PatternWord[] {
  const words: PatternWord[] = [];
  for (const raw of phrase.trim().split(/\s+/)) {
    if (raw === "#") {
      words.push({ text: "#", prefix: false, num: true });
      continue;
    }
    const prefix = raw.endsWith("*");
    const body = prefix ? raw.slice(0, -1) : raw;
    const toks = tokenize(body);
    applyStems(toks, lang);
    toks.forEach((t, i) => {
      const isLast = i === toks.length - 1;
      words.push({ text: prefix && isLast ? t.norm : t.stem, prefix: prefix && isLast });
    });
  }
  return words;
}

function emptyIndex<P>(): LangIndex<P> {
  return { exact: new Map(), prefixRoot: { next: null, sym: -1 }, hasPrefix: false, root: { next: null, payloads: null } };
}

export function compileMatcher<P>(entries: readonly PhraseEntry<P>[]): CompiledMatcher<P> {
  const byLang: Record<Lang, LangIndex<P>> = { fr: emptyIndex<P>(), en: emptyIndex<P>() };
  let nextSym = 0;
  const symFor = (idx: LangIndex<P>, w: PatternWord): number => {
    if (w.num) return NUM_SYM;
    if (!w.prefix) {
      let s = idx.exact.get(w.text);
      if (s === undefined) idx.exact.set(w.text, (s = nextSym++));
      return s;
    }
    idx.hasPrefix = true;
    let node = idx.prefixRoot;
    for (let i = 0; i < w.text.length; i++) {
      const c = w.text.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: null, sym: -1 }));
      node = child;
    }
    if (node.sym < 0) node.sym = nextSym++;
    return node.sym;
  };
  for (const e of entries) {
    const langs: Lang[] = e.lang === "*" ? ["fr", "en"] : [e.lang];
    for (const lang of langs) {
      const idx = byLang[lang];
      const words = parsePhrase(e.phrase, lang);
      if (words.length === 0) continue;
      let node = idx.root;
      for (const w of words) {
        const s = symFor(idx, w);
        node.next ??= new Map();
        let child = node.next.get(s);
        if (!child) node.next.set(s, (child = { next: null, payloads: null }));
        node = child;
      }
      (node.payloads ??= []).push(e.payload);
    }
  }
  return { byLang, size: entries.length };
}

/** Symbols each token can stand for (exact stem and any matching prefixes). */
function symbolsOf<P>(idx: LangIndex<P>, t: Token, out: number[]): void {
  out.length = 0;
  if (isNumberToken(t)) out.push(NUM_SYM);
  const s = idx.exact.get(t.stem);
  if (s !== undefined) out.push(s);
  if (!idx.hasPrefix) return;
  let node: CNode | undefined = idx.prefixRoot;
  const w = t.norm;
  for (let i = 0; i < w.length && node; i++) {
    node = node.next?.get(w.charCodeAt(i));
    if (node && node.sym >= 0) out.push(node.sym);
  }
}

export function findMatches<P>(m: CompiledMatcher<P>, lang: Lang, tokens: readonly Token[]): Match<P>[] {
  const idx = m.byLang[lang];
  const syms: number[][] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const arr: number[] = [];
    symbolsOf(idx, tokens[i], arr);
    syms[i] = arr;
  }
  const out: Match<P>[] = [];
  const walk = (node: PNode<P>, start: number, j: number) => {
    if (j >= tokens.length || !node.next) return;
    for (const s of syms[j]) {
      const child = node.next.get(s);
      if (!child) continue;
      if (child.payloads) for (const p of child.payloads) out.push({ start, end: j + 1, payload: p });
      walk(child, start, j + 1);
    }
  };
  for (let i = 0; i < tokens.length; i++) if (syms[i].length) walk(idx.root, i, i);
  return out;
}
