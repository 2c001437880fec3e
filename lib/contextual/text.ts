/**
 * Tokenizer, accent folding, light stemming and fast language guess. Hand-written for speed:
 * one pass over the string, offsets kept so explanations can quote the original text.
 */
import type { Lang } from "./types";

export type Token = {
  /** Lower-cased, accent-folded surface form. */
  norm: string;
  /** Light stem of `norm` for the token's language. */
  stem: string;
  start: number;
  end: number;
  /** Sentence index (0-based). */
  sentence: number;
  /** Clause index: bumps at , ; : and sentence ends, so negation does not leak. */
  clause: number;
};

// Fold table for the Latin ranges news text uses: lower-case, strip diacritics, expand ligatures.
const FOLD: string[] = [];
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  FOLD[c] = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
FOLD[0xc6] = "ae";
FOLD[0xe6] = "ae";
FOLD[0x152] = "oe";
FOLD[0x153] = "oe";
FOLD[0xdf] = "ss";

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7)
  );
}

/** Lower-case and strip accents ("Écoles" → "ecoles"). */
export function foldText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else if (c < 0x250) out += FOLD[c];
    else out += s[i].toLowerCase();
  }
  return out;
}

const FR_VERB_ENDINGS = ["eraient", "issaient", "issait", "erait", "aient", "ait", "ant", "er", "ez"];

/**
 * French light stemmer: number, gender and the commonest verb endings, so "tué", "tués",
 * "tuée" and "victimes"/"victime" meet, and "agresser"/"agressait"/"agressé" do too.
 */
export function stemFr(w: string): string {
  let n = w.length;
  if (n <= 3) return w;
  if (n >= 5 && w.endsWith("aux")) return w.slice(0, n - 3) + "al";
  let end = n;
  const last = w.charCodeAt(end - 1);
  if ((last === 115 || last === 120) && w.charCodeAt(end - 2) !== 115) end--; // s, x (not ss)
  if (end > 3 && w.charCodeAt(end - 1) === 101) end--; // e
  if (end > 3 && w.charCodeAt(end - 1) === 101) end--; // ee (blessee)
  let stem = end === n ? w : w.slice(0, end);
  for (const suf of FR_VERB_ENDINGS) {
    if (stem.length - suf.length >= 4 && stem.endsWith(suf)) {
      stem = stem.slice(0, stem.length - suf.length);
      break;
    }
  }
  n = stem.length;
  return stem;
}

/**
 * English light stemmer: plurals only (casualties → casualty, attacks → attack). Stripping
 * -ed/-ing was tried and dropped: it merges harm words with everyday verbs ("beatings" → "beat"
 * as in a match, "raped" → "rap", "shelled" → "Shell", "dealing" → "deal"), so the lexicons
 * list verb forms explicitly instead.
 */
export function stemEn(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (n > 4 && w.endsWith("ies")) return w.slice(0, n - 3) + "y";
  if (w.endsWith("sses")) return w.slice(0, n - 2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, n - 1);
  return w;
}

export function stemFor(lang: Lang): (w: string) => string {
  return lang === "fr" ? stemFr : stemEn;
}

/** Splits text into word tokens (letters/digits; apostrophes and hyphens split). */
export function tokenize(text: string, offset = 0, sentenceBase = 0, clauseBase = 0): Token[] {
  const tokens: Token[] = [];
  let sentence = sentenceBase;
  let clause = clauseBase;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) {
        // . ! ? … end a sentence unless inside a number (3.5) or an abbreviation-like "M."
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (!(c === 46 && prev >= 48 && prev <= 57 && next >= 48 && next <= 57)) {
          sentence++;
          clause++;
        }
      } else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013) {
        clause++;
      }
      i++;
      continue;
    }
    const start = i;
    let norm = "";
    while (i < n) {
      c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c < 128) norm += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      else norm += FOLD[c];
      i++;
    }
    tokens.push({ norm, stem: norm, start: start + offset, end: i + offset, sentence, clause });
  }
  return tokens;
}

const FR_HINTS = new Set(
  "le la les des du une et est dans pour pas sur aux ce cette il elle ont sont avec plus par ne se sa son ses leur ete etre nous vous qui que qu l d n c s j au un en mais ou tres apres selon deja aussi comme lors entre sans sous vers chez".split(
    " ",
  ),
);
const EN_HINTS = new Set(
  "the of and to is was for on that with as by at from it are were be has have this an will after not but his her their they said its which who been would could more than into about over new says can in".split(
    " ",
  ),
);

/** Fills `stem` for the chosen language (tokenize leaves it equal to `norm`). */
export function applyStems(tokens: Token[], lang: Lang): void {
  const stem = lang === "fr" ? stemFr : stemEn;
  for (const t of tokens) t.stem = stem(t.norm);
}

/** Function-word vote; cheap and reliable on a title + a few sentences. Falls back to French. */
export function detectLang(tokens: readonly Token[]): Lang {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_HINTS.has(t.norm)) fr++;
    if (EN_HINTS.has(t.norm)) en++;
  }
  return en > fr ? "en" : "fr";
}
