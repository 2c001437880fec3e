import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { brands } from "./brands";
import { users } from "./auth";

/** A saved 3D segment. `definition` is the zod-validated boolean tree (see lib/segments). */
export const segments = pgTable(
  "segments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** null = all brands */
    brandId: text("brand_id").references(() => brands.id),
    definition: jsonb("definition").$type<unknown>().notNull(),
    /** draft | active | archived */
    status: text("status").notNull().default("draft"),
    /** Shown in the persona gallery. */
    isPersona: boolean("is_persona").notNull().default(false),
    ownerId: text("owner_id").references(() => users.id),
    /** Data-usage labels carried to every export (e.g. "contextual", "declared", "special-category"). */
    dataUsageLabels: text("data_usage_labels").array().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: segment list by brand and status.
    index("segments_brand_status_idx").on(t.brandId, t.status),
  ],
);

/** Every saved definition, append-only. */
export const segmentVersions = pgTable(
  "segment_versions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<unknown>().notNull(),
    createdBy: text("created_by").references(() => users.id),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("segment_versions_segment_version_key").on(t.segmentId, t.version)],
);

/** Size snapshots over time. */
export const segmentSizes = pgTable(
  "segment_sizes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    size: integer("size").notNull(),
    /** Members whose consent allows activation. */
    consentedSize: integer("consented_size").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: size history chart of a segment.
    index("segment_sizes_segment_time_idx").on(t.segmentId, t.computedAt),
  ],
);

export type Segment = typeof segments.$inferSelect;
export type NewSegment = typeof segments.$inferInsert;
export type SegmentVersion = typeof segmentVersions.$inferSelect;
export type SegmentSize = typeof segmentSizes.$inferSelect;
