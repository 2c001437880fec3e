/**
 * npm run -s bench -- intake [--articles 200] [--seconds 20] [--batch 1] [--url http://127.0.0.1:3103]
 *
 * Arrival → stored labels latency through the real queue:
 * 1. bench cluster (DATABASE_URL, else embedded .data/bench-pg on 54349, database bench_intake),
 *    migrations, one brand with its sections and a CMS API key;
 * 2. the job worker (`scripts/worker.ts`) started in a CHILD process, as in production;
 * 3. --articles articles spread evenly over --seconds, in pushes of --batch: through
 *    upsertArticles + enqueue (the push API's own code path), or through the HTTP route
 *    POST /api/v1/articles when --url points at a running console on the same database;
 * 4. for each article, articles.received_at → article_labels.labelled_at (both set by the
 *    database clock), once every article is labelled (or after a 60 s timeout).
 * Texts cycle through the labelled corpus (data/contextual/corpus.jsonl), made unique per run.
 * Progress on stderr; the last stdout line is the JSON result.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDb, type Db } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { createApiKey } from "../lib/contextual/intake/api-keys";
import type { ArticleInput } from "../lib/contextual/intake/article-input";
import { upsertArticles } from "../lib/contextual/intake/upsert-articles";
import { createBossOnPool, startBoss } from "../lib/jobs/boss";
import { enqueueLabelJobs } from "../lib/jobs/enqueue";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
function stringFlag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ARTICLES = flag("articles", 200);
const SECONDS = flag("seconds", 20);
const BATCH = Math.min(flag("batch", 1), 100);
const URL_BASE = stringFlag("url");
const TIMEOUT_MS = 60_000;
const BRAND = "bench-intake-daily";
const log = (message: string) => console.error(`[bench intake] ${message}`);

type CorpusItem = { id: string; lang: "fr" | "en"; section: string; title: string; text: string };

function corpusArticles(run: string, count: number): ArticleInput[] {
  const corpus = readFileSync(resolve(process.cwd(), "data/contextual/corpus.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusItem);
  return Array.from({ length: count }, (_, i) => {
    const c = corpus[i % corpus.length];
    return {
      externalId: `${run}-${i}`,
      url: `https://bench-intake.example/${run}/${i}`,
      // The run id keeps the content hash new, so every article is really (re)labelled.
      title: c.title,
      lead: c.text,
      body: `Réf. ${run}-${i}`,
      section: c.section,
      lang: c.lang,
      publishedAt: new Date().toISOString(),
    };
  });
}

async function prepare(db: Db, sections: string[]) {
  await applyMigrations(db);
  await db.$client.query(
    `insert into brands (id, name, kind, domain) values ($1, 'Bench Intake Daily', 'national_daily', 'bench-intake.example')
     on conflict (id) do nothing`,
    [BRAND],
  );
  await db.$client.query(
    `insert into sections (brand_id, slug, name) select $1, s, initcap(s) from unnest($2::text[]) s
     on conflict (brand_id, slug) do nothing`,
    [BRAND, sections],
  );
}

function startWorkerProcess(url: string): Promise<{ stop: () => Promise<void> }> {
  // `node --import tsx`, not the tsx CLI: the CLI SIGKILLs a busy child 30 ms after a signal.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The worker's output goes to stderr: stdout carries only the result line.
  child.stdout.on("data", (d) => process.stderr.write(`  [worker] ${d}`));
  child.stderr.on("data", (d) => process.stderr.write(`  [worker] ${d}`));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error("worker did not start within 60 s")), 60_000);
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("started")) {
        clearTimeout(timer);
        ok({
          stop: async () => {
            child.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
    child.once("exit", (code) => fail(new Error(`worker exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ name: "bench-pg", port: 54349, database: "bench_intake" });
const db = createDb(database.url, 4);
let worker: { stop: () => Promise<void> } | undefined;
try {
  const run = `r${Date.now().toString(36)}`;
  const items = corpusArticles(run, ARTICLES);
  await prepare(db, [...new Set(items.map((a) => a.section!))]);
  const boss = createBossOnPool(db.$client);
  await startBoss(boss);
  const { key } = await createApiKey(db, { brandId: BRAND, name: `bench ${run}`, createdBy: null });

  log(`starting the worker (child process) on ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
  worker = await startWorkerProcess(database.url);

  const pushes = Math.ceil(ARTICLES / BATCH);
  const intervalMs = (SECONDS * 1000) / pushes;
  log(`pushing ${ARTICLES} articles in ${pushes} push(es) of ${BATCH} over ${SECONDS} s via ${URL_BASE ? `HTTP ${URL_BASE}` : "upsertArticles + enqueue"}`);
  const started = Date.now();
  for (let p = 0; p < pushes; p++) {
    const wait = started + p * intervalMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const batch = items.slice(p * BATCH, (p + 1) * BATCH);
    if (URL_BASE) {
      const res = await fetch(`${URL_BASE}/api/v1/articles`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify(BATCH === 1 ? batch[0] : { articles: batch }),
      });
      if (res.status >= 300) throw new Error(`push failed: HTTP ${res.status} ${await res.text()}`);
    } else {
      const results = await upsertArticles(db, { brandId: BRAND, source: "cms", articles: batch });
      await enqueueLabelJobs(boss, db, results.filter((r) => r.needsLabels).map((r) => r.id));
    }
  }
  log(`pushed in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for labels`);

  const deadline = Date.now() + TIMEOUT_MS;
  let latencies: number[] = [];
  for (;;) {
    const { rows } = await db.$client.query<{ ms: number | null }>(
      `select extract(epoch from (l.labelled_at - a.received_at)) * 1000 as ms
         from articles a left join article_labels l on l.article_id = a.id and l.labelled_at >= a.received_at
        where a.brand_id = $1 and a.external_id like $2`,
      [BRAND, `${run}-%`],
    );
    latencies = rows.filter((r) => r.ms !== null).map((r) => Number(r.ms));
    if (latencies.length === ARTICLES || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await boss.stop({ graceful: false, close: false });
  latencies.sort((a, b) => a - b);
  const missing = ARTICLES - latencies.length;
  if (missing) log(`${missing} article(s) not labelled within ${TIMEOUT_MS / 1000} s of the last push`);
  const result = {
    name: "intake",
    articles: ARTICLES,
    labelled: latencies.length,
    seconds: SECONDS,
    batch: BATCH,
    via: URL_BASE ? "http" : "lib",
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    max_ms: Math.round(latencies.at(-1) ?? NaN),
  };
  log(`p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms (target ≤ 5000 ms)`);
  await worker.stop();
  worker = undefined;
  console.log(JSON.stringify(result));
} finally {
  await worker?.stop();
  await db.$client.end();
  await database.stop();
}
