import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listDemoArticles } from "@/lib/ingest/get-demo-article";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ingest.demo");
  return { title: `${t("indexTitle")} · Audience3D` };
}

/** Public: pick a stored article to open with the site tag running. */
export default async function DemoIndexPage() {
  const [t, format, articles] = await Promise.all([
    getTranslations("ingest.demo"),
    getFormatter(),
    listDemoArticles(getDb(), { limit: 30 }),
  ]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">{t("indexTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("indexDescription")}</p>
      {articles.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600" data-testid="demo-empty">
          {t("indexEmpty")}
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="demo-articles">
          {articles.map((a) => (
            <li key={a.id}>
              <Link href={`/demo/articles/${a.id}`} className="block px-4 py-3 hover:bg-slate-50" data-testid="demo-article-link">
                <span className="block text-xs font-medium uppercase tracking-wide text-indigo-600">{a.brandName}</span>
                <span className="block font-medium text-slate-900">{a.title}</span>
                <span className="block text-xs text-slate-500">{format.dateTime(a.publishedAt, { dateStyle: "long" })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
