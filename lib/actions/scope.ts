import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb, type Db } from "@/db/client";
import { brands } from "@/db/schema";

/** "all" or one brand id. Query functions take `brandIdOf(scope)` (null = all brands). */
export type BrandScope = "all" | (string & {});

export const BRAND_COOKIE = "a3d_brand";

/** A brand id that no longer exists (or a forged cookie) falls back to all brands. */
export async function resolveBrandScope(db: Db, raw: string | undefined | null): Promise<BrandScope> {
  if (!raw || raw === "all" || raw.length > 200) return "all";
  const [row] = await db.select({ id: brands.id }).from(brands).where(eq(brands.id, raw)).limit(1);
  return row ? row.id : "all";
}

/** The console's brand scope for the current request (cookie `a3d_brand`, validated). */
export async function getBrandScope(): Promise<BrandScope> {
  return resolveBrandScope(getDb(), (await cookies()).get(BRAND_COOKIE)?.value);
}

export function brandIdOf(scope: BrandScope): string | null {
  return scope === "all" ? null : scope;
}

/**
 * The brand scope of a route handler's request, read from its cookie header with the same
 * validation as getBrandScope, so handlers also run outside Next's request context (tests).
 */
export async function brandScopeOf(db: Db, request: Request): Promise<string | null> {
  const pair = request.headers.get("cookie")?.split(/;\s*/).find((c) => c.startsWith(`${BRAND_COOKIE}=`));
  let raw: string | null = null;
  try {
    raw = pair ? decodeURIComponent(pair.slice(BRAND_COOKIE.length + 1)) : null;
  } catch {
    raw = null; // a malformed cookie means "no scope", not a 500
  }
  return brandIdOf(await resolveBrandScope(db, raw));
}
