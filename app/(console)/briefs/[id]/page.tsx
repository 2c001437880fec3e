import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BriefStatusBadge } from "@/components/briefs/brief-status-badge";
import { BriefTermsPanel } from "@/components/briefs/brief-terms-panel";
import { SuitabilityForm } from "@/components/briefs/suitability-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { getBrief } from "@/lib/briefs/get-brief";
import { DEFAULT_SUITABILITY } from "@/lib/contextual/suitability";
import { GARM_CATEGORIES } from "@/lib/contextual/taxonomy.generated";
import { DomainError } from "@/lib/errors";
import { addBriefKeywordsAction, removeBriefKeywordAction, updateBriefSuitabilityAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadBrief(rawId: string) {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getBrief(getDb(), { briefId: id });
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("briefs");
  const id = Number((await params).id);
  return { title: `${t("detailTitle", { id: Number.isSafeInteger(id) ? id : 0 })} · Audience3D` };
}

export default async function BriefPage({ params }: Props) {
  const user = await requireUser();
  const canEdit = user.role === "data_staff" || user.role === "admin";
  const brief = await loadBrief((await params).id);
  const [t, format] = await Promise.all([getTranslations("briefs"), getFormatter()]);
  const date = (d: string | null) => (d ? format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/briefs" className="text-indigo-700 hover:underline">← {t("backToList")}</Link>
      </p>
      <PageHeader title={brief.title} description={`${brief.advertiserName} · ${brief.advertiserSector}`} actions={<BriefStatusBadge status={brief.status} />} />
      <Card className="mb-4">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 px-4 py-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-500">{t("columns.dates")}</dt>
            <dd className="text-slate-800">{date(brief.startsOn)} → {date(brief.endsOn)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("form.budget")}</dt>
            <dd className="text-slate-800 tabular-nums">{brief.budgetEur ? format.number(Number(brief.budgetEur), { style: "currency", currency: "EUR", maximumFractionDigits: 0 }) : "—"}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-xs text-slate-500">{t("form.objective")}</dt>
            <dd className="text-slate-800">{brief.objective || "—"}</dd>
          </div>
        </dl>
      </Card>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <SuitabilityForm
          briefId={brief.id}
          initial={brief.suitability ?? DEFAULT_SUITABILITY}
          isSaved={brief.suitability !== null}
          garm={GARM_CATEGORIES.map((g) => ({ id: g.id, name: g.name }))}
          canEdit={canEdit}
          onSave={updateBriefSuitabilityAction}
        />
        <BriefTermsPanel briefId={brief.id} initialKeywords={brief.keywords} canEdit={canEdit} onAdd={addBriefKeywordsAction} onRemove={removeBriefKeywordAction} />
      </div>
    </>
  );
}
