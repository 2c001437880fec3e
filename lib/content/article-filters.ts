import { z } from "zod";
import { RISK_TIERS, TONALITIES } from "@/lib/contextual/types";

/*
 * The content console's filters, shared by the page (search params), the route handler
 * (query string) and listArticles. Empty strings from <select> mean "any".
 */

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const ArticleFilters = z.object({
  brand: optional(z.string().trim().min(1).max(100)),
  section: optional(z.coerce.number().int().positive()),
  tonality: optional(z.enum(TONALITIES)),
  risk: optional(z.enum(RISK_TIERS)),
  iab: optional(z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/)),
  status: optional(z.enum(["labelled", "pending", "overridden"])),
  q: optional(z.string().trim().min(1).max(200)),
  cursor: optional(z.string().max(200)),
  limit: optional(z.coerce.number().int().min(1).max(100)),
});
export type ArticleFilters = z.infer<typeof ArticleFilters>;

/** Opaque keyset cursor: the row's received_at as PostgreSQL text (µs precision) and its id. */
export function encodeCursor(receivedAt: string, id: number): string {
  return Buffer.from(JSON.stringify([receivedAt, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { receivedAt: string; id: number } | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(value) || typeof value[0] !== "string" || !Number.isSafeInteger(value[1])) return null;
    if (!/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(value[0])) return null;
    return { receivedAt: value[0], id: value[1] as number };
  } catch {
    return null;
  }
}
