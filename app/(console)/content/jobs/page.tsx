import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentTabs } from "@/components/content/content-tabs";
import { DeadLetterTable } from "@/components/content/dead-letter-table";
import { Card, CardHeader, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getLabelQueueStats, listDeadLetters } from "@/lib/jobs/dead-letters";
import { retryAllDeadLettersAction, retryDeadLetterAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.jobs");
  return { title: `${t("title")} · Audience3D` };
}

/** The label queue's dead letters (admin and data staff only) with a retry per job. */
export default async function JobsPage() {
  const user = await requireUser();
  const t = await getTranslations("content.jobs");
  if (user.role !== "admin" && user.role !== "data_staff") {
    return (
      <>
        <PageHeader title={t("title")} />
        <ContentTabs canSeeJobs={false} />
        <EmptyState title={t("forbidden")} testId="content-jobs-forbidden" />
      </>
    );
  }
  const db = getDb();
  const brandId = brandIdOf(await getBrandScope());
  const [dead, stats] = await Promise.all([listDeadLetters(db, { brandId, limit: 200 }), getLabelQueueStats(db)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ContentTabs canSeeJobs deadLetters={dead.length} />
      <Card className="mb-4">
        <CardHeader title={t("queue")} />
        <dl className="grid grid-cols-3 divide-x divide-slate-100">
          <Stat label={t("waiting")} value={stats.waiting} testId="content-queue-waiting" />
          <Stat label={t("active")} value={stats.active} testId="content-queue-active" />
          <Stat label={t("completedHour")} value={stats.completedLastHour} testId="content-queue-completed" />
        </dl>
      </Card>
      {dead.length === 0 ? (
        <EmptyState title={t("empty")} testId="content-jobs-empty" />
      ) : (
        <Card data-testid="content-dead-letters">
          <DeadLetterTable
            rows={dead.map((d) => ({ ...d, failedAt: d.failedAt.toISOString() }))}
            onRetry={retryDeadLetterAction}
            onRetryAll={retryAllDeadLettersAction}
          />
        </Card>
      )}
    </>
  );
}
