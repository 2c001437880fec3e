import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/content/audit-trail";
import { ContentTabs } from "@/components/content/content-tabs";
import { HighlightedText } from "@/components/content/highlighted-text";
import { CategoriesPanel, ExplanationsTable, RiskPanel, TonalityPanel } from "@/components/content/label-panels";
import { OverrideForm } from "@/components/content/override-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { getArticleWithLabels, type ArticleDetail } from "@/lib/content/get-article";
import { highlightSpans } from "@/lib/content/highlight";
import { GARM_CATEGORIES, IAB_ROWS } from "@/lib/contextual/taxonomy.generated";
import { DomainError } from "@/lib/errors";
import { clearArticleOverrideAction, overrideArticleLabelAction } from "../actions";

export const dynamic = "force-dynamic";

const GARM_NAMES = Object.fromEntries(GARM_CATEGORIES.map((g) => [g.id, g.name]));
const IAB_NAMES = Object.fromEntries(IAB_ROWS.map((r) => [r.id, r.name]));

/** The article if it is in the console's brand scope; another brand's article is a 404. */
async function load(id: string): Promise<ArticleDetail> {
  const articleId = Number(id);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) notFound();
  try {
    return await getArticleWithLabels(getDb(), { id: articleId, brandId: brandIdOf(await getBrandScope()) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requireUser();
  const article = await load((await params).id);
  return { title: `${article.title} · Audience3D` };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const article = await load((await params).id);
  const [t, format] = await Promise.all([getTranslations("content"), getFormatter()]);
  const canEdit = user.role === "data_staff" || user.role === "admin";
  const label = article.label;
  // Language cues explain nothing to an editor; everything else is highlighted where it occurs.
  const spans = label ? label.explain.filter((e) => e.label !== "lang") : [];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const latencyMs = label ? label.labelledAt.getTime() - article.receivedAt.getTime() : null;

  return (
    <>
      <ContentTabs canSeeJobs={canEdit} />
      <Link href="/content" className="text-sm font-medium text-indigo-600 hover:underline" data-testid="content-detail-back">
        ← {t("detail.back")}
      </Link>
      <div className="mt-3 grid gap-4 lg:grid-cols-3">
        <div className="grid content-start gap-4 lg:col-span-2">
          <Card>
            <CardBody className="space-y-3 py-4">
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span className="font-medium text-slate-700">{article.brandName}</span>
                {article.sectionName ? <span>· {article.sectionName}</span> : null}
                <Badge tone={article.source === "rss" ? "info" : "neutral"}>{t(`source.${article.source === "rss" ? "rss" : article.source === "seed" ? "seed" : "cms"}`)}</Badge>
                <Badge>{article.lang.toUpperCase()}</Badge>
              </p>
              <h1 className="text-xl leading-snug font-semibold text-slate-900" data-testid="content-detail-title">
                <HighlightedText segments={highlightSpans(article.title, spans)} />
              </h1>
              {article.lead ? (
                <p className="leading-relaxed text-slate-700" data-testid="content-detail-lead">
                  <HighlightedText segments={highlightSpans(article.lead, spans)} />
                </p>
              ) : null}
              {spans.length ? <p className="text-xs text-slate-500">{t("detail.legend")}</p> : null}
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 border-t border-slate-100 pt-3 text-xs sm:grid-cols-4">
                <Meta label={t("detail.published")} value={when(article.publishedAt)} />
                <Meta label={t("detail.received")} value={when(article.receivedAt)} />
                <Meta label={t("detail.labelled")} value={label ? when(label.labelledAt) : "—"} />
                <Meta
                  label={t("detail.latency")}
                  value={
                    latencyMs === null || latencyMs < 0 || article.source === "seed"
                      ? "—"
                      : latencyMs < 1000
                        ? t("milliseconds", { value: format.number(latencyMs) })
                        : t("seconds", { value: format.number(latencyMs / 1000, { maximumFractionDigits: 1 }) })
                  }
                  testId="content-detail-latency"
                />
                <Meta label={t("detail.externalId")} value={article.externalId} />
                <Meta label={t("detail.classifier")} value={label?.classifierVersion ?? "—"} />
                <div className="col-span-2 flex items-end">
                  <a href={article.url} target="_blank" rel="noreferrer noopener" className="truncate font-medium text-indigo-600 hover:underline">
                    {t("detail.openOriginal")} ↗
                  </a>
                </div>
              </dl>
            </CardBody>
          </Card>
          {!label ? (
            <p className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="content-detail-pending">
              {t("detail.notLabelled")}
            </p>
          ) : (
            <>
              {label.isStale ? <p className="rounded-md bg-sky-50 px-4 py-2 text-sm text-sky-900 ring-1 ring-sky-200">{t("detail.stale")}</p> : null}
              <ExplanationsTable explain={label.explain} iabNames={IAB_NAMES} garmNames={GARM_NAMES} />
            </>
          )}
        </div>
        <div className="grid content-start gap-4">
          {label ? (
            <>
              <TonalityPanel tonality={label.tonality} scores={label.tonalityScores} override={label.override} />
              <RiskPanel risk={label.risk} garm={label.garm} garmNames={GARM_NAMES} override={label.override} />
              <CategoriesPanel iab={label.iab} keywords={label.keywords} />
              {canEdit ? (
                <OverrideForm
                  articleId={article.id}
                  classified={{ tonality: label.tonality, risk: label.risk }}
                  current={label.override ? { tonality: label.override.tonality, risk: label.override.risk, reason: label.override.reason } : null}
                  onOverride={overrideArticleLabelAction}
                  onClear={clearArticleOverrideAction}
                />
              ) : (
                <p className="text-xs text-slate-500" data-testid="content-override-readonly">{t("override.readOnly")}</p>
              )}
            </>
          ) : null}
          <AuditTrail entries={article.audit} />
        </div>
      </div>
    </>
  );
}

function Meta({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="truncate font-medium text-slate-800 tabular-nums" title={value} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
