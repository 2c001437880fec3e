/**
 * classifierVersion() = release + a hash of every lexicon entry and of the model weights, so any lexicon or weight change
 * yields a new version without anyone remembering to bump it. RELEASE moves when the pipeline's
 * code reads text differently (2: long articles read passage by passage; 3: page furniture —
 * bylines, "Lire aussi" links, newsletter promos — removed before reading, see page-furniture.ts).
 */
import { LEXICON_ENTRIES } from "./lexicon";
import { modelDigest } from "./model";
import { LONG_TEXT } from "./passages";

const RELEASE = "3";

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

let version: string | undefined;

/** Computed on first use: it includes the weights file's digest, and that file is only read when needed (model.ts). */
export function classifierVersion(): string {
  if (version) return version;
  const lexicon = LEXICON_ENTRIES.map((e) => `${e.lang}|${e.phrase}|${JSON.stringify(e.payload)}`).join("\n");
  version = `ctx-${RELEASE}.${fnv1a(lexicon + "\n" + modelDigest() + "\n" + JSON.stringify(LONG_TEXT))}`;
  return version;
}
