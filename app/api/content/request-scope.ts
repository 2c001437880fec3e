import type { Db } from "@/db/client";
import { BRAND_COOKIE, brandIdOf, resolveBrandScope } from "@/lib/actions/scope";

/**
 * The console's brand scope read from the request's cookie (same validation as
 * getBrandScope), so the handlers also run outside Next's request context in tests.
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
