/**
 * npm run -s bench -- ingest [--seconds 60] [--connections 8] [--batch 100] [--copy-rows 1000000]
 *                            [--pool 8] [--build | --no-build] [--durable]
 *
 * Sustained ingestion through the real HTTP path (production `next start`, POST /api/collect)
 * versus raw COPY into the same `events` table:
 * 1. bench cluster (DATABASE_URL, else embedded .data/bench-pg on 54349, database bench_ingest),
 *    migrations, a few brands/articles; events and profiles emptied so runs compare;
 * 2. the app built once into .next-bench (rebuilt when sources are newer or with --build;
 *    --no-build reuses it as is; a failed build falls back to the previous one, with a warning);
 * 3. `next start` on a free port; load from a SECOND process (bench/_ingest-load.mjs,
 *    autocannon): fresh batches of --batch events with a consenting TCF 2.2 string, for
 *    --seconds, after a short warm-up;
 * 4. the stored row count is checked against the 2xx responses;
 * 5. COPY of --copy-rows pre-generated rows (pg-copy-streams) → rows/s.
 * Progress on stderr; the last stdout line is the JSON result.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { createDb, type Db } from "../db/client";
import { startEmbeddedPostgres, stopOnSignals } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { DEMO_TC } from "../lib/ingest/tcf-fixtures";

const ROOT = process.cwd();
const DIST_DIR = ".next-bench";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const has = (name: string) => process.argv.includes(`--${name}`);

const SECONDS = flag("seconds", 60);
const CONNECTIONS = flag("connections", 8);
const BATCH = flag("batch", 100);
const COPY_ROWS = flag("copy-rows", 1_000_000);
const POOL = flag("pool", 8);
const WARMUP_SECONDS = Math.min(5, Math.max(2, Math.round(SECONDS / 10)));

const log = (message: string) => console.error(`[bench ingest] ${message}`);

const BRANDS = ["bench-ingest-daily", "bench-ingest-sport", "bench-ingest-business"];
const ARTICLES_PER_BRAND = 50;

async function prepareDatabase(db: Db) {
  await applyMigrations(db);
  await db.$client.query(
    `insert into brands (id, name, kind, domain)
     select id, initcap(replace(id, '-', ' ')), 'national_daily', id || '.example' from unnest($1::text[]) as id
     on conflict (id) do nothing`,
    [BRANDS],
  );
  await db.$client.query(
    `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
     select b, 'bench-' || n, 'https://' || b || '.example/a/' || n, 'Bench article ' || n, md5(b || n), now()
     from unnest($1::text[]) as b, generate_series(1, $2::int) as n
     on conflict do nothing`,
    [BRANDS, ARTICLES_PER_BRAND],
  );
  // A dedicated database: start every run from empty event/profile tables so runs compare.
  await db.$client.query("truncate events, profiles cascade");
  const { rows } = await db.$client.query<{ brand: string; article: string }>(
    "select brand_id as brand, id::text as article from articles where brand_id = any($1::text[]) order by id",
    [BRANDS],
  );
  return rows.map((r) => ({ brand: r.brand, article: Number(r.article) }));
}

function newestSourceMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestSourceMtime(resolve(path, entry)));
  }
  return newest;
}

async function ensureBuild() {
  const buildId = resolve(ROOT, DIST_DIR, "BUILD_ID");
  const sources = ["app", "components", "lib", "db", "i18n", "messages", "next.config.ts", "package.json", "proxy.ts"];
  const newest = Math.max(...sources.map((s) => newestSourceMtime(resolve(ROOT, s))));
  if (existsSync(buildId) && (has("no-build") || (!has("build") && statSync(buildId).mtimeMs > newest))) {
    log(`reusing the build in ${DIST_DIR} (${new Date(statSync(buildId).mtimeMs).toISOString()})`);
    return;
  }
  log(`building the app into ${DIST_DIR} (next build)…`);
  // next build adds "<distDir>/types/**" to tsconfig.json; put the shared file back afterwards.
  const tsconfig = readFileSync(resolve(ROOT, "tsconfig.json"), "utf8");
  const code = await new Promise<number>((done) => {
    const child = spawn("npx", ["next", "build"], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: DIST_DIR }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.pipe(process.stderr);
    child.on("exit", (c) => done(c ?? 1));
  });
  writeFileSync(resolve(ROOT, "tsconfig.json"), tsconfig);
  if (code !== 0) {
    // A shared work tree can be mid-edit by someone else: fall back to the last good build.
    if (!existsSync(buildId)) throw new Error("next build failed");
    log(`WARNING: next build failed; benchmarking the previous build (${new Date(statSync(buildId).mtimeMs).toISOString()})`);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // own process group: stopped as a whole at the end
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: DIST_DIR,
      DB_POOL_MAX: String(POOL),
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-ingest-secret-0123456789abcdef",
      ...(has("durable") ? { INGEST_DURABLE: "1" } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => process.stderr.write(`[next] ${d}`));
  child.stderr!.on("data", (d) => process.stderr.write(`[next] ${d}`));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/tag.js`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stopServer(child);
  throw new Error("next start did not answer within 60 s");
}

function stopServer(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

type LoadResult = {
  duration: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
};

function runLoad(port: number, seconds: number, targets: { brand: string; article: number }[]): Promise<LoadResult> {
  const config = {
    url: `http://127.0.0.1:${port}/api/collect`,
    seconds,
    connections: CONNECTIONS,
    batchSize: BATCH,
    tc: DEMO_TC.consenting,
    targets,
    browsers: 20_000,
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, "bench/_ingest-load.mjs"), JSON.stringify(config)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      if (code !== 0) return fail(new Error(`load generator exited with ${code}`));
      try {
        done(JSON.parse(out.trim().split("\n").pop()!));
      } catch (error) {
        fail(error);
      }
    });
  });
}

/** Pre-generated COPY text rows (generation is not timed), ~64 KB per chunk. */
function generateCopyChunks(rows: number, targets: { brand: string; article: number }[], profileIds: number[]): Buffer[] {
  const chunks: Buffer[] = [];
  const devices = ["desktop", "mobile", "tablet"];
  const referrers = ["direct", "search", "social", "internal", "newsletter", "other"];
  const now = Date.now();
  let lines: string[] = [];
  let size = 0;
  for (let i = 0; i < rows; i++) {
    const t = targets[i % targets.length];
    const at = new Date(now - (i % 86_400) * 1000).toISOString();
    const profile = profileIds.length && i % 3 ? String(profileIds[i % profileIds.length]) : "\\N";
    const isPageview = i % 4 === 0;
    const line = `${randomUUID()}\t${isPageview ? "pageview" : "heartbeat"}\t${profile}\t${t.article}\t${t.brand}\t${at}\t${at}\t${isPageview ? 0 : 15}\t${(i * 7) % 101}\t${devices[i % 3]}\t${referrers[i % 6]}\n`;
    lines.push(line);
    size += line.length;
    if (size >= 65_536) {
      chunks.push(Buffer.from(lines.join("")));
      lines = [];
      size = 0;
    }
  }
  if (lines.length) chunks.push(Buffer.from(lines.join("")));
  return chunks;
}

