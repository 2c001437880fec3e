import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { LABEL_NOTIFY_CHANNEL, LABEL_QUEUE, type LabelJobData } from "./boss";

/**
 * One "label-article" job per article (so one bad article cannot sink its neighbours), then a
 * NOTIFY so an idle worker fetches them now rather than at its next poll.
 * `boss` must come from `startBoss`: pg-boss 10 silently drops jobs for an unknown queue.
 */
export async function enqueueLabelJobs(boss: PgBoss, db: Db, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const jobs: PgBoss.JobInsert<LabelJobData>[] = [...new Set(articleIds)].map((articleId) => ({
    name: LABEL_QUEUE,
    data: { articleId },
  }));
  await boss.insert(jobs);
  await db.$client.query("select pg_notify($1, '')", [LABEL_NOTIFY_CHANNEL]);
}
