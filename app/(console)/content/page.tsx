import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentTabs } from "@/components/content/content-tabs";
import type { FeedFilters } from "@/components/content/content-keys";
import { LiveFeed } from "@/components/content/live-feed";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { ArticleFilters } from "@/lib/content/article-filters";
import { getIntakeStats } from "@/lib/content/intake-stats";
import { listArticles } from "@/lib/content/list-articles";
import { listContentFilterOptions } from "@/lib/content/list-filter-options";
import { countDeadLetters } from "@/lib/jobs/dead-letters";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content");
  return { title: `${t("title")} · Audience3D` };
}

export default async function ContentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const scope = brandIdOf(await getBrandScope());
  const parsed = ArticleFilters.safeParse(await searchParams);
  // A hand-edited URL with a bad value shows the unfiltered feed rather than an error page.
  const f = parsed.success ? parsed.data : {};
  const filters: FeedFilters = {
    brand: scope ? undefined : f.brand,
    section: f.section ? String(f.section) : undefined,
    tonality: f.tonality,
    risk: f.risk,
    iab: f.iab,
    status: f.status,
    q: f.q,
  };
  const brandId = scope ?? filters.brand ?? null;
  const db = getDb();
  const canSeeJobs = user.role === "admin" || user.role === "data_staff";
  const [t, page, stats, options, deadLetters] = await Promise.all([
    getTranslations("content"),
    listArticles(db, { brandId, sectionId: f.section, tonality: f.tonality, risk: f.risk, iab: f.iab, status: f.status, q: f.q, limit: 25 }),
    getIntakeStats(db, { brandId }),
    listContentFilterOptions(db, { brandId: scope }),
    canSeeJobs ? countDeadLetters(db) : Promise.resolve(0),
  ]);
  const scopedBrand = scope ? (options.brands.find((b) => b.id === scope) ?? null) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ContentTabs canSeeJobs={canSeeJobs} deadLetters={deadLetters} />
      <LiveFeed
        scope={scope}
        initialFilters={Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as FeedFilters}
        initialPage={page}
        initialStats={stats}
        options={{ ...options, scopedBrand }}
      />
    </>
  );
}