async function measureCopy(db: Db, targets: { brand: string; article: number }[]) {
  const { rows } = await db.$client.query<{ id: string }>("select id from profiles limit 10000");
  log(`generating ${COPY_ROWS.toLocaleString("en")} rows for COPY…`);
  const chunks = generateCopyChunks(COPY_ROWS, targets, rows.map((r) => Number(r.id)));
  const client = await db.$client.connect();
  try {
    const started = performance.now();
    const stream = client.query(
      copyFrom(
        "copy events (event_id, type, profile_id, article_id, brand_id, occurred_at, received_at, engaged_seconds, scroll_depth, device, referrer_kind) from stdin",
      ),
    );
    await pipeline(Readable.from(chunks), stream);
    const seconds = (performance.now() - started) / 1000;
    log(`COPY ${COPY_ROWS.toLocaleString("en")} rows in ${seconds.toFixed(2)} s`);
    return COPY_ROWS / seconds;
  } finally {
    client.release();
  }
}

async function main() {
  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        name: "bench-pg",
        port: 54349,
        database: "bench_ingest",
        // Ordinary ingest-server sizing instead of PostgreSQL's tiny defaults (128 MB buffers,
        // 1 GB WAL between checkpoints: a forced checkpoint mid-run otherwise halves the rate).
        // Durability stays on (fsync, full_page_writes). Applies only when this bench starts
        // the cluster; the settings in effect are logged either way.
        postgresFlags: ["-c", "shared_buffers=1GB", "-c", "max_wal_size=8GB", "-c", "checkpoint_timeout=15min"],
      });
  stopOnSignals(database.stop);
  const db = createDb(database.url, 4);
  let server: ChildProcess | undefined;
  try {
    const targets = await prepareDatabase(db);
    const { rows: settings } = await db.$client.query<{ name: string; value: string }>(
      `select name, current_setting(name) as value from pg_settings
        where name in ('server_version', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'fsync', 'synchronous_commit', 'full_page_writes')
        order by name`,
    );
    log(`postgres: ${settings.map((s) => `${s.name}=${s.value}`).join(" ")}`);
    log(`database ready: ${BRANDS.length} brands, ${targets.length} articles`);
    await ensureBuild();
    const port = await freePort();
    server = await startServer(database.url, port);
    log(`next start on :${port} (pool ${POOL}); warm-up ${WARMUP_SECONDS} s`);
    await runLoad(port, WARMUP_SECONDS, targets);
    const { rows: before } = await db.$client.query<{ n: number }>("select count(*)::int as n from events");
    log(`load: ${SECONDS} s, ${CONNECTIONS} connections, batches of ${BATCH} events`);
    const load = await runLoad(port, SECONDS, targets);
    // Requests still in flight when the load generator stops are stored but not counted.
    await new Promise((r) => setTimeout(r, 2000));
    const { rows: after } = await db.$client.query<{ n: number }>("select count(*)::int as n from events");
    const stored = after[0].n - before[0].n;
    const eventsPerS = (load.ok * BATCH) / load.duration;
    log(
      `load: ${load.ok} batches 2xx, non-2xx ${load.non2xx} ${JSON.stringify(load.statusCounts)}, errors ${load.errors}; ` +
        `latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms`,
    );
    log(`stored ${stored.toLocaleString("en")} events (expected ${(load.ok * BATCH).toLocaleString("en")}) → ${Math.round(eventsPerS).toLocaleString("en")} events/s`);
    if (stored < load.ok * BATCH || stored > (load.ok + CONNECTIONS) * BATCH) {
      log(`WARNING: stored rows outside [acknowledged, acknowledged + in-flight] = [${load.ok * BATCH}, ${(load.ok + CONNECTIONS) * BATCH}]`);
    }
    stopServer(server);
    server = undefined;
    const copyRowsPerS = await measureCopy(db, targets);
    const result = {
      name: "ingest",
      events_per_s: Math.round(eventsPerS),
      p99_ms: load.latency.p99,
      copy_rows_per_s: Math.round(copyRowsPerS),
      ratio: Math.round((eventsPerS / copyRowsPerS) * 1000) / 1000,
    };
    console.log(JSON.stringify(result));
  } finally {
    if (server) stopServer(server);
    await db.$client.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`[bench ingest] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
