/**
 * Appends newly written items to data/contextual/corpus.jsonl, after the checks the corpus
 * test makes: schema and taxonomy ids, unique ids, the trap rule, no near-duplicate of any item
 * already in the corpus (same wording or same event, see NEAR_DUPLICATE), and the deterministic split.
 *   npx tsx scripts/merge-corpus.ts [--dry-run] [--resplit] [--longform] NEW.jsonl [NEW2.jsonl …]
 * --longform appends to the long-form evaluation set (data/contextual/longform.jsonl, split
 * dev/test, never trained on) instead; near-duplicates are checked against both files.
 * New ids normally sort after every existing id, so no existing item changes split. --resplit
 * accepts that some do (new ids below existing ones): only before a model is trained on them.
 * Rejected items are listed on stderr with file:line and the reason; the others are appended.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBlocklist } from "../lib/contextual/blocklist/parse-blocklist";
import { assignSplits, CORPUS_SPLIT, corpusItemSchema, LONGFORM_SPLIT, fingerprint, isNearDuplicate, trapProblem, type CorpusItem } from "../lib/contextual/corpus/corpus-rules";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(root, "data/contextual/corpus.jsonl");
const LONGFORM = resolve(root, "data/contextual/longform.jsonl");
const log = (s: string) => process.stderr.write(s + "\n");

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const longform = args.includes("--longform");
const target = longform ? LONGFORM : CORPUS;
const rule = longform ? LONGFORM_SPLIT : CORPUS_SPLIT;
const files = args.filter((a) => !a.startsWith("--"));
const terms = parseBlocklist(readFileSync(resolve(root, "data/contextual/blocklist-baseline.txt"), "utf8")).terms;

const readItems = (file: string): CorpusItem[] =>
  existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];
// `corpus` is the file appended to; ids and events must be new to both files.
const corpus = readItems(target);
const other = readItems(longform ? CORPUS : LONGFORM);
const ids = new Set([...corpus, ...other].map((x) => x.id));
const shingles = [...corpus, ...other].map((x) => ({ id: x.id, lang: x.lang, f: fingerprint(x) }));
const accepted: CorpusItem[] = [];
let rejected = 0;

for (const file of files) {
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const reject = (why: string) => {
      rejected++;
      log(`${where}: rejected — ${why}`);
    };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      return reject(`bad JSON (${(e as Error).message})`);
    }
    const parsed = corpusItemSchema.safeParse(raw);
    if (!parsed.success) return reject(parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; "));
    const it = parsed.data;
    if (ids.has(it.id)) return reject(`duplicate id ${it.id}`);
    const trap = trapProblem(it, terms);
    if (trap) return reject(trap);
    const f = fingerprint(it);
    const twin = shingles.find((s) => s.lang === it.lang && isNearDuplicate(s.f, f));
    if (twin) return reject(`near-duplicate of ${twin.id}`);
    ids.add(it.id);
    shingles.push({ id: it.id, lang: it.lang, f });
    accepted.push({ ...it, split: undefined });
  });
}

const all = [...corpus, ...accepted];
const split = assignSplits(all, rule);
const moved = corpus.filter((x) => x.split !== split.get(x.id)).map((x) => x.id);
if (moved.length && !args.includes("--resplit")) {
  log(`refusing: the split rule would move existing items (${moved.slice(0, 5).join(", ")}…); --resplit accepts it`);
  process.exit(1);
}
accepted.sort((a, b) => (a.id < b.id ? -1 : 1));
const lines = accepted.map((x) => JSON.stringify({ ...x, split: split.get(x.id) }));
if (moved.length) log(`${moved.length} existing items change split (--resplit)`);
const toTest = accepted.filter((x) => split.get(x.id) === "test").length;
log(`${accepted.length} accepted (${accepted.length - toTest} ${rule.rest}, ${toTest} test), ${rejected} rejected${dryRun ? " — dry run, nothing written" : ""}`);
const existing = corpus.map((x) => JSON.stringify({ ...x, split: split.get(x.id) }));
if (!dryRun && lines.length) writeFileSync(target, [...existing, ...lines].join("\n") + "\n");
