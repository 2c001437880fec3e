import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useExplainNote } from "@/components/content/explain-notes";
import { RiskBadge } from "@/components/content/label-badges";
import type { DiagnosedArticle } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { groupReasons } from "@/lib/contextual/blocklist/explain-verdict";
import type { BlocklistMatch } from "@/lib/contextual/blocklist/match-blocklist";
import { GARM_CATEGORIES } from "@/lib/contextual/taxonomy.generated";
import type { RiskTier } from "@/lib/contextual/types";
import { garmName } from "./diagnosis-summary";

const GARM_IDS = new Set(GARM_CATEGORIES.map((g) => g.id));

/** The quote around a match with the matched words marked. */
function MatchQuote({ match }: { match: BlocklistMatch }) {
  const at = match.context.indexOf(match.span);
  if (at < 0) return <q>{match.context}</q>;
  return (
    <q className="text-slate-600">
      {match.context.slice(0, at)}
      <mark className="rounded bg-rose-100 px-0.5 text-rose-800 print:bg-rose-100">{match.span}</mark>
      {match.context.slice(at + match.span.length)}
    </q>
  );
}

function ArticleItem({ article, kind, compact }: { article: DiagnosedArticle; kind: "harmless" | "missed"; compact: boolean }) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const explainNote = useExplainNote();
  const reasons = groupReasons(article.reasons, GARM_IDS, compact ? 1 : 3);
  return (
    <li className={compact ? "py-1" : "py-2"} data-testid={kind === "harmless" ? "blocklist-harmless-item" : "blocklist-missed-item"}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <Link href={`/content/${article.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline print:no-underline">
          {article.title}
        </Link>
        <RiskBadge value={article.risk as RiskTier} />
        {compact
          ? null
          : article.garm.map((g) => (
              <span key={g} className="text-xs text-slate-500">{garmName(g)}</span>
            ))}
      </div>
      <p className="text-xs text-slate-500">
        {article.brandName} · {format.dateTime(new Date(article.publishedAt), { dateStyle: "medium" })} · {t("verdicts.pageviews", { count: article.pageviews })}
      </p>
      {kind === "harmless" && article.matches.length ? (
        <p className="mt-0.5 text-xs">
          <span className="font-medium text-slate-700">{t("verdicts.matched", { terms: [...new Set(article.matches.map((m) => m.term))].join(", ") })} </span>
          <MatchQuote match={article.matches[0]} />
        </p>
      ) : null}
      <p className="mt-0.5 text-xs text-slate-600" data-testid="blocklist-reason">
        <span className="font-medium text-slate-700">{kind === "harmless" ? t("verdicts.whySafe") : t("verdicts.whyRisky")} </span>
        {reasons.length === 0 ? (
          <span className="text-slate-500">{kind === "harmless" ? t("verdicts.noSignal", { risk: t(`risk.${article.risk}`) }) : t("verdicts.noDetail")}</span>
        ) : (
          reasons.map((r, i) => (
            <span key={i}>
              {i > 0 ? " · " : ""}
              {r.span ? <>«&nbsp;{r.span}&nbsp;»</> : <>{t("verdicts.verdict", { risk: t(`risk.${article.risk}`) })}</>}
              {r.notes.length ? <span className="text-slate-500"> ({r.notes.map(explainNote).join(", ")})</span> : null}
              {/* The full view lists the categories under the title already; the compact report does not. */}
              {compact && r.garm.length ? <span className="text-slate-500"> → {r.garm.map(garmName).join(", ")}</span> : null}
            </span>
          ))
        )}
      </p>
    </li>
  );
}

/** A list of diagnosed articles (harmless blocked or risky missed), most viewed first. */
export function ArticleVerdicts({ articles, kind, empty, compact = false }: { articles: DiagnosedArticle[]; kind: "harmless" | "missed"; empty: string; compact?: boolean }) {
  if (!articles.length) return <p className="py-3 text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid={kind === "harmless" ? "blocklist-harmless" : "blocklist-missed"}>
      {articles.map((a) => (
        <ArticleItem key={a.id} article={a} kind={kind} compact={compact} />
      ))}
    </ul>
  );
}
