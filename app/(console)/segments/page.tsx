import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { listSegmentSummaries } from "@/lib/overview/list-segment-summaries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.pages.segments");
  return { title: `${t("title")} · Audience3D` };
}

const STATUS_TONE: Record<string, BadgeTone> = { active: "success", draft: "neutral", archived: "warning" };

export default async function SegmentsPage() {
  await requireUser();
  const brandId = brandIdOf(await getBrandScope());
  const [t, tc, format, segments] = await Promise.all([
    getTranslations("shell.pages.segments"),
    getTranslations("common"),
    getFormatter(),
    listSegmentSummaries(getDb(), { brandId, limit: 200 }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState title={t("emptyTitle")} description={t("emptyBody")} testId="segments-placeholder" />
      <Card className="mt-4">
        <dl className="grid grid-cols-3 divide-x divide-slate-100">
          <Stat testId="segments-count" label={t("count")} value={format.number(segments.length)} />
          <Stat testId="segments-active" label={t("active")} value={format.number(segments.filter((s) => s.status === "active").length)} />
          <Stat testId="segments-personas" label={t("personas")} value={format.number(segments.filter((s) => s.isPersona).length)} />
        </dl>
      </Card>
      {segments.length > 0 ? (
        <Card className="mt-4">
          <CardHeader title={t("count")} />
          <Table>
            <THead>
              <tr>
                <Th>{t("tableName")}</Th>
                <Th>{t("tableBrand")}</Th>
                <Th>{t("tableStatus")}</Th>
                <Th>{t("tableUpdated")}</Th>
              </tr>
            </THead>
            <TBody>
              {segments.map((s) => (
                <tr key={s.id}>
                  <Td className="font-medium text-slate-900">{s.name}</Td>
                  <Td>{s.brandName ?? tc("allBrands")}</Td>
                  <Td>
                    <Badge tone={STATUS_TONE[s.status] ?? "neutral"}>{t.has(`status.${s.status}`) ? t(`status.${s.status}`) : s.status}</Badge>
                  </Td>
                  <Td className="text-slate-500">{format.dateTime(s.updatedAt, { dateStyle: "medium" })}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </Card>
      ) : null}
    </>
  );
}
