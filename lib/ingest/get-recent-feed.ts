import type { Db } from "@/db/client";
import { getEventTotals, type EventTotals } from "./get-event-totals";
import { listRecentEvents, type RecentEvents } from "./list-recent-events";

export type GetRecentFeedParams = {
  /** null = all brands. */
  brandId: string | null;
  limit: number;
  /** The exact totals scan the table: asked for on page load and every 30 s, not every poll. */
  withTotals: boolean;
  now: Date;
};

/** What GET /api/events/recent answers and the engagement page prefetches. */
export type RecentFeed = { brandId: string | null; recent: RecentEvents; totals: EventTotals | null };

export async function getRecentFeed(db: Db, params: GetRecentFeedParams): Promise<RecentFeed> {
  const { brandId, limit, now } = params;
  const [recent, totals] = await Promise.all([
    listRecentEvents(db, { brandId, limit, now }),
    params.withTotals ? getEventTotals(db, { brandId, now }) : null,
  ]);
  return { brandId, recent, totals };
}
