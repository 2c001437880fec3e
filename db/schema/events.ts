import { sql } from "drizzle-orm";
import { bigint, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only pageviews and engaged-time heartbeats. `event_id` is the tag's idempotency key.
 * `profile_id` is null when the TC string lacks storage/measurement consent: the event then
 * still counts for content statistics but is never tied to a person.
 * Foreign keys are deliberately absent: this is the hot insert path and retention purges
 * delete by time; profile erasure deletes by profile_id.
 */
export const events = pgTable(
  "events",
  {
    eventId: uuid("event_id").primaryKey(),
    /** pageview | heartbeat */
    type: text("type").notNull(),
    profileId: bigint("profile_id", { mode: "number" }),
    articleId: bigint("article_id", { mode: "number" }),
    brandId: text("brand_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    engagedSeconds: smallint("engaged_seconds").notNull().default(0),
    /** 0–100 */
    scrollDepth: smallint("scroll_depth"),
    /** desktop | mobile | tablet */
    device: text("device"),
    /** direct | search | social | internal | newsletter | other */
    referrerKind: text("referrer_kind"),
  },
  (t) => [
    // Serves: retention purges and time-windowed scans (cheap BRIN on an append-only table).
    index("events_occurred_at_brin").using("brin", t.occurredAt),
    // Serves: feature refresh from a watermark (events received since T).
    index("events_received_at_brin").using("brin", t.receivedAt),
    // Serves: per-profile windowed conditions and erasure by profile.
    index("events_profile_occurred_idx").on(t.profileId, t.occurredAt).where(sql`${t.profileId} is not null`),
    // Serves: pageviews per article (blocklist diagnosis, content stats).
    index("events_article_idx").on(t.articleId),
  ],
);

export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
