import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/blocklist/print-button";
import { BlocklistReport } from "@/components/blocklist/blocklist-report";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { BlocklistRequest, toBlocklistScope } from "@/lib/contextual/blocklist/blocklist-request";
import { diagnoseBlocklist } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { classifierVersion } from "@/lib/contextual";
import { DomainError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("blocklist.report");
  return { title: `${t("title")} · Audience3D` };
}

/*
 * The one-page report for the agency: printed (or saved as PDF) from the browser. The
 * print CSS shows only the report, on one A4 page; on screen it sits in the console.
 */
const PRINT_CSS = `
@page { size: A4 portrait; margin: 10mm; }
@media print {
  html, body { background: white !important; }
  body * { visibility: hidden; }
  #blocklist-report, #blocklist-report * { visibility: visible; }
  #blocklist-report { position: absolute; left: 0; top: 0; width: 100%; margin: 0; box-shadow: none; border: 0; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

export default async function BlocklistReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const t = await getTranslations("blocklist");
  const format = await getFormatter();
  const raw = await searchParams;
  const request = BlocklistRequest.safeParse({ text: typeof raw.t === "string" ? raw.t : "", days: typeof raw.days === "string" ? raw.days : undefined });
  const back = (
    <Link href="/content/blocklist" className={buttonClasses("secondary", "sm")}>
      {t("report.back")}
    </Link>
  );
  if (!request.success) return <EmptyState title={t("report.invalidTitle")} description={t("errors.noTerms")} action={back} testId="blocklist-report-invalid" />;
  const brandId = brandIdOf(await getBrandScope());
  const now = new Date();
  let scoped;
  try {
    scoped = toBlocklistScope(request.data, brandId, now);
  } catch (error) {
    if (error instanceof DomainError) return <EmptyState title={t("report.invalidTitle")} description={t("errors.noTerms")} action={back} testId="blocklist-report-invalid" />;
    throw error;
  }
  const diagnosis = await diagnoseBlocklist(getDb(), { ...scoped.scope, sampleLimit: 3 });
  const scopeName = brandId ? (diagnosis.brands[0]?.brandName ?? brandId) : t("report.allBrands");
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-3 flex items-center gap-2 print:hidden">
        {back}
        <PrintButton label={t("report.print")} />
        <span className="text-xs text-slate-500">{t("report.printHint")}</span>
      </div>
      <BlocklistReport
        diagnosis={diagnosis}
        scopeName={scopeName}
        generatedAt={format.dateTime(now, { dateStyle: "long", timeStyle: "short" })}
        period={`${format.dateTime(new Date(diagnosis.from), { dateStyle: "medium" })} – ${format.dateTime(new Date(diagnosis.to), { dateStyle: "medium" })}`}
        classifierVersion={classifierVersion()}
      />
    </>
  );
}
