import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, brandFeeds, brands } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/* Settings → Feeds: the RSS/Atom feeds the worker polls for each brand. */

export const AddFeed = z.object({
  brandId: z.string().trim().min(1).max(100),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
export type AddFeed = z.infer<typeof AddFeed>;

export type FeedListItem = {
  id: number;
  brandId: string;
  brandName: string;
  url: string;
  isEnabled: boolean;
  lastPolledAt: Date | null;
  lastError: string | null;
  lastItemCount: number | null;
};

export async function listFeeds(db: Db, params: { brandIds?: string[] } = {}): Promise<FeedListItem[]> {
  return db
    .select({
      id: brandFeeds.id,
      brandId: brandFeeds.brandId,
      brandName: brands.name,
      url: brandFeeds.url,
      isEnabled: brandFeeds.isEnabled,
      lastPolledAt: brandFeeds.lastPolledAt,
      lastError: brandFeeds.lastError,
      lastItemCount: brandFeeds.lastItemCount,
    })
    .from(brandFeeds)
    .innerJoin(brands, eq(brands.id, brandFeeds.brandId))
    .where(params.brandIds ? inArray(brandFeeds.brandId, params.brandIds) : undefined)
    .orderBy(asc(brands.name), asc(brandFeeds.url));
}

export async function addFeed(db: Db, params: AddFeed & { actorId: string | null }): Promise<{ id: number }> {
  const [brand] = await db.select({ id: brands.id }).from(brands).where(eq(brands.id, params.brandId));
  if (!brand) throw new DomainError("invalid", "unknown brand", { brandId: ["unknown brand"] });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(brandFeeds)
      .values({ brandId: params.brandId, url: params.url })
      .onConflictDoNothing()
      .returning({ id: brandFeeds.id });
    if (!row) throw new DomainError("conflict", "this feed is already set for the brand", { url: ["already added"] });
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: "feed.add",
      entityType: "brand_feed",
      entityId: String(row.id),
      details: { brandId: params.brandId, url: params.url },
    });
    return row;
  });
}

export type ChangeFeedParams = { id: number; actorId: string | null; brandIds?: string[] };

export async function setFeedEnabled(db: Db, params: ChangeFeedParams & { isEnabled: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(brandFeeds)
      .set({ isEnabled: params.isEnabled })
      .where(and(eq(brandFeeds.id, params.id), params.brandIds ? inArray(brandFeeds.brandId, params.brandIds) : undefined))
      .returning({ id: brandFeeds.id });
    if (updated.length === 0) throw new DomainError("not_found", "feed not found");
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: params.isEnabled ? "feed.enable" : "feed.disable",
      entityType: "brand_feed",
      entityId: String(params.id),
    });
  });
}

/** Articles already taken from the feed stay: they are raw facts of the brand. */
export async function deleteFeed(db: Db, params: ChangeFeedParams): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(brandFeeds)
      .where(and(eq(brandFeeds.id, params.id), params.brandIds ? inArray(brandFeeds.brandId, params.brandIds) : undefined))
      .returning({ id: brandFeeds.id, url: brandFeeds.url, brandId: brandFeeds.brandId });
    if (deleted.length === 0) throw new DomainError("not_found", "feed not found");
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: "feed.delete",
      entityType: "brand_feed",
      entityId: String(params.id),
      details: { brandId: deleted[0].brandId, url: deleted[0].url },
    });
  });
}
