import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, briefs } from "@/db/schema";
import { GARM_CATEGORIES } from "@/lib/contextual/taxonomy.generated";
import { DomainError } from "@/lib/errors";
import type { UpdateBriefSuitability } from "./brief-schemas";

export type UpdateBriefSuitabilityParams = UpdateBriefSuitability & { actorId: string };

const GARM_IDS = new Set(GARM_CATEGORIES.map((g) => g.id));

/**
 * Stores a brief's campaign suitability profile (what activation will enforce) and writes
 * the change, before and after, to the audit log in the same transaction.
 */
export async function updateBriefSuitability(db: Db, params: UpdateBriefSuitabilityParams): Promise<void> {
  const unknown = params.suitability.excludedGarm.filter((g) => !GARM_IDS.has(g));
  if (unknown.length) throw new DomainError("invalid", "Unknown GARM category.", { "suitability.excludedGarm": ["unknown_garm"] });
  // Stored in a canonical order so that equal profiles are equal JSON.
  const suitability = {
    allowedTonalities: [...params.suitability.allowedTonalities].sort(),
    maxRisk: params.suitability.maxRisk,
    excludedGarm: [...new Set(params.suitability.excludedGarm)].sort(),
  };
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ suitability: briefs.suitability }).from(briefs).where(eq(briefs.id, params.briefId)).for("update");
    if (!before) throw new DomainError("not_found", "Brief not found.");
    await tx.update(briefs).set({ suitability }).where(eq(briefs.id, params.briefId));
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: "brief.suitability_update",
      entityType: "brief",
      entityId: String(params.briefId),
      details: { before: before.suitability, after: suitability },
    });
  });
}
