import { index, integer, jsonb, pgTable, text, timestamp, boolean } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { segments } from "./segments";

/** Activation targets: GAM key-values, OpenRTB/Prebid, clean rooms, files. */
export const destinations = pgTable("destinations", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  /** gam | openrtb | cleanroom | file */
  kind: text("kind").notNull(),
  config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
  isEnabled: boolean("is_enabled").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every file or API push made, with the data-usage labels it carried. */
export const exports = pgTable(
  "exports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id),
    destinationId: integer("destination_id")
      .notNull()
      .references(() => destinations.id),
    segmentVersion: integer("segment_version").notNull(),
    /** queued | running | done | failed | refused */
    status: text("status").notNull().default("queued"),
    rowCount: integer("row_count"),
    labels: text("labels").array().notNull().default([]),
    location: text("location"),
    error: text("error"),
    requestedBy: text("requested_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    // Serves: export history of a segment.
    index("exports_segment_idx").on(t.segmentId, t.createdAt),
  ],
);

export type Destination = typeof destinations.$inferSelect;
export type Export = typeof exports.$inferSelect;
