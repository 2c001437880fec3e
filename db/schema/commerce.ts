import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { segments } from "./segments";

export const advertisers = pgTable("advertisers", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  /** IAB Ad Product Taxonomy tier-1 name, e.g. "Automotive". */
  sector: text("sector").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Campaign suitability profile carried by a brief and enforced by activation. */
export type SuitabilityProfile = {
  allowedTonalities: ("optimistic" | "neutral" | "pessimistic" | "anxious")[];
  maxRisk: "none" | "low" | "medium" | "high";
  excludedGarm: string[];
};

export const briefs = pgTable(
  "briefs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    advertiserId: integer("advertiser_id")
      .notNull()
      .references(() => advertisers.id),
    title: text("title").notNull(),
    objective: text("objective").notNull().default(""),
    keywords: text("keywords").array().notNull().default([]),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    budgetEur: numeric("budget_eur", { precision: 12, scale: 2 }),
    suitability: jsonb("suitability").$type<SuitabilityProfile>(),
    /** draft | answered | won | lost */
    status: text("status").notNull().default("draft"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: brief list by advertiser.
    index("briefs_advertiser_idx").on(t.advertiserId),
  ],
);

export const briefSegments = pgTable(
  "brief_segments",
  {
    briefId: integer("brief_id")
      .notNull()
      .references(() => briefs.id, { onDelete: "cascade" }),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.briefId, t.segmentId] })],
);

export const campaigns = pgTable(
  "campaigns",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    advertiserId: integer("advertiser_id")
      .notNull()
      .references(() => advertisers.id),
    briefId: integer("brief_id").references(() => briefs.id),
    name: text("name").notNull(),
    brandIds: text("brand_ids").array().notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    bookedRevenueEur: numeric("booked_revenue_eur", { precision: 12, scale: 2 }).notNull(),
    impressions: bigint("impressions", { mode: "number" }).notNull().default(0),
    cpmEur: numeric("cpm_eur", { precision: 8, scale: 2 }).notNull(),
    /** As booked in the ad server: the line items target first-party data. */
    embedsData: boolean("embeds_data").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: campaigns over a period (revenue KPIs, dashboards).
    index("campaigns_flight_idx").on(t.startsOn, t.endsOn),
    index("campaigns_advertiser_idx").on(t.advertiserId),
  ],
);

export const campaignSegments = pgTable(
  "campaign_segments",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.segmentId] })],
);

/** Delivered revenue per campaign × brand × month (from ad-server delivery imports). */
export const revenueLines = pgTable(
  "revenue_lines",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    brandId: text("brand_id").notNull(),
    /** First day of the month. */
    month: date("month").notNull(),
    revenueEur: numeric("revenue_eur", { precision: 12, scale: 2 }).notNull(),
    impressions: bigint("impressions", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.brandId, t.month] }),
    // Serves: revenue by month and brand (dashboards).
    index("revenue_lines_month_brand_idx").on(t.month, t.brandId),
  ],
);

/** Yearly targets. `brandId` null = group-wide. metric: revenue_eur | data_revenue_share | data_campaign_share */
export const targets = pgTable(
  "targets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    brandId: text("brand_id"),
    metric: text("metric").notNull(),
    value: numeric("value", { precision: 14, scale: 4 }).notNull(),
  },
  (t) => [unique("targets_year_brand_metric_key").on(t.year, t.brandId, t.metric).nullsNotDistinct()],
);

export type Advertiser = typeof advertisers.$inferSelect;
export type Brief = typeof briefs.$inferSelect;
export type NewBrief = typeof briefs.$inferInsert;
export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type RevenueLine = typeof revenueLines.$inferSelect;
export type Target = typeof targets.$inferSelect;
