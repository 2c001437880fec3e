import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/**
 * One row per known person (subscriber) or pseudonymous browser (anonymous).
 * Declared attributes are null for anonymous browsers. No plain email is ever stored.
 */
export const profiles = pgTable(
  "profiles",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** Browser id (first-party cookie) for anonymous profiles, subscriber id for subscribers. */
    externalId: text("external_id").notNull(),
    /** subscriber | anonymous */
    kind: text("kind").notNull(),
    emailSha256: text("email_sha256"),
    /** 18-24 | 25-34 | 35-49 | 50-64 | 65+ */
    ageBand: text("age_band"),
    /** f | m | x */
    gender: text("gender"),
    /** INSEE region code, e.g. "84" (Auvergne-Rhône-Alpes). */
    region: text("region"),
    /** Département code, e.g. "69". */
    departement: text("departement"),
    /** INSEE PCS group: agriculteurs, artisans_commercants, cadres, prof_intermediaires, employes, ouvriers, retraites, etudiants, sans_activite */
    csp: text("csp"),
    /** free | digital | premium | print_digital */
    plan: text("plan"),
    subscribedAt: timestamp("subscribed_at", { withTimezone: true }),
    newsletters: text("newsletters").array(),
    /** Consent snapshot from the latest TC string: TCF purposes with consent, our vendor bit. */
    consentPurposes: smallint("consent_purposes").array().notNull().default(sql`'{}'::smallint[]`),
    consentVendor: boolean("consent_vendor").notNull().default(false),
    /** GDPR art. 9 explicit consent, collected outside TCF. */
    consentSpecial: boolean("consent_special").notNull().default(false),
    consentUpdatedAt: timestamp("consent_updated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: ingestion's profile upsert by browser id; DSAR lookup by subscriber id.
    uniqueIndex("profiles_external_id_key").on(t.externalId),
    // Serves: DSAR lookup by hashed email.
    index("profiles_email_sha256_idx").on(t.emailSha256).where(sql`${t.emailSha256} is not null`),
  ],
);

/** Login links: a browser profile seen logged in as a subscriber profile (cross-device). */
export const identityLinks = pgTable(
  "identity_links",
  {
    browserProfileId: bigint("browser_profile_id", { mode: "number" })
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    personProfileId: bigint("person_profile_id", { mode: "number" })
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.browserProfileId, t.personProfileId] }),
    // Serves: "all browsers of this person" (person graph, erasure).
    index("identity_links_person_idx").on(t.personProfileId),
  ],
);

export type Profile = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;
export type IdentityLink = typeof identityLinks.$inferSelect;
