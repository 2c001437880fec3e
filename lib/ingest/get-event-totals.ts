import type { Db } from "@/db/client";

export type GetEventTotalsParams = {
  /** null = all brands. */
  brandId: string | null;
  now: Date;
};

export type EventTotals = {
  asOf: string;
  /** All stored events (exact count). */
  events: number;
  linked: number;
  /** Events stored without consent: content statistics only. */
  unlinked: number;
  /** Events whose article reference matched no article. */
  unknownArticle: number;
  last24h: {
    events: number;
    pageviews: number;
    heartbeats: number;
    engagedSeconds: number;
    /** Distinct consenting browsers (profiles) seen. */
    profiles: number;
  };
};

/**
 * Exact totals of the events table for the engagement page (refreshed every 30 s, not every
 * poll: the all-time count scans the table).
 */
export async function getEventTotals(db: Db, params: GetEventTotalsParams): Promise<EventTotals> {
  const dayAgo = new Date(params.now.getTime() - 24 * 3600_000).toISOString();
  const [all, day] = await Promise.all([
    db.$client.query<{ events: number; linked: number; unknown_article: number }>(
      `select count(*)::int as events, count(profile_id)::int as linked,
              count(*) filter (where article_id is null)::int as unknown_article
         from events where ($1::text is null or brand_id = $1)`,
      [params.brandId],
    ),
    db.$client.query<{ events: number; pageviews: number; heartbeats: number; engaged_seconds: string; profiles: number }>(
      `select count(*)::int as events,
              count(*) filter (where type = 'pageview')::int as pageviews,
              count(*) filter (where type = 'heartbeat')::int as heartbeats,
              coalesce(sum(engaged_seconds), 0) as engaged_seconds,
              count(distinct profile_id)::int as profiles
         from events where received_at > $1 and ($2::text is null or brand_id = $2)`,
      [dayAgo, params.brandId],
    ),
  ]);
  const a = all.rows[0];
  const d = day.rows[0];
  return {
    asOf: params.now.toISOString(),
    events: a.events,
    linked: a.linked,
    unlinked: a.events - a.linked,
    unknownArticle: a.unknown_article,
    last24h: {
      events: d.events,
      pageviews: d.pageviews,
      heartbeats: d.heartbeats,
      engagedSeconds: Number(d.engaged_seconds),
      profiles: d.profiles,
    },
  };
}
