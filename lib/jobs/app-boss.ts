import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { createBossOnPool, startBoss } from "./boss";
import { enqueueLabelJobs } from "./enqueue";

/*
 * The web app's sender: one pg-boss per server process, on the app's own pool, started
 * lazily on the first enqueue. It neither works jobs nor runs maintenance (the worker does).
 */

const globalForBoss = globalThis as unknown as { a3dBoss?: Promise<PgBoss> };

export function getSenderBoss(db: Db): Promise<PgBoss> {
  globalForBoss.a3dBoss ??= (async () => {
    const boss = createBossOnPool(db.$client);
    boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
    await startBoss(boss);
    return boss;
  })().catch((error) => {
    // Let the next request try again rather than caching the failure forever.
    globalForBoss.a3dBoss = undefined;
    throw error;
  });
  return globalForBoss.a3dBoss;
}

/** Intake's enqueue for the web app (the push API and the console's actions). */
export async function enqueueLabelsFromApp(db: Db, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  await enqueueLabelJobs(await getSenderBoss(db), db, articleIds);
}
