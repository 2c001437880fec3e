import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";

/** Who did what, append-only. Details never contain personal data in clear. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    // Serves: audit trail of one entity, newest first.
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at.desc()),
    // Serves: audit log page, newest first.
    index("audit_log_at_idx").on(t.at.desc()),
  ],
);

/** GDPR access and erasure requests with their evidence. */
export const dsarRequests = pgTable(
  "dsar_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** access | erasure */
    kind: text("kind").notNull(),
    /** SHA-256 of the requester's email, or a browser id. */
    subjectRef: text("subject_ref").notNull(),
    profileId: bigint("profile_id", { mode: "number" }),
    /** received | processing | done | rejected */
    status: text("status").notNull().default("received"),
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull().default({}),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    handledBy: text("handled_by").references(() => users.id),
  },
  (t) => [
    // Serves: open requests queue (oldest first).
    index("dsar_requests_status_idx").on(t.status, t.requestedAt),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type DsarRequest = typeof dsarRequests.$inferSelect;
