import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { getPrivacySummary } from "@/lib/overview/get-privacy-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.pages.privacy");
  return { title: `${t("title")} · Audience3D` };
}

export default async function PrivacyPage() {
  await requireUser();
  const [t, tc, format, summary] = await Promise.all([
    getTranslations("shell.pages.privacy"),
    getTranslations("common"),
    getFormatter(),
    getPrivacySummary(getDb()),
  ]);
  const pct = (part: number) => tc("percentOf", { percent: summary.profiles ? Math.round((part / summary.profiles) * 1000) / 10 : 0, total: format.number(summary.profiles) });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-5 sm:divide-x">
          <Stat testId="privacy-profiles" label={t("profiles")} value={format.number(summary.profiles)} />
          <Stat testId="privacy-vendor" label={t("withVendorConsent")} value={format.number(summary.withVendorConsent)} hint={pct(summary.withVendorConsent)} />
          <Stat testId="privacy-special" label={t("withSpecialConsent")} value={format.number(summary.withSpecialConsent)} hint={pct(summary.withSpecialConsent)} />
          <Stat testId="privacy-open" label={t("openRequests")} value={format.number(summary.openRequests)} />
          <Stat testId="privacy-done" label={t("doneRequests")} value={format.number(summary.doneRequests)} />
        </dl>
      </Card>
      <div className="mt-4">
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} testId="privacy-placeholder" />
      </div>
    </>
  );
}
