import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/** Derived per profile, all brands: what the segment compiler reads. */
export const profileFeatures = pgTable(
  "profile_features",
  {
    profileId: bigint("profile_id", { mode: "number" }).primaryKey(),
    recencyDays: integer("recency_days"),
    visits7d: integer("visits_7d").notNull().default(0),
    visits30d: integer("visits_30d").notNull().default(0),
    visits90d: integer("visits_90d").notNull().default(0),
    activeDays30d: smallint("active_days_30d").notNull().default(0),
    activeDays90d: smallint("active_days_90d").notNull().default(0),
    engagedSeconds30d: integer("engaged_seconds_30d").notNull().default(0),
    avgScrollDepth: real("avg_scroll_depth"),
    revisitRate: real("revisit_rate"),
    /** 0–100 */
    engagementScore: smallint("engagement_score").notNull().default(0),
    /** IAB ids whose affinity passes the threshold: GIN-indexed for segment leaves. */
    interests: text("interests").array().notNull().default([]),
    /** { iabId: affinity 0..1 } */
    interestScores: jsonb("interest_scores").$type<Record<string, number>>().notNull().default({}),
    /** { optimistic, neutral, pessimistic, anxious } shares of reading. */
    tonalityExposure: jsonb("tonality_exposure").$type<Record<string, number>>().notNull().default({}),
    brands: text("brands").array().notNull().default([]),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: segment leaves on interests (array containment).
    index("profile_features_interests_gin").using("gin", t.interests),
    // Serves: segment leaves on engagement score thresholds.
    index("profile_features_score_idx").on(t.engagementScore),
    // Serves: segment leaves on brand readership.
    index("profile_features_brands_gin").using("gin", t.brands),
  ],
);

/** Derived per profile × brand. */
export const profileBrandFeatures = pgTable(
  "profile_brand_features",
  {
    profileId: bigint("profile_id", { mode: "number" }).notNull(),
    brandId: text("brand_id").notNull(),
    recencyDays: integer("recency_days"),
    visits30d: integer("visits_30d").notNull().default(0),
    activeDays30d: smallint("active_days_30d").notNull().default(0),
    engagedSeconds30d: integer("engaged_seconds_30d").notNull().default(0),
    engagementScore: smallint("engagement_score").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.brandId] }),
    // Serves: brand-scoped segment leaves ("engagement ≥ N on brand B").
    index("profile_brand_features_brand_score_idx").on(t.brandId, t.engagementScore),
  ],
);

/** Derived rollup per person × IAB category × day, for windowed content conditions. */
export const profileCategoryDays = pgTable(
  "profile_category_days",
  {
    profileId: bigint("profile_id", { mode: "number" }).notNull(),
    iabId: text("iab_id").notNull(),
    day: date("day").notNull(),
    views: integer("views").notNull().default(0),
    engagedSeconds: integer("engaged_seconds").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.iabId, t.day] }),
    // Serves: "read category X in the last N days" leaves.
    index("profile_category_days_iab_day_idx").on(t.iabId, t.day),
  ],
);

/** Incremental refresh positions: how far each derived table has consumed raw facts. */
export const watermarks = pgTable("watermarks", {
  name: text("name").primaryKey(),
  position: timestamp("position", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ProfileFeature = typeof profileFeatures.$inferSelect;
export type NewProfileFeature = typeof profileFeatures.$inferInsert;
