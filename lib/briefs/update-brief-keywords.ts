import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, briefs } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { MAX_BRIEF_KEYWORDS, type AddBriefKeywords, type RemoveBriefKeyword } from "./brief-schemas";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function rewriteKeywords(tx: Tx, briefId: number, actorId: string, action: string, change: (current: string[]) => string[]) {
  const [row] = await tx.select({ keywords: briefs.keywords }).from(briefs).where(eq(briefs.id, briefId)).for("update");
  if (!row) throw new DomainError("not_found", "Brief not found.");
  const next = change(row.keywords);
  if (next.length > MAX_BRIEF_KEYWORDS) throw new DomainError("invalid", "Too many keywords.", { keywords: ["too_many"] });
  if (next.length === row.keywords.length && next.every((k, i) => k === row.keywords[i])) return row.keywords;
  await tx.update(briefs).set({ keywords: next }).where(eq(briefs.id, briefId));
  await tx.insert(auditLog).values({ actorId, action, entityType: "brief", entityId: String(briefId), details: { before: row.keywords, after: next } });
  return next;
}

/** Adds keywords (e.g. accepted term suggestions) to a brief, once each, in order. */
export async function addBriefKeywords(db: Db, params: AddBriefKeywords & { actorId: string }): Promise<string[]> {
  return db.transaction((tx) =>
    rewriteKeywords(tx, params.briefId, params.actorId, "brief.keywords_add", (current) => [...new Set([...current, ...params.keywords])]),
  );
}

/** Removes one keyword from a brief. */
export async function removeBriefKeyword(db: Db, params: RemoveBriefKeyword & { actorId: string }): Promise<string[]> {
  return db.transaction((tx) =>
    rewriteKeywords(tx, params.briefId, params.actorId, "brief.keywords_remove", (current) => current.filter((k) => k !== params.keyword)),
  );
}
