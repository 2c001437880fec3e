import pg from "pg";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { classifierVersion } from "@/lib/contextual";
import { pollDueFeeds, pollFeed, type PollFeedResult } from "@/lib/contextual/intake/poll-feed";
import {
  createBoss,
  DEFAULT_LABEL_RETRY,
  LABEL_NOTIFY_CHANNEL,
  LABEL_QUEUE,
  POLL_FEEDS_QUEUE,
  startBoss,
  SWEEP_QUEUE,
  type PollFeedsJobData,
  type RetryPolicy,
} from "./boss";
import { enqueueLabelJobs } from "./enqueue";
import { processLabelJobs } from "./label-jobs";
import { enqueueUnlabelled } from "./sweep";

export type WorkerOptions = {
  db: Db;
  connectionString: string;
  schema?: string;
  retry?: RetryPolicy;
  /** Label jobs fetched per round trip; one classifier call labels them all. */
  labelBatchSize?: number;
  /** Fallback poll when no NOTIFY arrives (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** A feed is polled again once its last poll is this old. */
  feedIntervalSeconds?: number;
  /** Cron schedules for feed polling and the unlabelled sweep (off in tests that only label). */
  isScheduling?: boolean;
  log?: (message: string) => void;
};

export type RunningWorker = { boss: PgBoss; stop: () => Promise<void> };

/**
 * The background worker: labels articles as their jobs arrive (woken by NOTIFY, polling as a
 * fallback), polls feeds every minute and sweeps articles whose job went missing.
 * `stop` lets active jobs finish (up to 15 s) before closing.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { db } = options;
  const log = options.log ?? ((m: string) => console.log(m));
  const isScheduling = options.isScheduling ?? true;
  // Load the classifier's weights now (~3 s), not on the first article: arrival to labels is ≤ 5 s.
  log(`[worker] classifier ${classifierVersion()}`);
  const boss = createBoss(options.connectionString, { schema: options.schema, isSupervisor: isScheduling });
  boss.on("error", (error) => log(`[worker] queue error: ${error.message}`));
  await startBoss(boss, options.retry ?? DEFAULT_LABEL_RETRY);

  const batchSize = options.labelBatchSize ?? 50;
  // Filled once work() returns; the handler and the listener read it later.
  const label: { workerId?: string } = {};
  label.workerId = await boss.work<unknown>(
    LABEL_QUEUE,
    { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async (jobs) => {
      // A full batch means more are probably waiting: fetch again at once instead of
      // sleeping the polling interval (pg-boss waits between fetches unless notified).
      if (jobs.length >= batchSize && label.workerId) boss.notifyWorker(label.workerId);
      const outcome = await processLabelJobs(db, boss, jobs);
      if (outcome.failed.length) log(`[worker] ${outcome.failed.length} label job(s) failed, will retry or dead-letter`);
    },
  );

  if (isScheduling) {
    const feedIntervalSeconds = options.feedIntervalSeconds ?? 300;
    await boss.work<PollFeedsJobData>(POLL_FEEDS_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
      const results: PollFeedResult[] = job.data?.feedId
        ? [await pollFeed(db, { feedId: job.data.feedId })]
        : await pollDueFeeds(db, { intervalSeconds: feedIntervalSeconds });
      const toLabel = results.flatMap((r) => r.toLabel);
      await enqueueLabelJobs(boss, db, toLabel);
      const errors = results.filter((r) => r.status === "error").length;
      if (results.length) log(`[worker] feeds: ${results.length} polled, ${errors} failed, ${toLabel.length} article(s) to label`);
    });
    await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
      const ids = await enqueueUnlabelled(boss, db, { schema: options.schema });
      if (ids.length) log(`[worker] sweep: ${ids.length} unlabelled article(s) queued`);
    });
    await boss.schedule(POLL_FEEDS_QUEUE, "* * * * *");
    await boss.schedule(SWEEP_QUEUE, "* * * * *");
    // Do not wait a minute for the first round after a (re)start.
    await boss.send(POLL_FEEDS_QUEUE, {});
    await boss.send(SWEEP_QUEUE, {});
  }

  const listener = await listenForLabelJobs(options.connectionString, () => label.workerId && boss.notifyWorker(label.workerId), log);

  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop: () =>
      (stopping ??= (async () => {
        await listener.close();
        await boss.stop({ graceful: true, timeout: 15_000, wait: true });
      })()),
  };
}

/**
 * A dedicated connection LISTENing on the label channel. If it drops, it reconnects; the
 * worker keeps polling meanwhile, so a lost connection costs latency, not jobs.
 */
async function listenForLabelJobs(connectionString: string, onNotify: () => void, log: (m: string) => void) {
  let client: pg.Client | undefined;
  let isClosed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: "audience3d-worker-listen" });
    next.on("notification", onNotify);
    next.on("error", (error) => {
      log(`[worker] listen connection lost: ${error.message}`);
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`listen ${LABEL_NOTIFY_CHANNEL}`);
    client = next;
  };
  const scheduleReconnect = () => {
    if (isClosed || retryTimer) return;
    client?.end().catch(() => {});
    client = undefined;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().catch((error: Error) => {
        log(`[worker] listen reconnect failed: ${error.message}`);
        scheduleReconnect();
      });
    }, 2_000);
  };

  await connect();
  return {
    close: async () => {
      isClosed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await client?.end().catch(() => {});
    },
  };
}
