import type PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db/client";
import { labelArticles } from "@/lib/contextual/label-articles";
import { LABEL_QUEUE } from "./boss";

const LabelJobPayload = z.object({ articleId: z.number().int().positive() });

export type LabelBatchOutcome = { labelled: number[]; failed: { jobId: string; message: string }[] };

/**
 * Works one fetched batch of "label-article" jobs. The happy path labels the whole batch in
 * one call; if that throws, each job is retried alone so one poison article fails (and
 * eventually dead-letters) by itself while its neighbours complete. Jobs failed here are
 * marked through `boss.fail`; pg-boss then completes the ones still active.
 */
export async function processLabelJobs(
  db: Db,
  boss: PgBoss,
  jobs: PgBoss.Job<unknown>[],
  queue = LABEL_QUEUE,
): Promise<LabelBatchOutcome> {
  const valid: { job: PgBoss.Job<unknown>; articleId: number }[] = [];
  const failed: LabelBatchOutcome["failed"] = [];
  for (const job of jobs) {
    const parsed = LabelJobPayload.safeParse(job.data);
    if (parsed.success) valid.push({ job, articleId: parsed.data.articleId });
    else failed.push({ jobId: job.id, message: `invalid job payload: ${z.prettifyError(parsed.error)}` });
  }

  const labelled: number[] = [];
  if (valid.length > 0) {
    try {
      await labelArticles(db, { articleIds: valid.map((v) => v.articleId) });
      labelled.push(...valid.map((v) => v.articleId));
    } catch {
      for (const { job, articleId } of valid) {
        try {
          await labelArticles(db, { articleIds: [articleId] });
          labelled.push(articleId);
        } catch (error) {
          failed.push({ jobId: job.id, message: errorMessage(error) });
        }
      }
    }
  }

  for (const f of failed) {
    await boss.fail(queue, f.jobId, { message: f.message });
  }
  return { labelled, failed };
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 1_000);
}
