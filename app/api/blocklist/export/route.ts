import { z } from "zod";
import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { BlocklistRequest, toBlocklistScope } from "@/lib/contextual/blocklist/blocklist-request";
import { exportBlocklistCsv } from "@/lib/contextual/blocklist/export-blocklist";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

// GET so the browser can download it from a link: the list travels in the query (t).
const Query = z.object({ t: BlocklistRequest.shape.text, days: BlocklistRequest.shape.days });

/** CSV of every blocked and missed article for the agency. Read-only: any signed-in role. */
export const GET = withRoute({ name: "GET /api/blocklist/export", query: Query }, async ({ request, query }) => {
  const db = getDb();
  const now = new Date();
  const { scope } = toBlocklistScope({ text: query.t, days: query.days }, await brandScopeOf(db, request), now);
  const csv = await exportBlocklistCsv(db, scope);
  const day = now.toISOString().slice(0, 10);
  // A BOM so spreadsheet software reads the accents as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="blocklist-diagnosis-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
