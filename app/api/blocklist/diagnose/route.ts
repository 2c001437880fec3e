import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { BlocklistRequest, toBlocklistScope } from "@/lib/contextual/blocklist/blocklist-request";
import { diagnoseBlocklist } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

/** Diagnoses a pasted/uploaded blocklist over the console's brand scope. Read-only: any signed-in role. */
export const POST = withRoute({ name: "POST /api/blocklist/diagnose", body: BlocklistRequest }, async ({ request, body }) => {
  const db = getDb();
  const { scope, parsed } = toBlocklistScope(body, await brandScopeOf(db, request), new Date());
  const diagnosis = await diagnoseBlocklist(db, { ...scope, sampleLimit: 25 });
  return { ...diagnosis, days: body.days, rejected: parsed.rejected, duplicates: parsed.duplicates };
});
