import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { bossSchema, LABEL_DEAD_LETTER_QUEUE, LABEL_NOTIFY_CHANNEL, LABEL_QUEUE } from "./boss";

/*
 * The dead-letter view: label jobs that exhausted their retries. pg-boss copies each one
 * into the dead-letter queue with the last error as `output`; nobody works that queue, so
 * its "created" jobs are exactly the ones waiting for a human.
 */

export type DeadLetter = {
  jobId: string;
  articleId: number | null;
  articleTitle: string | null;
  brandId: string | null;
  error: string;
  failedAt: Date;
};

export type ListDeadLettersParams = { brandId?: string | null; limit?: number; schema?: string };

export async function listDeadLetters(db: Db, params: ListDeadLettersParams = {}): Promise<DeadLetter[]> {
  const schema = bossSchema(params.schema);
  if (!(await isBossInstalled(db, schema))) return [];
  const { rows } = await db.$client.query<{
    job_id: string;
    article_id: string | null;
    title: string | null;
    brand_id: string | null;
    output: { message?: string; value?: unknown } | null;
    created_on: Date;
  }>(
    `select j.id as job_id, a.id as article_id, a.title, a.brand_id, j.output, j.created_on
       from ${schema}.job j
       left join articles a
         on a.id = case when j.data->>'articleId' ~ '^[0-9]{1,18}$' then (j.data->>'articleId')::bigint end
      where j.name = $1 and j.state = 'created'
        and ($2::text is null or a.brand_id = $2)
      order by j.created_on desc
      limit $3`,
    [LABEL_DEAD_LETTER_QUEUE, params.brandId ?? null, Math.min(params.limit ?? 100, 500)],
  );
  return rows.map((r) => ({
    jobId: r.job_id,
    articleId: r.article_id === null ? null : Number(r.article_id),
    articleTitle: r.title,
    brandId: r.brand_id,
    error: describeOutput(r.output),
    failedAt: r.created_on,
  }));
}

export async function countDeadLetters(db: Db, params: { schema?: string } = {}): Promise<number> {
  const schema = bossSchema(params.schema);
  if (!(await isBossInstalled(db, schema))) return 0;
  const { rows } = await db.$client.query<{ n: string }>(
    `select count(*) as n from ${schema}.job where name = $1 and state = 'created'`,
    [LABEL_DEAD_LETTER_QUEUE],
  );
  return Number(rows[0].n);
}

/**
 * Sends the dead letter's payload back to the label queue as a fresh job (full retry budget)
 * and removes it from the dead-letter queue. Returns the new job id.
 */
export async function retryDeadLetter(boss: PgBoss, db: Db, params: { jobId: string }): Promise<string> {
  const job = await boss.getJobById<object>(LABEL_DEAD_LETTER_QUEUE, params.jobId);
  if (!job || job.state !== "created") throw new DomainError("not_found", "dead letter not found");
  const newId = await boss.send(LABEL_QUEUE, job.data ?? {});
  if (!newId) throw new DomainError("conflict", "could not requeue the job");
  await boss.deleteJob(LABEL_DEAD_LETTER_QUEUE, job.id);
  await db.$client.query("select pg_notify($1, '')", [LABEL_NOTIFY_CHANNEL]);
  return newId;
}

async function isBossInstalled(db: Db, schema: string): Promise<boolean> {
  const { rows } = await db.$client.query("select 1 from pg_namespace where nspname = $1", [schema]);
  return rows.length > 0;
}

/** pg-boss stores `{ message }` from our handler, or a serialized Error from a throw. */
function describeOutput(output: { message?: string; value?: unknown } | null): string {
  if (!output) return "unknown error";
  if (typeof output.message === "string") return output.message;
  if (typeof output.value === "string") return output.value;
  return JSON.stringify(output).slice(0, 500);
}

export type LabelQueueStats = { waiting: number; active: number; completedLastHour: number };

/** Where the label queue stands: jobs waiting (incl. scheduled retries), running, done in the last hour. */
export async function getLabelQueueStats(db: Db, params: { schema?: string } = {}): Promise<LabelQueueStats> {
  const schema = bossSchema(params.schema);
  if (!(await isBossInstalled(db, schema))) return { waiting: 0, active: 0, completedLastHour: 0 };
  const { rows } = await db.$client.query<{ waiting: string; active: string; completed: string }>(
    `select count(*) filter (where state in ('created', 'retry')) as waiting,
            count(*) filter (where state = 'active') as active,
            count(*) filter (where state = 'completed' and completed_on > now() - interval '1 hour') as completed
       from ${schema}.job where name = $1`,
    [LABEL_QUEUE],
  );
  return { waiting: Number(rows[0].waiting), active: Number(rows[0].active), completedLastHour: Number(rows[0].completed) };
}
