import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeedsManager } from "@/components/content/feeds-manager";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { listFeeds } from "@/lib/contextual/intake/feeds";
import { listBrandOptions } from "@/lib/overview/list-brand-options";
import { addFeedAction, deleteFeedAction, pollFeedNowAction, setFeedEnabledAction } from "./actions";

export const dynamic = "force-dynamic";

const FEED_INTERVAL_MINUTES = Math.round(Number(process.env.FEED_INTERVAL_SECONDS ?? 300) / 60);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.feeds");
  return { title: `${t("title")} · Audience3D` };
}

/** Settings → Feeds: every signed-in role sees the feeds and their health; admins change them. */
export default async function FeedsPage() {
  const user = await requireUser();
  const db = getDb();
  const scope = brandIdOf(await getBrandScope());
  const [t, ts, feeds, brands] = await Promise.all([
    getTranslations("content.feeds"),
    getTranslations("settings"),
    listFeeds(db, { brandIds: scope ? [scope] : undefined }),
    listBrandOptions(db),
  ]);
  return (
    <>
      <Link href="/settings" className="text-sm font-medium text-indigo-600 hover:underline">
        ← {ts("title")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} description={t("description")} />
      </div>
      <p className="-mt-3 mb-4 text-xs text-slate-500">{t("interval", { minutes: FEED_INTERVAL_MINUTES })}</p>
      <FeedsManager
        feeds={feeds.map((f) => ({ ...f, lastPolledAt: f.lastPolledAt?.toISOString() ?? null }))}
        brands={brands.map(({ id, name }) => ({ id, name }))}
        defaultBrand={scope}
        canManage={user.role === "admin"}
        actions={{ onAdd: addFeedAction, onSetEnabled: setFeedEnabledAction, onDelete: deleteFeedAction, onPollNow: pollFeedNowAction }}
      />
    </>
  );
}
