import { getDb } from "@/db/client";
import { COLLECT_PREFLIGHT_HEADERS, createCollectHandler } from "@/lib/ingest/handle-collect";

/*
 * The site tag's endpoint (public: no session, it is called from readers' browsers on every
 * brand domain). Contract and limits: lib/ingest/schema.ts; consent rule: lib/ingest/consent.ts.
 */
export const dynamic = "force-dynamic";

const handleCollect = createCollectHandler(getDb);

export function POST(request: Request) {
  return handleCollect(request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: COLLECT_PREFLIGHT_HEADERS });
}
