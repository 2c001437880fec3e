import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ContentTabs } from "@/components/content/content-tabs";
import { BrandSharesChart, WeeklySharesChart } from "@/components/content/inventory-charts";
import { cx } from "@/components/ui/cx";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getInventoryShares, getInventorySharesByBrand } from "@/lib/content/inventory-shares";

export const dynamic = "force-dynamic";

const RANGES = [8, 12, 26, 52] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.inventory");
  return { title: `${t("title")} · Audience3D` };
}

/** Per-brand shares of inventory by tonality and risk over time; the brand switcher sets the brand. */
export default async function InventoryPage({ searchParams }: { searchParams: Promise<{ weeks?: string }> }) {
  const user = await requireUser();
  const requested = Number((await searchParams).weeks);
  const weeks = RANGES.includes(requested as (typeof RANGES)[number]) ? requested : 12;
  const brandId = brandIdOf(await getBrandScope());
  const db = getDb();
  const [t, shares, byBrand] = await Promise.all([
    getTranslations("content.inventory"),
    getInventoryShares(db, { brandId, weeks }),
    brandId ? Promise.resolve(null) : getInventorySharesByBrand(db, { weeks }),
  ]);
  const total = shares.tonality.reduce((sum, w) => sum + w.total, 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <nav aria-label={t("range")} className="flex rounded-md bg-white shadow-xs ring-1 ring-slate-300 ring-inset">
            {RANGES.map((r) => (
              <Link
                key={r}
                href={`/content/inventory?weeks=${r}`}
                aria-current={r === weeks ? "page" : undefined}
                data-testid={`content-inventory-range-${r}`}
                className={cx("px-3 py-1.5 text-xs font-medium first:rounded-l-md last:rounded-r-md", r === weeks ? "bg-indigo-600 text-white" : "text-slate-600 hover:bg-slate-50")}
              >
                {t("weeks", { count: r })}
              </Link>
            ))}
          </nav>
        }
      />
      <ContentTabs canSeeJobs={user.role === "admin" || user.role === "data_staff"} />
      <p className="mb-3 text-sm text-slate-600" data-testid="content-inventory-total">
        {t("articles", { count: total })}
      </p>
      <div className="grid gap-4 xl:grid-cols-2">
        <WeeklySharesChart dimension="tonality" data={shares.tonality} testId="content-inventory-tonality" />
        <WeeklySharesChart dimension="risk" data={shares.risk} testId="content-inventory-risk" />
        {byBrand ? (
          <>
            <BrandSharesChart dimension="tonality" brands={byBrand} weeks={weeks} />
            <BrandSharesChart dimension="risk" brands={byBrand} weeks={weeks} />
          </>
        ) : null}
      </div>
    </>
  );
}
