import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getRevenueSummary } from "@/lib/overview/get-revenue-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.pages.revenue");
  return { title: `${t("title")} · Audience3D` };
}

export default async function RevenuePage() {
  await requireUser();
  const brandId = brandIdOf(await getBrandScope());
  const year = new Date().getFullYear();
  const [t, tc, format, summary] = await Promise.all([
    getTranslations("shell.pages.revenue"),
    getTranslations("common"),
    getFormatter(),
    getRevenueSummary(getDb(), { brandId, year }),
  ]);
  const eur = (value: number) => format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const share = summary.deliveredRevenueEur > 0 ? Math.round((summary.dataDeliveredRevenueEur / summary.deliveredRevenueEur) * 1000) / 10 : 0;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-5 sm:divide-x">
          <Stat testId="revenue-campaigns" label={t("campaigns")} value={format.number(summary.campaigns)} />
          <Stat testId="revenue-with-data" label={t("withData")} value={format.number(summary.campaignsWithData)} />
          <Stat testId="revenue-booked" label={t("booked")} value={eur(summary.bookedRevenueEur)} />
          <Stat testId="revenue-delivered" label={t("delivered", { year })} value={eur(summary.deliveredRevenueEur)} />
          <Stat testId="revenue-data-share" label={t("dataShare", { year })} value={tc("percent", { percent: share })} />
        </dl>
      </Card>
      <div className="mt-4">
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} testId="revenue-placeholder" />
      </div>
      <Card className="mt-4">
        <CardHeader title={t("latest")} />
        {summary.latest.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">{t("noCampaigns")}</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>{t("tableCampaign")}</Th>
                <Th>{t("tableAdvertiser")}</Th>
                <Th>{t("tableFlight")}</Th>
                <Th numeric>{t("tableBooked")}</Th>
                <Th>{t("tableData")}</Th>
              </tr>
            </THead>
            <TBody>
              {summary.latest.map((c) => (
                <tr key={c.id}>
                  <Td className="font-medium text-slate-900">{c.name}</Td>
                  <Td>{c.advertiser}</Td>
                  <Td className="text-slate-500 tabular-nums">
                    {format.dateTime(new Date(c.startsOn), { dateStyle: "short" })} → {format.dateTime(new Date(c.endsOn), { dateStyle: "short" })}
                  </Td>
                  <Td numeric>{eur(c.bookedRevenueEur)}</Td>
                  <Td>{c.embedsData ? <Badge tone="info">{t("yes")}</Badge> : <span className="text-slate-400">{t("no")}</span>}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
