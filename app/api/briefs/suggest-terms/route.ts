import { z } from "zod";
import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { suggestTerms } from "@/lib/contextual/terms/suggest-terms";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

const Query = z.object({
  /** Seed terms separated by commas or new lines: "rugby, esprit d'équipe". */
  seeds: z
    .string()
    .max(500)
    .transform((s) => s.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(100)).min(1).max(10)),
  limit: z.coerce.number().int().min(1).max(50).default(15),
});

/** Related terms and IAB categories for brief seeds, with evidence and added reach. Any signed-in role. */
export const GET = withRoute({ name: "GET /api/briefs/suggest-terms", query: Query }, async ({ request, query }) => {
  const db = getDb();
  return suggestTerms(db, { seeds: query.seeds, brandId: await brandScopeOf(db, request), limit: query.limit });
});
