import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { bossSchema, LABEL_DEAD_LETTER_QUEUE, LABEL_QUEUE } from "./boss";
import { enqueueLabelJobs } from "./enqueue";

export type SweepParams = {
  /** Only articles received this recently (older backlogs are `npm run relabel`'s job). */
  withinHours?: number;
  /** Leave the normal path this long before assuming its job was lost. */
  graceSeconds?: number;
  limit?: number;
  schema?: string;
};

/**
 * Safety net for the "enqueue after commit" gap: articles stored without labels (or changed
 * since they were labelled) that have no pending and no dead-lettered job get one now.
 * Returns the ids enqueued.
 */
export async function enqueueUnlabelled(boss: PgBoss, db: Db, params: SweepParams = {}): Promise<number[]> {
  const schema = bossSchema(params.schema);
  const { rows } = await db.$client.query<{ id: string }>(
    `select a.id
       from articles a
       left join article_labels l on l.article_id = a.id
      where a.received_at > now() - make_interval(hours => $1)
        and a.received_at < now() - make_interval(secs => $2)
        and (l.article_id is null or l.labelled_at < a.updated_at)
        and not exists (
          select 1 from ${schema}.job j
           where j.name in ($3, $4)
             and j.state in ('created', 'retry', 'active')
             and j.data->>'articleId' = a.id::text)
      order by a.received_at
      limit $5`,
    [params.withinHours ?? 24, params.graceSeconds ?? 30, LABEL_QUEUE, LABEL_DEAD_LETTER_QUEUE, params.limit ?? 500],
  );
  const ids = rows.map((r) => Number(r.id));
  await enqueueLabelJobs(boss, db, ids);
  return ids;
}
