import { eq, inArray } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { articleLabels, articles, brands } from "@/db/schema";
import { upsertArticles } from "@/lib/contextual/intake/upsert-articles";
import { testDb } from "@/test/db";
import { createBoss, LABEL_DEAD_LETTER_QUEUE, LABEL_QUEUE, startBoss } from "./boss";
import { countDeadLetters, listDeadLetters, retryDeadLetter } from "./dead-letters";
import { enqueueLabelJobs } from "./enqueue";
import { startWorker, type RunningWorker } from "./start-worker";
import { enqueueUnlabelled } from "./sweep";

/*
 * The queue end to end on a real PostgreSQL: intake → pg-boss → worker → labelArticles →
 * article_labels, a poison job exhausting its retries into the dead-letter queue, a retry
 * from the dead-letter view, and the sweep for articles whose job went missing.
 */

const db = testDb();
const run = Date.now().toString(36);
const BRAND = `t-worker-${run}`;
const SCHEMA = `pgboss_worker_${run}`;
const RETRY = { retryLimit: 1, retryDelay: 1, retryBackoff: false, expireInSeconds: 30 };
let worker: RunningWorker;
let sender: PgBoss;

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function addArticles(n: number, prefix: string) {
  const results = await upsertArticles(db, {
    brandId: BRAND,
    source: "cms",
    articles: Array.from({ length: n }, (_, i) => ({
      externalId: `${prefix}-${i}`,
      url: `https://worker-${run}.example/${prefix}/${i}`,
      title: i % 2 ? "Attentat déjoué : deux suspects interpellés avec des explosifs" : "Le XV de France remporte le Tournoi dans la joie",
      lead: "Les détails de la journée.",
      body: "",
      publishedAt: "2026-11-24T08:00:00Z",
    })),
  });
  return results.map((r) => r.id);
}

beforeAll(async () => {
  await db.insert(brands).values({ id: BRAND, name: "Worker test", kind: "national_daily", domain: "worker.example" });
  worker = await startWorker({
    db,
    connectionString: inject("databaseUrl"),
    schema: SCHEMA,
    retry: RETRY,
    isScheduling: false,
    pollingIntervalSeconds: 5,
    log: () => {},
  });
  sender = createBoss(inject("databaseUrl"), { schema: SCHEMA, max: 2 });
  await startBoss(sender, RETRY);
});
afterAll(async () => {
  await worker.stop();
  await sender.stop({ graceful: false });
  await db.$client.end();
});

describe("label queue", () => {
  it("labels enqueued articles within seconds (NOTIFY wakes the worker before its 5 s poll)", async () => {
    const ids = await addArticles(6, "rt");
    const sentAt = Date.now();
    await enqueueLabelJobs(sender, db, ids);
    const labels = await waitFor(async () => {
      const rows = await db.select().from(articleLabels).where(inArray(articleLabels.articleId, ids));
      return rows.length === ids.length ? rows : null;
    }, 10_000);
    // Faster than the fallback poll: the notification did the waking.
    expect(Date.now() - sentAt).toBeLessThan(4_000);
    const byId = new Map(labels.map((l) => [l.articleId, l]));
    // A foiled plot with arrests is `medium` terrorism by the labelling guide (LABELLING §3);
    // only mass-casualty attacks are `high`.
    expect(byId.get(ids[1])).toMatchObject({ risk: "medium", garm: ["terrorism"] });
    expect(byId.get(ids[0])?.iabIds.length).toBeGreaterThan(0);
    const [article] = await db.select().from(articles).where(eq(articles.id, ids[0]));
    expect(byId.get(ids[0])!.labelledAt.getTime()).toBeGreaterThanOrEqual(article.receivedAt.getTime());
    const { rows } = await db.$client.query(`select state from ${SCHEMA}.job where name = $1 and (data->>'articleId')::bigint = any($2::bigint[])`, [LABEL_QUEUE, ids]);
    expect(rows.map((r) => r.state)).toEqual(Array(ids.length).fill("completed"));
  });

  it("moves a poison job to the dead-letter queue after its retries, leaving its batch-mates labelled", async () => {
    const [good] = await addArticles(1, "mate");
    await sender.insert([
      { name: LABEL_QUEUE, data: { articleId: "not-a-number" } },
      { name: LABEL_QUEUE, data: { articleId: good } },
    ]);
    await db.$client.query("select pg_notify('a3d_label_article', '')");
    const dead = await waitFor(async () => {
      const list = await listDeadLetters(db, { schema: SCHEMA });
      return list.length > 0 ? list : null;
    }, 15_000);
    expect(dead).toHaveLength(1);
    expect(dead[0].error).toContain("invalid job payload");
    expect(dead[0].articleId).toBeNull();
    const { rows } = await db.$client.query(`select state, retry_count from ${SCHEMA}.job where name = $1 and data->>'articleId' = 'not-a-number'`, [LABEL_QUEUE]);
    expect(rows).toEqual([{ state: "failed", retry_count: RETRY.retryLimit }]);
    expect(await db.$count(articleLabels, eq(articleLabels.articleId, good))).toBe(1);
    expect(await countDeadLetters(db, { schema: SCHEMA })).toBe(1);
  });

  it("retries a dead letter: the article gets labelled and leaves the dead-letter view", async () => {
    const [id] = await addArticles(1, "dlq");
    // A dead letter left by an earlier outage, for a perfectly valid article.
    const jobId = await sender.send(LABEL_DEAD_LETTER_QUEUE, { articleId: id });
    const before = await listDeadLetters(db, { schema: SCHEMA });
    expect(before.find((d) => d.jobId === jobId)).toMatchObject({ articleId: id, brandId: BRAND });
    await retryDeadLetter(sender, db, { jobId: jobId! });
    await waitFor(async () => (await db.$count(articleLabels, eq(articleLabels.articleId, id))) === 1, 10_000);
    expect((await listDeadLetters(db, { schema: SCHEMA })).find((d) => d.jobId === jobId)).toBeUndefined();
    await expect(retryDeadLetter(sender, db, { jobId: jobId! })).rejects.toMatchObject({ code: "not_found" });
  });

  it("sweeps articles stored without a job", async () => {
    const [id] = await addArticles(1, "sweep");
    const swept = await enqueueUnlabelled(sender, db, { schema: SCHEMA, graceSeconds: 0 });
    expect(swept).toContain(id);
    await waitFor(async () => (await db.$count(articleLabels, eq(articleLabels.articleId, id))) === 1, 10_000);
    // Labelled now: a second sweep leaves it alone.
    expect(await enqueueUnlabelled(sender, db, { schema: SCHEMA, graceSeconds: 0 })).not.toContain(id);
  });
});
