"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fieldClasses, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cx } from "@/components/ui/cx";
import { ArticleVerdicts } from "./article-verdicts";
import { BrandSharesTable } from "./brand-shares-table";
import { DiagnosisSummary } from "./diagnosis-summary";
import { reportQuery, type BlocklistDiagnosisResponse } from "./diagnosis-types";
import { TermHitsTable } from "./term-hits-table";

const MAX_FILE_BYTES = 1_000_000;

type DiagnoseError = { message: string; field?: string };

async function postDiagnosis(text: string, days: number): Promise<BlocklistDiagnosisResponse> {
  const res = await fetch("/api/blocklist/diagnose", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, days }),
  });
  if (res.ok) return res.json();
  const body = (await res.json().catch(() => null)) as { error?: { code: string; fieldErrors?: Record<string, string[]> } } | null;
  const code = body?.error?.fieldErrors?.["body.text"]?.[0] ?? body?.error?.code ?? "internal";
  throw Object.assign(new Error(code), { code });
}

/** Paste or upload an advertiser's blocklist, diagnose it over the brand scope, export it. */
export function BlocklistDiagnosis({ windows, defaultDays, example }: { windows: readonly number[]; defaultDays: number; example: string }) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const textId = useId();
  const fileId = useId();
  const daysId = useId();
  const [text, setText] = useState("");
  const [days, setDays] = useState(defaultDays);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const diagnosis = useMutation<BlocklistDiagnosisResponse, Error & { code?: string }, { text: string; days: number }>({
    mutationFn: (input) => postDiagnosis(input.text, input.days),
  });
  const submitted = diagnosis.variables;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    diagnosis.mutate({ text, days });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t("form.fileTooLarge"));
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  }

  const errorText = (error: DiagnoseError & { code?: string }): string => {
    if (error.code === "no_terms") return t("errors.noTerms");
    if (error.code === "too_many_terms") return t("errors.tooManyTerms");
    if (error.code === "unauthenticated") return t("errors.signedOut");
    return t("errors.generic");
  };

  const data = diagnosis.data;
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader title={t("form.title")} description={t("form.description")} />
        <CardBody>
          <form onSubmit={onSubmit} className="grid gap-3" aria-describedby={`${textId}-hint`}>
            <div>
              <Label htmlFor={textId}>{t("form.textLabel")}</Label>
              <textarea
                id={textId}
                data-testid="blocklist-text"
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={6}
                placeholder={t("form.placeholder")}
                aria-invalid={diagnosis.error?.code === "no_terms" || undefined}
                className={cx(fieldClasses, "font-mono text-xs")}
              />
              <p id={`${textId}-hint`} className="mt-1 text-xs text-slate-500">{t("form.hint")}</p>
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <div>
                <span className="mb-1 block text-sm font-medium text-slate-700">{t("form.fileLabel")}</span>
                {/* The native input is visually hidden (its button text is the browser's language, not ours). */}
                <input id={fileId} type="file" accept=".txt,.csv,text/plain,text/csv" onChange={onFile} data-testid="blocklist-file" className="peer sr-only" />
                <label htmlFor={fileId} className={cx(buttonClasses("secondary"), "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600")}>
                  {t("form.chooseFile")}
                </label>
                <span className="ml-2 text-xs text-slate-500" data-testid="blocklist-file-name">{fileName ?? t("form.noFile")}</span>
              </div>
              <div className="w-48">
                <Label htmlFor={daysId}>{t("form.window")}</Label>
                <Select
                  id={daysId}
                  value={String(days)}
                  onChange={(e) => setDays(Number(e.target.value))}
                  data-testid="blocklist-window"
                  options={windows.map((d) => ({ value: String(d), label: t("form.days", { days: d }) }))}
                />
              </div>
              <div className="ml-auto flex gap-2">
                <Button variant="secondary" onClick={() => setText(example)} data-testid="blocklist-example">
                  {t("form.example")}
                </Button>
                <Button type="submit" disabled={diagnosis.isPending || !text.trim()} data-testid="blocklist-submit">
                  {diagnosis.isPending ? t("form.running") : t("form.submit")}
                </Button>
              </div>
            </div>
            {fileError ? <p role="alert" className="text-sm text-rose-700">{fileError}</p> : null}
            {diagnosis.isError ? (
              <p role="alert" className="text-sm text-rose-700" data-testid="blocklist-error">{errorText(diagnosis.error)}</p>
            ) : null}
          </form>
        </CardBody>
      </Card>

      {diagnosis.isPending ? (
        <p className="text-sm text-slate-500" role="status" data-testid="blocklist-loading">{t("form.running")}</p>
      ) : null}

      {data && submitted && !diagnosis.isPending ? (
        <div className="grid gap-4" data-testid="blocklist-results">
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span>
              {t("results.meta", { terms: data.terms.length, days: data.days, brands: data.brands.length, ms: format.number(data.elapsedMs) })}
            </span>
            {data.rejected.length || data.duplicates.length ? (
              <span>· {t("results.ignored", { rejected: data.rejected.length, duplicates: data.duplicates.length })}</span>
            ) : null}
            <span className="ml-auto flex gap-2">
              <a href={`/content/blocklist/report?${reportQuery(submitted.text, submitted.days)}`} target="_blank" rel="noreferrer" className={buttonClasses("secondary", "sm")} data-testid="blocklist-open-report">
                {t("results.openReport")}
              </a>
              <a href={`/api/blocklist/export?${reportQuery(submitted.text, submitted.days)}`} className={buttonClasses("secondary", "sm")} data-testid="blocklist-download-csv">
                {t("results.downloadCsv")}
              </a>
            </span>
          </div>
          {data.total.articles === 0 && data.total.pageviews === 0 ? (
            <EmptyState title={t("empty.noInventoryTitle")} description={t("empty.noInventoryBody")} testId="blocklist-empty-inventory" />
          ) : (
            <>
              {data.total.labelledArticles === 0 ? (
                <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-200" data-testid="blocklist-no-labels">{t("empty.noLabels")}</p>
              ) : null}
              {data.total.pageviews === 0 ? (
                <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="blocklist-no-events">{t("empty.noEvents")}</p>
              ) : null}
              <DiagnosisSummary diagnosis={data} />
              <Card>
                <CardHeader title={t("results.brandsTitle")} description={t("results.brandsDescription")} />
                <BrandSharesTable brands={data.brands} total={data.total} />
              </Card>
              <div className="grid gap-4 xl:grid-cols-2">
                <Card>
                  <CardHeader title={t("results.harmlessTitle", { count: data.total.harmlessBlocked })} description={t("results.harmlessDescription")} />
                  <CardBody>
                    <ArticleVerdicts articles={data.harmlessBlocked} kind="harmless" empty={t("results.harmlessEmpty")} />
                  </CardBody>
                </Card>
                <Card>
                  <CardHeader title={t("results.missedTitle", { count: data.total.riskyMissed })} description={t("results.missedDescription")} />
                  <CardBody>
                    <ArticleVerdicts articles={data.riskyMissed} kind="missed" empty={t("results.missedEmpty")} />
                  </CardBody>
                </Card>
              </div>
              <Card>
                <CardHeader title={t("results.termsTitle")} description={t("results.termsDescription")} />
                <TermHitsTable hits={data.termHits} />
              </Card>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
