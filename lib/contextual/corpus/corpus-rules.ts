/**
 * The labelled corpus' own rules (data/contextual/LABELLING.md), in one place: the item schema,
 * the deterministic train/test split and the trap definition. The merge script and the corpus
 * test both call these, so what is appended is exactly what the test accepts.
 */
import { z } from "zod";
import { isBlockedBy } from "../blocklist/match-blocklist";
import type { BlocklistTerm } from "../blocklist/parse-blocklist";
import { GARM_IDS, IAB_BY_ID } from "../taxonomy";
import { RISK_TIERS, TONALITIES } from "../types";

/** "fr-0042"; ids past 9999 take a fifth digit ("en-10200"). */
const ITEM_ID = /^(fr|en)-\d{4,5}$/;

/** Id order for the split: by number, so a five-digit id comes after every four-digit one. */
const idNumber = (id: string) => Number(id.slice(3));

export const corpusItemSchema = z
  .object({
    id: z.string().regex(ITEM_ID),
    lang: z.enum(["fr", "en"]),
    section: z.string().min(2),
    title: z.string().min(5),
    text: z.string().min(40),
    tonality: z.enum(TONALITIES),
    risk: z.enum(RISK_TIERS),
    garm: z.array(z.string().refine((g) => GARM_IDS.has(g), "unknown GARM category")),
    iab: z.array(z.string().refine((id) => IAB_BY_ID.has(id), "unknown IAB id")).min(1).max(2),
    iab_tier1: z.string(),
    trap: z.boolean(),
    split: z.enum(["train", "test", "dev"]).optional(),
  })
  .superRefine((x, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!x.id.startsWith(x.lang + "-")) issue("id", "id prefix must be the language");
    if ((x.risk === "none") !== (x.garm.length === 0)) issue("garm", "garm is empty if and only if risk is none");
    if (IAB_BY_ID.get(x.iab[0])?.tier !== 1) issue("iab", "iab[0] must be a tier-1 id");
    if (x.iab[1] !== undefined && IAB_BY_ID.get(x.iab[1])?.parent !== x.iab[0]) issue("iab", "iab[1] must be a tier-2 child of iab[0]");
    if (x.iab_tier1 !== x.iab[0]) issue("iab_tier1", "iab_tier1 must equal iab[0]");
    if (x.trap && x.risk !== "none" && x.risk !== "low") issue("trap", "a trap is a none or low item");
  });

export type CorpusItem = z.infer<typeof corpusItemSchema>;

/**
 * LABELLING §12: a translation of a TRAIN item into the other language (data/contextual/
 * translations.jsonl). It carries no labels of its own: it takes its source's, so relabelling the
 * source relabels it. Translations only ever train; a test item is never translated.
 */
