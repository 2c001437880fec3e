import { getDb } from "@/db/client";
import { handleArticlePush } from "@/lib/contextual/intake/push-articles";
import { enqueueLabelsFromApp } from "@/lib/jobs/app-boss";

export const dynamic = "force-dynamic";

/**
 * CMS push: `Authorization: Bearer <brand API key>`, one article or `{ articles: [...] }`
 * (≤ 100). Upserts, then queues labelling; see lib/contextual/intake/push-articles.ts.
 */
export async function POST(request: Request): Promise<Response> {
  const db = getDb();
  return handleArticlePush(request, { db, enqueueLabels: (ids) => enqueueLabelsFromApp(db, ids) });
}
