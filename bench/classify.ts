/**
 * npm run -s bench -- classify [--articles N] [--longform]
 * Single-core classifier throughput and per-article latency on realistic articles (title +
 * 2–4 sentence lead): the seed's FR/EN article generator, plus the labelled corpus texts.
 * --longform measures the 180 full-length articles of data/contextual/longform.jsonl instead
 * (250–650 words, read passage by passage), same output fields.
 * Progress on stderr; the last stdout line is {"name":"classify","articles_per_s","p99_ms"}.
 * Each measurement is repeated (see PASSES) because the machine is shared.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../db/seed/articles";
import { classifyArticle, classifierVersion } from "../lib/contextual/index";
import type { ClassifyInput } from "../lib/contextual/types";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const ai = args.indexOf("--articles");
const N = ai >= 0 ? Number(args[ai + 1]) : 10_000;
const log = (s: string) => process.stderr.write(s + "\n");

const readTexts = (file: string): ClassifyInput[] =>
  readFileSync(resolve(root, file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const it = JSON.parse(line) as { title: string; text: string };
      return { title: it.title, text: it.text };
    });

function loadArticles(): ClassifyInput[] {
  if (args.includes("--longform")) return readTexts("data/contextual/longform.jsonl");
  const out: ClassifyInput[] = generateArticles({ seed: 20_251_124, count: N, now: new Date("2026-01-15T00:00:00Z"), days: 60 }).map((a) => ({
    title: a.title,
    text: a.lead,
  }));
  try {
    out.push(...readTexts("data/contextual/corpus.jsonl"));
  } catch {
    log("corpus not found; seed articles only");
  }
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const articles = loadArticles();
const avgChars = Math.round(articles.reduce((s, a) => s + a.title.length + a.text.length, 0) / articles.length);
log(`classifier ${classifierVersion()}: ${articles.length} articles, ${avgChars} chars on average`);

// Warm-up: let the JIT settle before measuring.
for (let i = 0; i < Math.min(2000, articles.length); i++) classifyArticle(articles[i]);
log("warm-up done");

// The machine is shared (other processes preempt us for milliseconds at a time), so each
// measurement runs PASSES times: throughput is the median pass; an article's latency is the
// fastest of its PASSES timings, then p99 is taken over articles. Wall-clock, one thread.
const PASSES = 3;
let sink = 0;
const rates: number[] = [];
const lat = new Float64Array(articles.length).fill(Infinity);
for (let pass = 1; pass <= PASSES; pass++) {
  const t0 = process.hrtime.bigint();
  for (const a of articles) sink += classifyArticle(a).iab.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(articles.length / seconds);
  log(`pass ${pass}/${PASSES} throughput: ${articles.length} articles in ${seconds.toFixed(2)} s → ${Math.round(articles.length / seconds)} articles/s`);
  articles.forEach((a, i) => {
    const s = process.hrtime.bigint();
    sink += classifyArticle(a).explain.length;
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    if (ms < lat[i]) lat[i] = ms;
  });
  log(`pass ${pass}/${PASSES} latency done`);
}
rates.sort((x, y) => x - y);
const perSecond = rates[Math.floor(PASSES / 2)];
lat.sort();
const p50 = percentile(lat, 0.5);
const p99 = percentile(lat, 0.99);
log(`median throughput ${Math.round(perSecond)} articles/s; latency p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${lat[lat.length - 1].toFixed(3)} ms (checksum ${sink})`);
console.log(JSON.stringify({ name: "classify", articles_per_s: Math.round(perSecond), p99_ms: Math.round(p99 * 1000) / 1000 }));
