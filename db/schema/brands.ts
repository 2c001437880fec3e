import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";

/** The group's titles. The id is a readable slug ("le-quotidien") used in URLs and events. */
export const brands = pgTable("brands", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** national_daily | regional_daily | business | sports | news_weekly | womens | lifestyle | tech | automotive | culture | kids_family */
  kind: text("kind").notNull(),
  domain: text("domain").notNull(),
  /** Default language of the title; articles carry their own. */
  lang: text("lang").notNull().default("fr"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A brand's rubriques. */
export const sections = pgTable(
  "sections",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    brandId: text("brand_id").notNull().references(() => brands.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
  },
  (t) => [
    // Serves: section lookup by (brand, slug) in CMS intake and the content filters.
    uniqueIndex("sections_brand_slug_key").on(t.brandId, t.slug),
  ],
);

/**
 * Per-brand CMS push keys. Only a SHA-256 of the key is stored; `prefix` lets staff
 * recognise a key in Settings without revealing it.
 */
export const brandApiKeys = pgTable(
  "brand_api_keys",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    brandId: text("brand_id").notNull().references(() => brands.id, { onDelete: "cascade" }),
    /** What the key is for ("CMS production"), chosen by the admin who created it. */
    name: text("name").notNull().default(""),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Touched at most once a minute by the push API, so staff can spot dead keys. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    // Serves: authenticating POST /api/v1/articles by key hash.
    uniqueIndex("brand_api_keys_hash_key").on(t.keyHash),
  ],
);

/** RSS/Atom feeds polled per brand (set in Settings). */
export const brandFeeds = pgTable(
  "brand_feeds",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    brandId: text("brand_id").notNull().references(() => brands.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    isEnabled: boolean("is_enabled").notNull().default(true),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    lastError: text("last_error"),
    /** HTTP validators of the last 200 response, sent back as If-None-Match / If-Modified-Since. */
    etag: text("etag"),
    lastModified: text("last_modified"),
    /** Items found in the last successful poll (shown in Settings → Feeds). */
    lastItemCount: integer("last_item_count"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: "feeds due for polling" (enabled, oldest poll first).
    index("brand_feeds_due_idx").on(t.lastPolledAt).where(sql`${t.isEnabled}`),
    uniqueIndex("brand_feeds_brand_url_key").on(t.brandId, t.url),
  ],
);

export type Brand = typeof brands.$inferSelect;
export type NewBrand = typeof brands.$inferInsert;
export type Section = typeof sections.$inferSelect;
export type NewSection = typeof sections.$inferInsert;
export type BrandFeed = typeof brandFeeds.$inferSelect;
export type NewBrandFeed = typeof brandFeeds.$inferInsert;
export type BrandApiKey = typeof brandApiKeys.$inferSelect;
export type NewBrandApiKey = typeof brandApiKeys.$inferInsert;
