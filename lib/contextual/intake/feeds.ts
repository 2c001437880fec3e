import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, brandFeeds, brands } from "@/db/schema";
import { checkPublicUrl, checkUrlSyntax, type PublicUrlPolicy } from "@/lib/http/fetch-public-url";
import { DomainError } from "@/lib/errors";

/* Settings → Feeds: the RSS/Atom feeds the worker polls for each brand. */

/**
 * A feed URL: http(s), and not a literal loopback/private/link-local/CGNAT/unique-local/
 * metadata address or a local host name. The message is the field-error code the console
 * translates (messages: feedUrl.*). addFeed then resolves the name (same rule), and the
 * poller checks again at every fetch and redirect.
 */
export const FeedUrl = z
  .string()
  .trim()
  .min(1, "invalid_url")
  .max(2000, "too_long")
  .superRefine((url, ctx) => {
    const problem = checkUrlSyntax(url);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const AddFeed = z.object({
  brandId: z.string().trim().min(1).max(100),
  url: FeedUrl,
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

/** `policy` is for tests serving fixtures on loopback; the console never passes one. */
export async function addFeed(db: Db, params: AddFeed & { actorId: string | null }, policy: PublicUrlPolicy = {}): Promise<{ id: number }> {
  // Syntax again (callers other than the console's action) and the name's addresses now.
  const problem = await checkPublicUrl(params.url, policy);
  if (problem) throw new DomainError("invalid", "the feed URL does not lead to the public internet", { url: [problem] });
  const [brand] = await db.select({ id: brands.id }).from(brands).where(eq(brands.id, params.brandId));
  if (!brand) throw new DomainError("invalid", "unknown brand", { brandId: ["unknown brand"] });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(brandFeeds)
      .values({ brandId: params.brandId, url: params.url })
      .onConflictDoNothing()
      .returning({ id: brandFeeds.id });
    if (!row) throw new DomainError("conflict", "this feed is already set for the brand", { url: ["already_added"] });
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
