/**
 * Inter-annotator agreement on the labelled corpus, and the adjudication record.
 *   npx tsx scripts/corpus-agreement.ts [--longform] [--first-labels OUT.jsonl]
 * data/contextual/agreement/second-annotator.jsonl holds a blind second labelling of every item
 * (tonality, risk, IAB tier-1); adjudication.jsonl holds, for each item where the two disagreed
 * on tonality or IAB tier-1, both labels and the third annotator's decision (now in corpus.jsonl).
 * --first-labels writes the corpus with the first annotator's labels put back, so the classifier
 * can also be evaluated against the pre-adjudication gold. --longform does the same for the
 * long-form set (longform.jsonl, agreement/longform-*.jsonl).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(root, "data/contextual");
const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

type Item = { id: string; split: string; tonality: string; risk: string; iab: string[]; iab_tier1: string };
type Second = { id: string; tonality: string; risk: string; iab_tier1: string };
type Decision = { first: string; second: string; final: string };
type Adjudication = { id: string; tonality?: Decision; iab_tier1?: Decision & { firstIab: string[] } };

const longform = process.argv.includes("--longform");
const prefix = longform ? "longform-" : "";
const corpus = readJsonl<Item>(resolve(dir, longform ? "longform.jsonl" : "corpus.jsonl"));
const second = new Map(readJsonl<Second>(resolve(dir, `agreement/${prefix}second-annotator.jsonl`)).map((x) => [x.id, x]));
const adjudication = new Map(readJsonl<Adjudication>(resolve(dir, `agreement/${prefix}adjudication.jsonl`)).map((x) => [x.id, x]));

/** The first annotator's label: the adjudication record keeps it when the corpus now holds the final one. */
function firstLabel(it: Item, field: "tonality" | "iab_tier1"): string {
  return adjudication.get(it.id)?.[field]?.first ?? it[field];
}

const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) + " %" : "n/a");
for (const split of ["all", longform ? "dev" : "train", "test"]) {
  const items = corpus.filter((it) => (split === "all" || it.split === split) && second.has(it.id));
  let tone = 0, risk = 0, iab = 0;
  for (const it of items) {
    const b = second.get(it.id)!;
    if (firstLabel(it, "tonality") === b.tonality) tone++;
    if (it.risk === b.risk) risk++;
    if (firstLabel(it, "iab_tier1") === b.iab_tier1) iab++;
  }
  console.log(`${split.padEnd(5)} ${items.length} items double-annotated — agreement: tonality ${pct(tone, items.length)}, risk ${pct(risk, items.length)}, IAB tier-1 ${pct(iab, items.length)}`);
}
for (const field of ["tonality", "iab_tier1"] as const) {
  const ds = [...adjudication.values()].map((a) => a[field]).filter((d): d is Decision => !!d);
  const kept = ds.filter((d) => d.final === d.first).length;
  console.log(`${field}: ${ds.length} disagreements adjudicated — first annotator upheld ${pct(kept, ds.length)}, second ${pct(ds.length - kept, ds.length)}`);
}

const i = process.argv.indexOf("--first-labels");
if (i > 0) {
  const out = corpus.map((it) => {
    const tonality = firstLabel(it, "tonality");
    const t1 = firstLabel(it, "iab_tier1");
    return JSON.stringify({ ...it, tonality, iab_tier1: t1, iab: adjudication.get(it.id)?.iab_tier1?.firstIab ?? it.iab });
  });
  writeFileSync(process.argv[i + 1], out.join("\n") + "\n");
  console.log(`wrote ${process.argv[i + 1]} (first annotator's tonality and IAB tier-1)`);
}
