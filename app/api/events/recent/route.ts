import { z } from "zod";
import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { BRAND_COOKIE, brandIdOf, resolveBrandScope } from "@/lib/actions/scope";
import { getRecentFeed } from "@/lib/ingest/get-recent-feed";

export const dynamic = "force-dynamic";

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** "1" adds the (heavier) all-time totals; the page asks for them every 30 s, not every poll. */
  totals: z.enum(["0", "1"]).default("0"),
});

function readCookie(request: Request, name: string) {
  const pair = request.headers.get("cookie")?.split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  if (!pair) return null;
  try {
    return decodeURIComponent(pair.slice(name.length + 1));
  } catch {
    return null; // a malformed cookie means "no scope", not a 500
  }
}

/** Live feed for the engagement page, in the console's brand scope. Any signed-in role. */
export const GET = withRoute({ name: "GET /api/events/recent", query: Query }, async ({ request, query }) => {
  const db = getDb();
  // Same cookie and validation as getBrandScope(), read from the request so the handler
  // also runs outside Next's request context (the DB test calls it directly).
  const brandId = brandIdOf(await resolveBrandScope(db, readCookie(request, BRAND_COOKIE)));
  return getRecentFeed(db, { brandId, limit: query.limit, withTotals: query.totals === "1", now: new Date() });
});
