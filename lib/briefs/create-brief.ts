import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advertisers, auditLog, briefs } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import type { CreateBrief } from "./brief-schemas";

export type CreateBriefParams = CreateBrief & { actorId: string };

/** Creates a brief for an existing advertiser and records it in the audit log. */
export async function createBrief(db: Db, params: CreateBriefParams): Promise<{ id: number }> {
  const { actorId, ...input } = params;
  return db.transaction(async (tx) => {
    const [advertiser] = await tx.select({ id: advertisers.id }).from(advertisers).where(eq(advertisers.id, input.advertiserId));
    if (!advertiser) throw new DomainError("invalid", "Unknown advertiser.", { advertiserId: ["unknown_advertiser"] });
    const [row] = await tx
      .insert(briefs)
      .values({
        advertiserId: input.advertiserId,
        title: input.title,
        objective: input.objective,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        budgetEur: input.budgetEur === undefined ? null : input.budgetEur.toFixed(2),
        status: input.status,
        createdBy: actorId,
      })
      .returning({ id: briefs.id });
    await tx.insert(auditLog).values({
      actorId,
      action: "brief.create",
      entityType: "brief",
      entityId: String(row.id),
      details: { advertiserId: input.advertiserId, title: input.title, status: input.status },
    });
    return row;
  });
}
