import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IncomingEvents } from "@/components/engagement/incoming-events";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getRecentFeed } from "@/lib/ingest/get-recent-feed";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("engagement");
  return { title: `${t("title")} · Audience3D` };
}

/**
 * Until the engagement scores land, this page shows ingestion itself: what the site tag
 * sends, live, and honest totals of what is stored.
 */
export default async function EngagementPage() {
  await requireUser();
  const brandId = brandIdOf(await getBrandScope());
  const [t, feed] = await Promise.all([
    getTranslations("engagement"),
    getRecentFeed(getDb(), { brandId, limit: 25, withTotals: true, now: new Date() }),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href="/demo" target="_blank" rel="noreferrer" className={buttonClasses("secondary", "sm")} data-testid="engagement-open-demo">
            {t("openDemo")}
          </a>
        }
      />
      <IncomingEvents initial={feed} demoHref="/demo" />
    </>
  );
}
