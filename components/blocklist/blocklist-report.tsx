import { useFormatter, useTranslations } from "next-intl";
import type { BlocklistDiagnosis } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { ArticleVerdicts } from "./article-verdicts";
import { BrandSharesTable } from "./brand-shares-table";
import { TierSettingText } from "./diagnosis-summary";
import { shareOf } from "./diagnosis-types";
import { TermHitsTable } from "./term-hits-table";

function Figure({ label, value, hint, tone, testId }: { label: string; value: string; hint: string; tone: string; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2" data-testid={testId}>
      <p className="text-[11px] font-medium text-slate-500">{label}</p>
      <p className={`text-xl font-semibold tabular-nums ${tone}`}>{value}</p>
      <p className="text-[11px] text-slate-500">{hint}</p>
    </div>
  );
}

/** The agency's one-page A4 report (compact type, limited rows so it fits one page). */
export function BlocklistReport({ diagnosis, scopeName, generatedAt, period, classifierVersion }: {
  diagnosis: BlocklistDiagnosis;
  scopeName: string;
  generatedAt: string;
  period: string;
  classifierVersion: string;
}) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const { total } = diagnosis;
  const pct = (part: number, whole: number) => format.number(shareOf(part, whole), { style: "percent", maximumFractionDigits: 1 });
  return (
    <article id="blocklist-report" data-testid="blocklist-report" className="mx-auto max-w-[210mm] rounded-lg border border-slate-200 bg-white p-6 text-[12px] leading-snug shadow-xs print:text-[10.5px] [&_table]:text-[11px] [&_td]:py-0.5 [&_th]:py-1 [&_.text-xs]:text-[10px]">
      <header className="flex items-start justify-between gap-4 border-b border-slate-200 pb-2">
        <div>
          <p className="text-[11px] font-semibold tracking-wider text-indigo-600 uppercase">Audience3D</p>
          <h1 className="text-lg font-semibold text-slate-900">{t("report.title")}</h1>
          <p className="text-slate-600">{t("report.subtitle", { scope: scopeName, period, terms: diagnosis.terms.length })}</p>
        </div>
        <p className="text-right text-[11px] text-slate-500">{t("report.generated", { at: generatedAt })}</p>
      </header>

      <section className="mt-3 grid grid-cols-4 gap-2">
        <Figure testId="blocklist-report-removed" label={t("summary.blocklistRemoves")} value={pct(total.blockedPageviews, total.pageviews)} hint={t("summary.ofPageviewsAndArticles", { articles: pct(total.blockedArticles, total.articles) })} tone="text-rose-600" />
        <Figure label={t("summary.settingRemoves")} value={pct(total.settingPageviews, total.pageviews)} hint={t("summary.ofPageviewsAndArticles", { articles: pct(total.settingArticles, total.articles) })} tone="text-indigo-600" />
        <Figure label={t("summary.harmlessBlocked")} value={format.number(total.harmlessBlocked)} hint={t("summary.ofBlocked", { share: pct(total.harmlessBlocked, total.blockedArticles) })} tone="text-slate-900" />
        <Figure label={t("summary.riskyMissed")} value={format.number(total.riskyMissed)} hint={t("summary.ofRisky", { share: pct(total.riskyMissed, total.riskyArticles) })} tone="text-slate-900" />
      </section>

      <section className="mt-3 rounded-md bg-indigo-50 px-3 py-2 text-indigo-900">
        <p className="font-semibold">{t("report.recommendation")}</p>
        <p>
          <TierSettingText setting={diagnosis.setting} />
          {" — "}
          {total.blockedPageviews >= total.settingPageviews
            ? t("report.recommendationGives", {
                share: pct(total.blockedPageviews - total.settingPageviews, total.pageviews),
                missed: format.number(total.riskyMissed),
                harmless: format.number(total.harmlessBlocked),
              })
            : t("report.recommendationCosts", {
                share: pct(total.settingPageviews - total.blockedPageviews, total.pageviews),
                missed: format.number(total.riskyMissed),
                harmless: format.number(total.harmlessBlocked),
              })}
        </p>
      </section>

      <section className="mt-3">
        <h2 className="mb-1 font-semibold text-slate-900">{t("results.brandsTitle")}</h2>
        <BrandSharesTable brands={diagnosis.brands} total={total} limit={7} compact />
      </section>

      <section className="mt-3 grid grid-cols-2 gap-4">
        <div>
          <h2 className="font-semibold text-slate-900">{t("results.harmlessTitle", { count: total.harmlessBlocked })}</h2>
          <ArticleVerdicts articles={diagnosis.harmlessBlocked} kind="harmless" empty={t("results.harmlessEmpty")} compact />
        </div>
        <div>
          <h2 className="font-semibold text-slate-900">{t("results.missedTitle", { count: total.riskyMissed })}</h2>
          <ArticleVerdicts articles={diagnosis.riskyMissed} kind="missed" empty={t("results.missedEmpty")} compact />
        </div>
      </section>

      <section className="mt-3">
        <h2 className="mb-1 font-semibold text-slate-900">{t("results.termsTitle")}</h2>
        <TermHitsTable hits={diagnosis.termHits} limit={5} />
      </section>

      <footer className="mt-3 border-t border-slate-200 pt-2 text-[10px] text-slate-500">
        {t("report.method", { version: classifierVersion })}
      </footer>
    </article>
  );
}
