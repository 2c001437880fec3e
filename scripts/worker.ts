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
import { createDb } from "@/db/client";
import { EMBEDDED_PORTS, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { startWorker } from "@/lib/jobs/start-worker";

// Not resolveDatabase(): its signal handlers exit at once, before active jobs can finish.
const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ name: "pg", port: EMBEDDED_PORTS.app });

const db = createDb(database.url, 4);
let stopping = false;
try {
  await applyMigrations(db);
  const worker = await startWorker({
    db,
    connectionString: database.url,
    feedIntervalSeconds: Number(process.env.FEED_INTERVAL_SECONDS ?? 300),
  });
  console.log("[worker] started: labelling, feed polling and sweep");

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing active jobs`);
    const force = setTimeout(() => process.exit(1), 25_000).unref();
    try {
      await worker.stop();
      await db.$client.end();
      await database.stop();
    } finally {
      clearTimeout(force);
    }
    console.log("[worker] stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  console.error(`[worker] failed to start: ${(error as Error).message}`);
  await db.$client.end().catch(() => {});
  await database.stop();
  process.exit(1);
}
