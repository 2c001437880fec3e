import { createHash } from "node:crypto";
import { SITE_TAG_JS } from "@/lib/ingest/tag/site-tag.generated";

/*
 * The site tag (source: lib/ingest/tag/site-tag.ts). Served by a route rather than from
 * public/ so it carries real caching headers: an hour fresh, a day stale-while-revalidate,
 * and an ETag so browsers revalidate with a 304 instead of re-downloading.
 */
export const dynamic = "force-dynamic";

const ETAG = `"${createHash("sha256").update(SITE_TAG_JS).digest("base64url").slice(0, 22)}"`;
const HEADERS = {
  "Content-Type": "application/javascript; charset=utf-8",
  "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
  ETag: ETAG,
  "X-Content-Type-Options": "nosniff",
  "Access-Control-Allow-Origin": "*",
};

export function GET(request: Request) {
  if (request.headers.get("if-none-match") === ETAG) return new Response(null, { status: 304, headers: HEADERS });
  return new Response(SITE_TAG_JS, { headers: HEADERS });
}
