import { getDb } from "@/db/client";
import { withRoute } from "@/lib/actions/route";
import { ArticleFilters } from "@/lib/content/article-filters";
import { listArticles } from "@/lib/content/list-articles";
import { brandScopeOf } from "@/lib/actions/scope";

export const dynamic = "force-dynamic";

/** The content page's live feed: one keyset page of articles with labels, in the brand scope. */
export const GET = withRoute({ name: "GET /api/content/articles", query: ArticleFilters }, async ({ request, query }) => {
  const db = getDb();
  // A brand scope wins over the brand filter: the switcher is the user's stated context.
  const scoped = await brandScopeOf(db, request);
  return listArticles(db, {
    brandId: scoped ?? query.brand ?? null,
    sectionId: query.section,
    tonality: query.tonality,
    risk: query.risk,
    iab: query.iab,
    status: query.status,
    q: query.q,
    cursor: query.cursor,
    limit: query.limit,
  });
});
