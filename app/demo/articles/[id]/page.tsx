import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getDemoArticle } from "@/lib/ingest/get-demo-article";
import { DEMO_TC } from "@/lib/ingest/tcf-fixtures";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ consent?: string; heartbeat?: string }>;
};

async function loadArticle(idParam: string) {
  if (!/^\d{1,15}$/.test(idParam)) return null;
  return getDemoArticle(getDb(), Number(idParam));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article ? `${article.title} · ${article.brandName}` : "Audience3D" };
}

/**
 * Public demo of the site tag on a real stored article (no sign-in). The page has no CMP, so
 * the tag reads the TC string from data-tc: a TCF 2.2 "accept all" string by default,
 * `?consent=refused` uses the spec's refusing string, `?consent=none` sends none.
 * `?heartbeat=5` shortens the heartbeat interval (5–60 s) for watching or testing.
 */
export default async function DemoArticlePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const article = await loadArticle(id);
  if (!article) notFound();
  const [t, format] = await Promise.all([getTranslations("ingest.demo"), getFormatter()]);
  const consent = query.consent === "refused" || query.consent === "none" ? query.consent : "granted";
  const tc = consent === "granted" ? DEMO_TC.consenting : consent === "refused" ? DEMO_TC.refused : undefined;
  const heartbeat = Math.min(60, Math.max(5, Number(query.heartbeat) || 15));
  const paragraphs = article.body.split(/\n{2,}|\r\n\r\n/).map((p) => p.trim()).filter(Boolean);
  const switchTo = consent === "granted" ? "refused" : "granted";

  return (
    <div className="min-h-screen bg-white">
      <div className="border-b border-amber-200 bg-amber-50 text-sm text-amber-900" data-testid="demo-banner">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <span className="font-medium">{t("banner")}</span>
          <span data-testid="demo-consent">{t(`consent.${consent}`)}</span>
          <Link href={`/demo/articles/${article.id}?consent=${switchTo}`} className="underline" data-testid="demo-consent-switch">
            {t(`switchTo.${switchTo}`)}
          </Link>
          <Link href="/engagement" className="underline">{t("watch")}</Link>
        </div>
      </div>
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-3xl items-baseline justify-between px-4 py-4">
          <span className="text-xl font-bold tracking-tight text-slate-900" data-testid="demo-brand">{article.brandName}</span>
          <span className="text-xs text-slate-500">{article.brandDomain}</span>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-8" lang={article.lang}>
        <article data-testid="demo-article">
          {article.sectionName ? (
            <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700">{article.sectionName}</p>
          ) : null}
          <h1 className="mt-1 text-3xl font-bold leading-tight tracking-tight text-slate-900" data-testid="demo-title">{article.title}</h1>
          <p className="mt-2 text-xs text-slate-500">{t("publishedAt", { date: format.dateTime(article.publishedAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
          {article.lead ? <p className="mt-4 text-lg font-medium leading-relaxed text-slate-700">{article.lead}</p> : null}
          <div className="mt-6 space-y-4 leading-relaxed text-slate-800">
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </article>
      </main>
      {/* The site tag, as a brand page would embed it (React hoists the async script). */}
      <script
        async
        src="/tag.js"
        data-brand={article.brandId}
        data-article={String(article.id)}
        data-endpoint="/api/collect"
        data-heartbeat-seconds={String(heartbeat)}
        {...(tc ? { "data-tc": tc } : {})}
      />
    </div>
  );
}
