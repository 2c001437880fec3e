import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BriefStatusBadge } from "@/components/briefs/brief-status-badge";
import { CreateBriefForm } from "@/components/briefs/create-brief-form";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { listAdvertisers } from "@/lib/briefs/list-advertisers";
import { listBriefs } from "@/lib/briefs/list-briefs";
import { createBriefAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("briefs");
  return { title: `${t("title")} · Audience3D` };
}

export default async function BriefsPage() {
  const user = await requireUser();
  const canEdit = user.role === "data_staff" || user.role === "admin";
  const db = getDb();
  const [t, format, briefs, advertisers] = await Promise.all([getTranslations("briefs"), getFormatter(), listBriefs(db), listAdvertisers(db)]);
  const date = (d: string | null) => (d ? format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {canEdit ? (
        <Card className="mb-4">
          <details className="group" open={briefs.length === 0 ? true : undefined}>
            <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold text-indigo-700 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600" data-testid="briefs-new">
              <span aria-hidden className="mr-1 inline-block transition-transform group-open:rotate-90">▸</span>
              {t("new")}
            </summary>
            <div className="border-t border-slate-100 px-4 py-4">
              {advertisers.length ? (
                <CreateBriefForm advertisers={advertisers} onCreate={createBriefAction} />
              ) : (
                <p className="text-sm text-slate-500" data-testid="briefs-no-advertisers">{t("noAdvertisers")}</p>
              )}
            </div>
          </details>
        </Card>
      ) : null}
      {briefs.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={canEdit ? t("emptyBody") : t("emptyBodyReadOnly")} testId="briefs-empty" />
      ) : (
        <Card>
          <CardHeader title={t("listTitle", { count: briefs.length })} />
          <Table data-testid="briefs-table">
            <THead>
              <tr>
                <Th>{t("columns.title")}</Th>
                <Th>{t("columns.advertiser")}</Th>
                <Th>{t("columns.dates")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th numeric>{t("columns.keywords")}</Th>
                <Th>{t("columns.suitability")}</Th>
              </tr>
            </THead>
            <TBody>
              {briefs.map((b) => (
                <tr key={b.id} data-testid="briefs-row">
                  <Td>
                    <Link href={`/briefs/${b.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                      {b.title}
                    </Link>
                  </Td>
                  <Td>{b.advertiserName}</Td>
                  <Td className="whitespace-nowrap">{date(b.startsOn)} → {date(b.endsOn)}</Td>
                  <Td><BriefStatusBadge status={b.status} /></Td>
                  <Td numeric>{format.number(b.keywordCount)}</Td>
                  <Td className="text-xs text-slate-500">{b.hasSuitability ? t("suitabilitySet") : t("suitabilityUnset")}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </>
  );
}
