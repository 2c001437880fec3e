import { z } from "zod";
import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { measureSuitableInventory } from "@/lib/briefs/measure-suitable-inventory";
import { SuitabilityProfile } from "@/lib/contextual/suitability";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

const Body = z.object({ profile: SuitabilityProfile, days: z.coerce.number().int().min(1).max(365).default(30) });

/** Live share of inventory a suitability profile keeps, in the console's brand scope. Any signed-in role. */
export const POST = withRoute({ name: "POST /api/briefs/suitable-inventory", body: Body }, async ({ request, body }) => {
  const db = getDb();
  const to = new Date();
  const from = new Date(to.getTime() - body.days * 86_400_000);
  return measureSuitableInventory(db, { profile: body.profile, brandId: await brandScopeOf(db, request), from, to });
});