export const translationSchema = z
  .object({
    source: z.string().regex(ITEM_ID),
    lang: z.enum(["fr", "en"]),
    title: z.string().min(5),
    text: z.string().min(40),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;

/** Why a translation cannot train (null: it can): its source must be a train item in the other language. */
export function translationProblem(t: Translation, source: Pick<CorpusItem, "lang" | "split"> | undefined): string | null {
  if (!source) return "source is not a corpus item";
  if (source.split !== "train") return `source is a ${source.split ?? "unsplit"} item: only train items are translated`;
  if (source.lang === t.lang) return "a translation is in the other language than its source";
  return null;
}

/** The translations as training items: the source's labels, the translation's words. */
export function translatedItems<T extends CorpusItem>(corpus: T[], translations: Translation[]): (T & { translationOf: string })[] {
  const byId = new Map(corpus.map((it) => [it.id, it]));
  return translations.map((t) => {
    const source = byId.get(t.source);
    const problem = translationProblem(t, source);
    if (problem) throw new Error(`translation of ${t.source}: ${problem}`);
    return { ...source!, id: `${t.source}>${t.lang}`, lang: t.lang, title: t.title, text: t.text, translationOf: t.source };
  });
}

/**
 * How a labelled file is split: in id order, every `every`-th item of a stratum is held out as
 * test, the others are `rest`. The corpus trains on its rest; the long-form set never trains,
 * its `dev` half is where length handling may be chosen (LABELLING §7, §10).
 */
export type SplitRule = { every: number; rest: "train" | "dev" };
export const CORPUS_SPLIT: SplitRule = { every: 4, rest: "train" };
export const LONGFORM_SPLIT: SplitRule = { every: 2, rest: "dev" };

/** LABELLING §7: strata lang × risk × trap; in id order, every `rule.every`-th item of a stratum is test. */
export function assignSplits(
  items: { id: string; lang: string; risk: string; trap: boolean }[],
  rule: SplitRule = CORPUS_SPLIT,
): Map<string, "train" | "test" | "dev"> {
  const position = new Map<string, number>();
  const split = new Map<string, "train" | "test" | "dev">();
  for (const it of [...items].sort((a, b) => idNumber(a.id) - idNumber(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const stratum = `${it.lang}|${it.risk}|${it.trap}`;
    const n = (position.get(stratum) ?? 0) + 1;
    position.set(stratum, n);
    split.set(it.id, n % rule.every === 0 ? "test" : rule.rest);
  }
  return split;
}

/**
 * LABELLING §5, the mechanical half: a trap must contain a blocklist entry, and a `none` item
 * that contains one is a trap (nothing sensitive is there to match). `low` items stay a
 * labeller's call (a literal keyword is not a trap).
 */
export function trapProblem(it: Pick<CorpusItem, "title" | "text" | "risk" | "trap">, terms: BlocklistTerm[]): string | null {
  const blocked = isBlockedBy(`${it.title}\n${it.text}`, terms);
  if (it.trap && !blocked) return "trap is true but no blocklist entry occurs in the text";
  if (!it.trap && blocked && it.risk === "none") return "a none item containing a blocklist entry is a trap";
  return null;
}

/**
 * Two items are near-duplicates — the same event or the same wording, which would leak between
 * train and test — when their word trigrams overlap (Jaccard ≥ 0.35) or their content words do
 * (words of 4+ letters, Jaccard ≥ 0.25: same event retold; random pairs of the corpus stay under
 * 0.2 in all but a handful of cases).
 */
export const NEAR_DUPLICATE = { trigrams: 0.35, contentWords: 0.25 } as const;

/** Word trigrams and content words of an item, as sorted ids (the whole-corpus pair check compares ~20M pairs). */
export type Fingerprint = { trigrams: Int32Array; words: Int32Array };

const shingleIds = new Map<string, number>();
function sortedIds(keys: Iterable<string>): Int32Array {
  const ids = new Set<number>();
  for (const k of keys) {
    let id = shingleIds.get(k);
    if (id === undefined) shingleIds.set(k, (id = shingleIds.size));
    ids.add(id);
  }
  return Int32Array.from(ids).sort();
}

export function fingerprint(it: { title: string; text: string }): Fingerprint {
  const text = `${it.title} ${it.text}`;
  return { trigrams: sortedIds(trigramSet(text)), words: sortedIds(foldWords(text).filter((w) => w.length > 3)) };
}

/** Jaccard of two sorted id sets is at least t (false at once when the sizes alone rule it out). */
function jaccardAtLeast(a: Int32Array, b: Int32Array, t: number): boolean {
  if (!a.length || !b.length) return false;
  if (Math.min(a.length, b.length) < t * Math.max(a.length, b.length)) return false;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter) >= t;
}

export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  return jaccardAtLeast(a.trigrams, b.trigrams, NEAR_DUPLICATE.trigrams) || jaccardAtLeast(a.words, b.words, NEAR_DUPLICATE.contentWords);
}

function foldWords(text: string): string[] {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
}

/** Word-trigram set of a text. */
export function trigramSet(text: string): Set<string> {
  const words = foldWords(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
  return out;
}
