import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, brandApiKeys, brands, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/*
 * Per-brand CMS push keys. The clear key exists only in the creation response; the database
 * keeps its SHA-256 (a random 192-bit key needs no slow hash) and a short prefix for display.
 */

const KEY_PREFIX = "a3d_";
const DISPLAY_PREFIX_LENGTH = 12;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export const CreateApiKey = z.object({
  brandId: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(80),
});
export type CreateApiKey = z.infer<typeof CreateApiKey>;

export type CreatedApiKey = { id: number; brandId: string; name: string; prefix: string; key: string };

export async function createApiKey(
  db: Db,
  params: CreateApiKey & { createdBy: string | null },
): Promise<CreatedApiKey> {
  const [brand] = await db.select({ id: brands.id }).from(brands).where(eq(brands.id, params.brandId));
  if (!brand) throw new DomainError("not_found", "unknown brand", { brandId: ["unknown brand"] });
  const key = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const prefix = key.slice(0, DISPLAY_PREFIX_LENGTH);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(brandApiKeys)
      .values({ brandId: params.brandId, name: params.name, prefix, keyHash: hashApiKey(key), createdBy: params.createdBy })
      .returning({ id: brandApiKeys.id });
    await tx.insert(auditLog).values({
      actorId: params.createdBy,
      action: "api_key.create",
      entityType: "brand_api_key",
      entityId: String(row.id),
      details: { brandId: params.brandId, name: params.name, prefix },
    });
    return { id: row.id, brandId: params.brandId, name: params.name, prefix, key };
  });
}

export type RevokeApiKeyParams = { id: number; revokedBy: string | null; brandIds?: string[] };

/** Idempotent; `brandIds` limits which keys the caller may touch (the console's brand scope). */
export async function revokeApiKey(db: Db, params: RevokeApiKeyParams): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: brandApiKeys.id, brandId: brandApiKeys.brandId, revokedAt: brandApiKeys.revokedAt })
      .from(brandApiKeys)
      .where(eq(brandApiKeys.id, params.id))
      .for("update");
    if (!row || (params.brandIds && !params.brandIds.includes(row.brandId))) {
      throw new DomainError("not_found", "API key not found");
    }
    if (row.revokedAt) return;
    await tx.update(brandApiKeys).set({ revokedAt: sql`now()` }).where(eq(brandApiKeys.id, row.id));
    await tx.insert(auditLog).values({
      actorId: params.revokedBy,
      action: "api_key.revoke",
      entityType: "brand_api_key",
      entityId: String(row.id),
      details: { brandId: row.brandId },
    });
  });
}

export type ApiKeyListItem = {
  id: number;
  brandId: string;
  brandName: string;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export async function listApiKeys(db: Db, params: { brandIds?: string[] } = {}): Promise<ApiKeyListItem[]> {
  return db
    .select({
      id: brandApiKeys.id,
      brandId: brandApiKeys.brandId,
      brandName: brands.name,
      name: brandApiKeys.name,
      prefix: brandApiKeys.prefix,
      createdAt: brandApiKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: brandApiKeys.lastUsedAt,
      revokedAt: brandApiKeys.revokedAt,
    })
    .from(brandApiKeys)
    .innerJoin(brands, eq(brands.id, brandApiKeys.brandId))
    .leftJoin(users, eq(users.id, brandApiKeys.createdBy))
    .where(params.brandIds ? inArray(brandApiKeys.brandId, params.brandIds) : undefined)
    .orderBy(sql`${brandApiKeys.revokedAt} is not null`, desc(brandApiKeys.createdAt));
}

export type ApiKeyIdentity = { keyId: number; brandId: string };

/**
 * `Authorization: Bearer <key>` → the key's brand. Unknown, malformed and revoked keys are
 * all "unauthenticated" (401): the caller learns nothing about which keys exist.
 */
export async function authenticateApiKey(db: Db, authorization: string | null): Promise<ApiKeyIdentity> {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match || !match[1].startsWith(KEY_PREFIX) || match[1].length > 200) {
    throw new DomainError("unauthenticated", "missing or malformed API key");
  }
  const [row] = await db
    .select({ id: brandApiKeys.id, brandId: brandApiKeys.brandId, revokedAt: brandApiKeys.revokedAt })
    .from(brandApiKeys)
    .where(eq(brandApiKeys.keyHash, hashApiKey(match[1])));
  if (!row || row.revokedAt) throw new DomainError("unauthenticated", "invalid or revoked API key");
  // At most one write a minute per key: cheap enough on the push path.
  await db
    .update(brandApiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(brandApiKeys.id, row.id),
        isNull(brandApiKeys.revokedAt),
        sql`(${brandApiKeys.lastUsedAt} is null or ${brandApiKeys.lastUsedAt} < now() - interval '1 minute')`,
      ),
    );
  return { keyId: row.id, brandId: row.brandId };
}
