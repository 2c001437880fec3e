import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BlocklistDiagnosis } from "@/components/blocklist/blocklist-diagnosis";
import { ContentTabs } from "@/components/content/content-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { BLOCKLIST_WINDOWS, DEFAULT_BLOCKLIST_WINDOW } from "@/lib/contextual/blocklist/blocklist-request";
import { countDeadLetters } from "@/lib/jobs/dead-letters";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("blocklist");
  return { title: `${t("title")} · Audience3D` };
}

export default async function BlocklistPage() {
  const user = await requireUser();
  const canSeeJobs = user.role === "admin" || user.role === "data_staff";
  const [t, tc, deadLetters] = await Promise.all([
    getTranslations("blocklist"),
    getTranslations("content"),
    canSeeJobs ? countDeadLetters(getDb()) : Promise.resolve(0),
  ]);
  return (
    <>
      <PageHeader title={tc("title")} description={tc("description")} />
      <ContentTabs canSeeJobs={canSeeJobs} deadLetters={deadLetters} />
      <div className="mb-4">
        <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
        <p className="mt-0.5 max-w-3xl text-sm text-slate-500">{t("description")}</p>
      </div>
      <BlocklistDiagnosis windows={BLOCKLIST_WINDOWS} defaultDays={DEFAULT_BLOCKLIST_WINDOW} example={t("form.exampleList")} />
    </>
  );
}
