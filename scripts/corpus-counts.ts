/**
 * Prints LABELLING.md §8 (the corpus counts) as markdown, computed from corpus.jsonl, so the guide
 * never drifts from the data:  npx tsx scripts/corpus-counts.ts
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isBlockedBy } from "../lib/contextual/blocklist/match-blocklist";
import { parseBlocklist } from "../lib/contextual/blocklist/parse-blocklist";
import { IAB_BY_ID } from "../lib/contextual/taxonomy";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
type Item = { id: string; lang: string; section: string; title: string; text: string; tonality: string; risk: string; garm: string[]; iab: string[]; iab_tier1: string; trap: boolean; split: string };
const items: Item[] = readFileSync(resolve(root, "data/contextual/corpus.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const terms = parseBlocklist(readFileSync(resolve(root, "data/contextual/blocklist-baseline.txt"), "utf8")).terms;
const blocked = new Map(items.map((x) => [x.id, isBlockedBy(`${x.title}\n${x.text}`, terms)]));
const RISKY = new Set(["medium", "high", "floor"]);
const out: string[] = [];
const count = (xs: Item[], f: (x: Item) => boolean) => xs.filter(f).length;

function byLangSplit(title: string, values: string[], f: (x: Item, v: string) => boolean) {
  out.push(`| ${title} | fr | en | total | train | test |`, "|---|---:|---:|---:|---:|---:|");
  for (const v of values) {
    const xs = items.filter((x) => f(x, v));
    out.push(`| ${v} | ${count(xs, (x) => x.lang === "fr")} | ${count(xs, (x) => x.lang === "en")} | ${xs.length} | ${count(xs, (x) => x.split === "train")} | ${count(xs, (x) => x.split === "test")} |`);
  }
  out.push("");
}
function ranked(title: string, keys: string[], name?: (k: string) => string) {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  out.push(name ? `| ${title} | name | items |` : `| ${title} | items |`, name ? "|---|---|---:|" : "|---|---:|");
  for (const [k, n] of [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out.push(name ? `| ${k} | ${name(k)} | ${n} |` : `| ${k} | ${n} |`);
  out.push("");
}

byLangSplit("all", ["all"], () => true);
byLangSplit("tonality", ["optimistic", "neutral", "pessimistic", "anxious"], (x, v) => x.tonality === v);
byLangSplit("risk", ["none", "low", "medium", "high", "floor"], (x, v) => x.risk === v);
byLangSplit("trap", ["true", "false"], (x, v) => String(x.trap) === v);
byLangSplit("risky without blocklist term", ["true"], (x) => RISKY.has(x.risk) && !blocked.get(x.id));
out.push("| tonality × risk | none | low | medium | high | floor |", "|---|---:|---:|---:|---:|---:|");
for (const t of ["optimistic", "neutral", "pessimistic", "anxious"]) {
  out.push(`| ${t} | ${["none", "low", "medium", "high", "floor"].map((r) => count(items, (x) => x.tonality === t && x.risk === r)).join(" | ")} |`);
}
out.push("");
ranked("GARM category (multi-label)", items.flatMap((x) => x.garm));
ranked("section", items.map((x) => x.section));
ranked("IAB tier-1 id", items.map((x) => x.iab_tier1), (k) => IAB_BY_ID.get(k)?.name ?? "?");
out.push(`Items with a tier-2 id: ${count(items, (x) => x.iab.length > 1)} of ${items.length}.`, "");
out.push("Baseline: `blocklist-baseline.txt` applied to title + text (an item is blocked if any entry matches):", "");
out.push("| lang | safe items blocked (none/low) | traps blocked | risky items caught (medium/high/floor) |", "|---|---:|---:|---:|");
for (const lang of ["all", "fr", "en"]) {
  const xs = items.filter((x) => lang === "all" || x.lang === lang);
  const safe = xs.filter((x) => !RISKY.has(x.risk));
  const traps = xs.filter((x) => x.trap);
  const risky = xs.filter((x) => RISKY.has(x.risk));
  const b = (ys: Item[]) => count(ys, (x) => blocked.get(x.id)!);
  out.push(`| ${lang} | ${b(safe)}/${safe.length} (${Math.round((100 * b(safe)) / safe.length)} %) | ${b(traps)}/${traps.length} | ${b(risky)}/${risky.length} (${Math.round((100 * b(risky)) / risky.length)} %) |`);
}
console.log(out.join("\n"));
