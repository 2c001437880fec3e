import PgBoss from "pg-boss";
import type pg from "pg";

/*
 * The Postgres-backed job queue (pg-boss 10). pg-boss keeps its tables in its own schema
 * ("pgboss" by default), which drizzle's migrations ignore. v10 needs `createQueue` before
 * send/work, so every process starts its boss with `startBoss`.
 */

export const LABEL_QUEUE = "label-article";
/** Where label jobs go after their last retry; the console's dead-letter view reads it. */
export const LABEL_DEAD_LETTER_QUEUE = "label-article-dlq";
export const POLL_FEEDS_QUEUE = "poll-feeds";
export const SWEEP_QUEUE = "sweep-unlabelled";
/** NOTIFY channel: intake wakes the label worker at once instead of waiting for its next poll. */
export const LABEL_NOTIFY_CHANNEL = "a3d_label_article";

export type LabelJobData = { articleId: number };
export type PollFeedsJobData = { feedId?: number };

export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };

/** Three retries at ~2 s, ~4 s, ~8 s: a transient database hiccup heals, a poison job stops. */
export const DEFAULT_LABEL_RETRY: RetryPolicy = { retryLimit: 3, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 };

export type BossOptions = {
  /** Schema for pg-boss's tables; tests give each file its own. */
  schema?: string;
  /** Run maintenance (expiry, archiving) and cron schedules: the worker does, the web app does not. */
  isSupervisor?: boolean;
  max?: number;
};

/** A boss from a connection string (opens its own small pool). */
export function createBoss(connectionString: string, options: BossOptions = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: options.schema ?? "pgboss",
    max: options.max ?? 3,
    application_name: "audience3d-jobs",
    supervise: options.isSupervisor ?? false,
    schedule: options.isSupervisor ?? false,
    migrate: true,
  });
}

/** A boss that sends through an existing pool (the web app's): no second pool per process. */
export function createBossOnPool(pool: pg.Pool, options: Omit<BossOptions, "max"> = {}): PgBoss {
  return new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
    schema: options.schema ?? "pgboss",
    supervise: options.isSupervisor ?? false,
    schedule: options.isSupervisor ?? false,
    migrate: true,
  });
}

/**
 * Starts a boss with the queues in place. Every process starts its boss through this: pg-boss 10
 * silently drops jobs sent to a queue that does not exist yet, so sending before the queues are
 * created loses work without an error.
 */
export async function startBoss(boss: PgBoss, retry: RetryPolicy = DEFAULT_LABEL_RETRY): Promise<PgBoss> {
  await boss.start();
  await ensureQueues(boss, retry);
  return boss;
}

/** Idempotent: creates the queues (dead letter first, it is referenced) with their retry policy. */
export async function ensureQueues(boss: PgBoss, retry: RetryPolicy = DEFAULT_LABEL_RETRY): Promise<void> {
  // Dead letters are kept for two weeks, long enough for someone to look.
  await boss.createQueue(LABEL_DEAD_LETTER_QUEUE, { name: LABEL_DEAD_LETTER_QUEUE, retentionMinutes: 14 * 24 * 60 });
  const label = { name: LABEL_QUEUE, ...retry, deadLetter: LABEL_DEAD_LETTER_QUEUE };
  await boss.createQueue(LABEL_QUEUE, label);
  // createQueue ignores options for an existing queue: keep the policy in step with the code.
  await boss.updateQueue(LABEL_QUEUE, label);
  await boss.createQueue(POLL_FEEDS_QUEUE, { name: POLL_FEEDS_QUEUE, retryLimit: 0, expireInSeconds: 300 });
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 120 });
}

/** Only identifiers we chose ever reach SQL text; this guards the schema name anyway. */
export function bossSchema(schema = "pgboss"): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid pg-boss schema name: ${schema}`);
  return schema;
}
