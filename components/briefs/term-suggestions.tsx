import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { CategorySuggestion, EvidenceArticle, TermSuggestion } from "@/lib/contextual/terms/suggest-terms";

function StrengthBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="h-1.5 w-24 shrink-0 rounded-full bg-slate-100" role="img" aria-label={label}>
      <div className="h-1.5 rounded-full bg-indigo-500" style={{ width: `${Math.max(4, Math.min(100, (value / (max || 1)) * 100)).toFixed(0)}%` }} />
    </div>
  );
}

function Evidence({ articles }: { articles: EvidenceArticle[] }) {
  const t = useTranslations("briefs.terms");
  if (!articles.length) return <p className="text-xs text-slate-500">{t("noEvidence")}</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-600">
      {articles.map((a) => (
        <li key={a.id}>
          <a href={`/content/${a.id}`} className="hover:text-indigo-700 hover:underline">{a.title}</a> <span className="text-slate-400">· {a.brandName}</span>
        </li>
      ))}
    </ul>
  );
}

/** Related terms, strongest first: strength bar, reach they add, evidence on expand, add button. */
export function TermSuggestionList({ terms, keywords, canEdit, pending, onAdd }: { terms: TermSuggestion[]; keywords: string[]; canEdit: boolean; pending: string | null; onAdd: (term: string) => void }) {
  const t = useTranslations("briefs.terms");
  const format = useFormatter();
  const max = Math.max(...terms.map((s) => s.ppmi), 0);
  return (
    <ul className="divide-y divide-slate-100" data-testid="briefs-term-suggestions">
      {terms.map((s) => {
        const isAdded = keywords.includes(s.term);
        return (
          <li key={s.term} className="py-2" data-testid="briefs-term-suggestion" data-term={s.term}>
            <div className="flex items-center gap-3">
              <span className="w-44 shrink-0 truncate font-medium text-slate-900" title={s.term}>{s.term}</span>
              <StrengthBar value={s.ppmi} max={max} label={t("strength", { value: format.number(s.ppmi, { maximumFractionDigits: 2 }) })} />
              <span className="grow text-xs text-slate-700 tabular-nums" data-testid="briefs-term-reach">
                {t("reach", { added: format.number(s.addedReach), reach: format.number(s.reach) })}
              </span>
              {canEdit ? (
                <Button size="sm" variant={isAdded ? "ghost" : "secondary"} disabled={isAdded || pending === s.term} onClick={() => onAdd(s.term)} data-testid="briefs-term-add">
                  {isAdded ? t("added") : pending === s.term ? t("adding") : t("add")}
                </Button>
              ) : null}
            </div>
            <details className="mt-0.5 text-xs">
              <summary className="cursor-pointer text-slate-500 hover:text-indigo-700">
                {t("strengthDetail", { ppmi: format.number(s.ppmi, { maximumFractionDigits: 2 }), co: format.number(s.coDocs), articles: format.number(s.articles) })}
                {" · "}
                <span className="text-indigo-700 hover:underline">{t("evidence")}</span>
              </summary>
              <div className="mt-1">
                <Evidence articles={s.evidence} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/** IAB categories over-represented among the seeds' articles (lift over the base rate). */
export function CategorySuggestionList({ categories }: { categories: CategorySuggestion[] }) {
  const t = useTranslations("briefs.terms");
  const format = useFormatter();
  const max = Math.max(...categories.map((c) => c.lift), 0);
  return (
    <ul className="divide-y divide-slate-100" data-testid="briefs-category-suggestions">
      {categories.map((c) => (
        <li key={c.id} className="py-2">
          <div className="flex items-center gap-3">
            <span className="w-44 shrink-0 truncate font-medium text-slate-900" title={`${c.tier1} › ${c.name}`}>
              {c.tier1 !== c.name ? <span className="font-normal text-slate-500">{c.tier1} › </span> : null}
              {c.name}
            </span>
            <StrengthBar value={c.lift} max={max} label={t("lift", { value: format.number(c.lift, { maximumFractionDigits: 1 }) })} />
            <span className="grow text-xs text-slate-700 tabular-nums">{t("reach", { added: format.number(c.addedReach), reach: format.number(c.reach) })}</span>
          </div>
          <details className="mt-0.5 text-xs">
            <summary className="cursor-pointer text-slate-500 hover:text-indigo-700">
              {t("liftDetail", { lift: format.number(c.lift, { maximumFractionDigits: 1 }), count: format.number(c.seedArticles) })}
              {" · "}
              <span className="text-indigo-700 hover:underline">{t("evidence")}</span>
            </summary>
            <div className="mt-1">
              <Evidence articles={c.evidence} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
