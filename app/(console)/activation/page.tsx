import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { getActivationSummary } from "@/lib/overview/get-activation-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.pages.activation");
  return { title: `${t("title")} · Audience3D` };
}

export default async function ActivationPage() {
  await requireUser();
  const [t, format, summary] = await Promise.all([getTranslations("shell.pages.activation"), getFormatter(), getActivationSummary(getDb())]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-4 sm:divide-x">
          <Stat testId="activation-destinations" label={t("destinations")} value={format.number(summary.destinations)} />
          <Stat testId="activation-enabled" label={t("enabled")} value={format.number(summary.enabledDestinations)} />
          <Stat testId="activation-exports" label={t("exports")} value={format.number(summary.exports)} />
          <Stat testId="activation-refused" label={t("refused")} value={format.number(summary.refusedExports)} />
        </dl>
      </Card>
      <div className="mt-4">
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} testId="activation-placeholder" />
      </div>
    </>
  );
}
