import type { Db } from "@/db/client";

export type ListRecentEventsParams = {
  /** null = all brands. */
  brandId: string | null;
  limit: number;
  now: Date;
};

export type RecentEvent = {
  eventId: string;
  type: string;
  brandId: string;
  brandName: string | null;
  articleId: number | null;
  articleTitle: string | null;
  occurredAt: string;
  receivedAt: string;
  /** Tied to a browser profile (consent given), or stored for content statistics only. */
  isLinked: boolean;
  device: string | null;
  referrerKind: string | null;
  engagedSeconds: number;
  scrollDepth: number | null;
};

export type RecentEvents = {
  asOf: string;
  events: RecentEvent[];
  lastMinute: number;
  lastHour: number;
  linkedLastHour: number;
};

type EventRow = {
  event_id: string;
  type: string;
  brand_id: string;
  brand_name: string | null;
  article_id: string | null;
  article_title: string | null;
  occurred_at: Date;
  received_at: Date;
  profile_id: string | null;
  device: string | null;
  referrer_kind: string | null;
  engaged_seconds: number;
  scroll_depth: number | null;
};

/**
 * The live feed of the engagement page: the latest events received in the last hour and the
 * counts of the last minute / hour. Both read only the last hour of `received_at`, which the
 * BRIN index narrows to the table's tail (events are appended in received order), so polling
 * every 2 s stays cheap however large the table grows.
 */
export async function listRecentEvents(db: Db, params: ListRecentEventsParams): Promise<RecentEvents> {
  const hourAgo = new Date(params.now.getTime() - 3600_000).toISOString();
  const minuteAgo = new Date(params.now.getTime() - 60_000).toISOString();
  const [latest, counts] = await Promise.all([
    db.$client.query<EventRow>(
      `select e.event_id, e.type, e.brand_id, b.name as brand_name, e.article_id, a.title as article_title,
              e.occurred_at, e.received_at, e.profile_id, e.device, e.referrer_kind, e.engaged_seconds, e.scroll_depth
         from (select * from events
                where received_at > $1 and ($2::text is null or brand_id = $2)
                order by received_at desc, event_id
                limit $3) e
         left join brands b on b.id = e.brand_id
         left join articles a on a.id = e.article_id
        order by e.received_at desc, e.event_id`,
      [hourAgo, params.brandId, params.limit],
    ),
    db.$client.query<{ last_minute: number; last_hour: number; linked_last_hour: number }>(
      `select count(*) filter (where received_at > $2)::int as last_minute,
              count(*)::int as last_hour,
              count(profile_id)::int as linked_last_hour
         from events
        where received_at > $1 and ($3::text is null or brand_id = $3)`,
      [hourAgo, minuteAgo, params.brandId],
    ),
  ]);
  return {
    asOf: params.now.toISOString(),
    events: latest.rows.map((r) => ({
      eventId: r.event_id,
      type: r.type,
      brandId: r.brand_id,
      brandName: r.brand_name,
      articleId: r.article_id === null ? null : Number(r.article_id),
      articleTitle: r.article_title,
      occurredAt: r.occurred_at.toISOString(),
      receivedAt: r.received_at.toISOString(),
      isLinked: r.profile_id !== null,
      device: r.device,
      referrerKind: r.referrer_kind,
      engagedSeconds: r.engaged_seconds,
      scrollDepth: r.scroll_depth,
    })),
    lastMinute: counts.rows[0].last_minute,
    lastHour: counts.rows[0].last_hour,
    linkedLastHour: counts.rows[0].linked_last_hour,
  };
}
