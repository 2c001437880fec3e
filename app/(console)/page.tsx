import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getOverviewCounts } from "@/lib/overview/get-overview-counts";
import { listBrandCoverage } from "@/lib/overview/list-brand-coverage";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: `${t("title")} · Audience3D` };
}

function percent(part: number, whole: number) {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export default async function OverviewPage() {
  await requireUser();
  const db = getDb();
  const scope = await getBrandScope();
  const brandId = brandIdOf(scope);
  const year = new Date().getFullYear();
  const [t, ts, tc, format, counts, coverage] = await Promise.all([
    getTranslations("overview"),
    getTranslations("shell"),
    getTranslations("common"),
    getFormatter(),
    getOverviewCounts(db, { brandId, year }),
    listBrandCoverage(db, { brandId }),
  ]);
  const num = (value: number) => format.number(value);
  const scopeNote = brandId
    ? ts("scopeNote.brand", { brand: coverage[0]?.name ?? brandId })
    : ts("scopeNote.all", { count: counts.brands });

  if (counts.brands === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} testId="overview-empty" />
      </>
    );
  }

  const coveragePct = percent(counts.labelledArticles, counts.articles);
  const dataPct = percent(counts.dataRevenueEur, counts.revenueEur);
  const groups = [
    {
      key: "content",
      stats: [
        { id: "articles", label: t("articles"), value: num(counts.articles) },
        { id: "labelled-articles", label: t("labelledArticles"), value: num(counts.labelledArticles), hint: t("labelCoverage", { percent: coveragePct }) },
        { id: "sections", label: t("sections"), value: num(counts.sections) },
        { id: "brands", label: t("brands"), value: num(counts.brands), hint: t("groupWide") },
      ],
    },
    {
      key: "audience",
      stats: [
        { id: "profiles", label: t("profiles"), value: num(counts.profiles), hint: t("groupWide") },
        { id: "subscribers", label: t("subscribers"), value: num(counts.subscribers), hint: t("groupWide") },
        { id: "events", label: t("events"), value: num(counts.events) },
        { id: "segments", label: t("segments"), value: num(counts.segments), hint: t("activeSegments", { count: counts.activeSegments }) },
      ],
    },
    {
      key: "commerce",
      stats: [
        { id: "revenue", label: t("revenue", { year }), value: format.number(counts.revenueEur, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }), hint: t("dataRevenue", { percent: dataPct }) },
        { id: "campaigns", label: t("campaigns"), value: num(counts.campaigns) },
        { id: "campaigns-with-data", label: t("campaignsWithData"), value: num(counts.campaignsWithData), hint: tc("percent", { percent: percent(counts.campaignsWithData, counts.campaigns) }) },
        { id: "advertisers", label: t("advertisers"), value: num(counts.advertisers), hint: t("groupWide") },
      ],
    },
    {
      key: "governance",
      stats: [
        { id: "briefs", label: t("briefs"), value: num(counts.briefs), hint: t("groupWide") },
        { id: "exports", label: t("exports"), value: num(counts.exports) },
        { id: "open-dsar", label: t("openDsar"), value: num(counts.openDsarRequests), hint: t("groupWide") },
        { id: "users", label: t("users"), value: num(counts.users) },
      ],
    },
  ] as const;

  return (
    <>
      <PageHeader title={t("title")} description={<span data-testid="overview-scope">{`${t("description")} ${scopeNote}`}</span>} />
      <div className="grid gap-4 xl:grid-cols-2">
        {groups.map((group) => (
          <Card key={group.key}>
            <CardHeader title={t(`groups.${group.key}`)} />
            <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-4 sm:divide-x">
              {group.stats.map((stat) => (
                <Stat key={stat.id} testId={`overview-${stat.id}`} label={stat.label} value={stat.value} hint={"hint" in stat ? stat.hint : undefined} />
              ))}
            </dl>
          </Card>
        ))}
      </div>

      <Card className="mt-4">
        <CardHeader title={t("coverageTitle")} description={t("coverageDescription")} />
        <Table data-testid="overview-coverage">
          <THead>
            <tr>
              <Th>{t("tableBrand")}</Th>
              <Th>{t("tableKind")}</Th>
              <Th numeric>{t("tableArticles")}</Th>
              <Th numeric>{t("tableLabelled")}</Th>
              <Th className="w-48">{t("tableCoverage")}</Th>
            </tr>
          </THead>
          <TBody>
            {coverage.map((row) => {
              const pct = percent(row.labelledArticles, row.articles);
              return (
                <tr key={row.id} className="hover:bg-slate-50">
                  <Td className="font-medium text-slate-900">
                    {row.name}
                  </Td>
                  <Td className="text-slate-500">{t.has(`kinds.${row.kind}`) ? t(`kinds.${row.kind}`) : row.kind}</Td>
                  <Td numeric>{num(row.articles)}</Td>
                  <Td numeric>{num(row.labelledArticles)}</Td>
                  <Td>
                    <div className="flex items-center gap-2">
                      <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                        <div className="h-full rounded-full bg-indigo-500" style={{ width: `${pct}%` }} />
                      </div>
                      <span className="w-12 text-right text-xs text-slate-500 tabular-nums">{tc("percent", { percent: pct })}</span>
                    </div>
                  </Td>
                </tr>
              );
            })}
          </TBody>
        </Table>
      </Card>
    </>
  );
}
