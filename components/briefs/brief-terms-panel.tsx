"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import type { SuggestTermsResult } from "@/lib/contextual/terms/suggest-terms";
import { briefKeys } from "./brief-keys";
import { CategorySuggestionList, TermSuggestionList } from "./term-suggestions";

type KeywordAction = (input: { briefId: number; keywords: string[] }) => Promise<ActionResult<{ keywords: string[] }>>;
type RemoveAction = (input: { briefId: number; keyword: string }) => Promise<ActionResult<{ keywords: string[] }>>;

async function fetchSuggestions(seeds: string[]): Promise<SuggestTermsResult> {
  const res = await fetch(`/api/briefs/suggest-terms?${new URLSearchParams({ seeds: seeds.join(",") })}`, { cache: "no-store" });
  if (!res.ok) throw new Error(`suggest terms: ${res.status}`);
  return res.json();
}

/** The brief's keywords and the corpus-driven term expansion that feeds them. */
export function BriefTermsPanel({ briefId, initialKeywords, canEdit, onAdd, onRemove }: { briefId: number; initialKeywords: string[]; canEdit: boolean; onAdd: KeywordAction; onRemove: RemoveAction }) {
  const t = useTranslations("briefs");
  const format = useFormatter();
  const seedsId = useId();
  const keywordId = useId();
  const [keywords, setKeywords] = useState(initialKeywords);
  const [seedText, setSeedText] = useState(initialKeywords.slice(0, 3).join(", "));
  const [seeds, setSeeds] = useState<string[]>([]);
  const [newKeyword, setNewKeyword] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const suggestions = useQuery({ queryKey: briefKeys.suggestions(seeds), queryFn: () => fetchSuggestions(seeds), enabled: seeds.length > 0 });

  async function run(label: string, call: () => Promise<ActionResult<{ keywords: string[] }>>) {
    setPending(label);
    setError(null);
    const result = await call();
    setPending(null);
    if (result.ok) setKeywords(result.data.keywords);
    else setError(result.code === "forbidden" ? t("keywords.forbidden") : result.code === "invalid" ? t("keywords.invalid") : t("keywords.failed"));
    return result.ok;
  }

  function suggest(event: FormEvent) {
    event.preventDefault();
    setSeeds(seedText.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean).slice(0, 10));
  }

  async function addTyped(event: FormEvent) {
    event.preventDefault();
    const keyword = newKeyword.trim();
    if (keyword && (await run(keyword, () => onAdd({ briefId, keywords: [keyword] })))) setNewKeyword("");
  }

  const data = suggestions.data;
  const unknown = data?.seeds.filter((s) => !s.term).map((s) => s.input) ?? [];
  return (
    <div className="grid gap-4">
      <Card data-testid="briefs-keywords">
        <CardHeader title={t("keywords.title", { count: keywords.length })} description={t("keywords.description")} />
        <CardBody className="grid gap-3">
          {keywords.length ? (
            <ul className="flex flex-wrap gap-1.5" aria-label={t("keywords.listLabel")}>
              {keywords.map((k) => (
                <li key={k} className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-2.5 text-sm text-indigo-800 ring-1 ring-indigo-200" data-testid="briefs-keyword">
                  {k}
                  {canEdit ? (
                    <button
                      type="button"
                      onClick={() => run(k, () => onRemove({ briefId, keyword: k }))}
                      disabled={pending === k}
                      aria-label={t("keywords.remove", { keyword: k })}
                      className="grid size-5 place-items-center rounded-full text-indigo-500 hover:bg-indigo-100 hover:text-indigo-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
                    >
                      ×
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{t("keywords.empty")}</p>
          )}
          {canEdit ? (
            <form onSubmit={addTyped} className="flex items-end gap-2">
              <div className="grow">
                <Label htmlFor={keywordId} className="sr-only">{t("keywords.addLabel")}</Label>
                <Input id={keywordId} value={newKeyword} onChange={(e) => setNewKeyword(e.target.value)} placeholder={t("keywords.addPlaceholder")} maxLength={100} />
              </div>
              <Button type="submit" variant="secondary" disabled={!newKeyword.trim() || pending !== null}>{t("keywords.add")}</Button>
            </form>
          ) : null}
          {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
        </CardBody>
      </Card>

      <Card data-testid="briefs-terms">
        <CardHeader title={t("terms.title")} description={t("terms.description")} />
        <CardBody className="grid gap-3">
          <form onSubmit={suggest} className="flex items-end gap-2">
            <div className="grow">
              <Label htmlFor={seedsId}>{t("terms.seedsLabel")}</Label>
              <Input id={seedsId} value={seedText} onChange={(e) => setSeedText(e.target.value)} placeholder={t("terms.seedsPlaceholder")} data-testid="briefs-seeds" maxLength={500} />
            </div>
            <Button type="submit" disabled={!seedText.trim() || suggestions.isFetching} data-testid="briefs-suggest">
              {suggestions.isFetching ? t("terms.searching") : t("terms.suggest")}
            </Button>
          </form>
          {suggestions.isError ? <p role="alert" className="text-sm text-rose-700">{t("terms.error")}</p> : null}
          {suggestions.isFetching && !data ? <p role="status" className="text-sm text-slate-500">{t("terms.searching")}</p> : null}
          {data ? (
            <div className={suggestions.isFetching ? "opacity-60" : undefined} aria-busy={suggestions.isFetching}>
              <p className="text-xs text-slate-600" data-testid="briefs-seed-summary">
                {t("terms.seedSummary", { articles: format.number(data.seedArticles), readers: format.number(data.seedReach), days: data.windowDays, ms: format.number(data.elapsedMs) })}
              </p>
              {data.broadenedWith ? (
                <p className="mt-1 text-xs text-slate-600" data-testid="briefs-broadened">{t("terms.broadened", { category: data.broadenedWith.name })}</p>
              ) : null}
              {unknown.length ? <p className="mt-1 text-xs text-amber-700">{t("terms.unknownSeeds", { seeds: unknown.join(", ") })}</p> : null}
              {data.terms.length === 0 && data.categories.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500" data-testid="briefs-terms-empty">{t("terms.empty")}</p>
              ) : null}
              {data.terms.length ? (
                <>
                  <h3 className="mt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("terms.relatedTerms")}</h3>
                  <TermSuggestionList
                    terms={data.terms}
                    keywords={keywords}
                    canEdit={canEdit}
                    pending={pending}
                    onAdd={(term) => run(term, () => onAdd({ briefId, keywords: [term] }))}
                  />
                </>
              ) : null}
              {data.categories.length ? (
                <>
                  <h3 className="mt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("terms.relatedCategories")}</h3>
                  <CategorySuggestionList categories={data.categories} />
                </>
              ) : null}
            </div>
          ) : null}
        </CardBody>
      </Card>
    </div>
  );
}
