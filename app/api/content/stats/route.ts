import { z } from "zod";
import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { getIntakeStats } from "@/lib/content/intake-stats";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

const Query = z.object({ brand: z.string().trim().min(1).max(100).optional() });

/** Live intake figures (arrivals, pending, label latency) in the brand scope. */
export const GET = withRoute({ name: "GET /api/content/stats", query: Query }, async ({ request, query }) => {
  const db = getDb();
  const scoped = await brandScopeOf(db, request);
  return getIntakeStats(db, { brandId: scoped ?? query.brand ?? null });
});
