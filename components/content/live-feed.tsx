"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Stat } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { IntakeStats } from "@/lib/content/intake-stats";
import type { ArticlePage } from "@/lib/content/list-articles";
import { contentKeys, toSearchParams, type FeedFilters } from "./content-keys";
import { FeedFiltersBar, type FilterOptions } from "./feed-filters";
import { RiskBadge, TonalityBadge } from "./label-badges";

const FEED_POLL_MS = 3_000;
const STATS_POLL_MS = 5_000;
const PAGE_SIZE = 25;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json() as Promise<T>;
}

/**
 * The live feed of incoming articles: the first page is polled every 3 s (new arrivals and
 * labels appear on their own), older pages load on demand (keyset cursor). Filters live in
 * the URL so a filtered view can be shared.
 */
export function LiveFeed({
  scope,
  initialFilters,
  initialPage,
  initialStats,
  options,
}: {
  scope: string | null;
  initialFilters: FeedFilters;
  initialPage: ArticlePage;
  initialStats: IntakeStats;
  options: FilterOptions;
}) {
  const t = useTranslations("content");
  const format = useFormatter();
  const [filters, setFilters] = useState<FeedFilters>(initialFilters);
  const isInitial = JSON.stringify(filters) === JSON.stringify(initialFilters);

  const changeFilters = useCallback((next: FeedFilters) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as FeedFilters;
    setFilters(clean);
    const qs = toSearchParams(clean).toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, []);

  const feed = useInfiniteQuery({
    queryKey: contentKeys.articles(scope, filters),
    queryFn: ({ pageParam }) =>
      fetchJson<ArticlePage>(`/api/content/articles?${toSearchParams(filters, { cursor: pageParam, limit: String(PAGE_SIZE) })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: isInitial ? { pages: [initialPage], pageParams: [undefined] } : undefined,
    refetchInterval: FEED_POLL_MS,
    // Filters change the key: keep showing the old rows (dimmed) until the new ones arrive.
    placeholderData: (previous) => previous,
  });
  const stats = useQuery({
    queryKey: contentKeys.stats(scope, filters.brand),
    queryFn: () => fetchJson<IntakeStats>(`/api/content/stats?${toSearchParams({ brand: filters.brand })}`),
    initialData: filters.brand === initialFilters.brand ? initialStats : undefined,
    refetchInterval: STATS_POLL_MS,
  });

  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const s = stats.data;
  const seconds = (ms: number | null) =>
    ms === null ? "—" : ms < 1000 ? t("milliseconds", { value: format.number(Math.round(ms)) }) : t("seconds", { value: format.number(ms / 1000, { maximumFractionDigits: 1 }) });
  const time = (iso: string) => {
    const d = new Date(iso);
    const isToday = new Date().toDateString() === d.toDateString();
    return isToday
      ? format.dateTime(d, { hour: "2-digit", minute: "2-digit", second: "2-digit" })
      : format.dateTime(d, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  };

  return (
    <div className="grid gap-4">
      <Card data-testid="content-stats">
        <dl className="grid grid-cols-2 divide-x divide-slate-100 sm:grid-cols-4">
          <Stat label={t("stats.lastHour")} value={s ? format.number(s.lastHour) : "—"} hint={s ? t("stats.lastDay", { count: s.lastDay }) : undefined} testId="content-stat-last-hour" />
          <Stat label={t("stats.pending")} value={s ? format.number(s.pending) : "—"} hint={t("stats.pendingHint")} testId="content-stat-pending" />
          <Stat label={t("stats.latencyP50")} value={seconds(s?.latencyP50Ms ?? null)} hint={t("stats.latencyHint")} testId="content-stat-p50" />
          <Stat label={t("stats.latencyP95")} value={seconds(s?.latencyP95Ms ?? null)} hint={t("stats.target")} testId="content-stat-p95" />
        </dl>
      </Card>

      <Card data-testid="content-feed">
        <CardHeader
          title={t("feed.title")}
          description={t("feed.description")}
          actions={
            feed.isError ? (
              <Badge tone="danger" data-testid="content-feed-error">{t("feed.error")}</Badge>
            ) : (
              <Badge tone="success">
                <span aria-hidden className="mr-1 inline-block size-1.5 animate-pulse rounded-full bg-emerald-500" />
                {t("feed.live")}
              </Badge>
            )
          }
        />
        <FeedFiltersBar filters={filters} options={options} onChange={changeFilters} />
        {feed.isPending ? (
          <FeedSkeleton />
        ) : items.length === 0 ? (
          <div className="px-6 py-12 text-center" data-testid="content-feed-empty">
            <p className="text-sm font-semibold text-slate-800">{Object.keys(filters).length ? t("feed.emptyFiltered") : t("feed.empty")}</p>
            <p className="mx-auto mt-1 max-w-prose text-sm text-slate-500">{t("feed.emptyHint")}</p>
          </div>
        ) : (
          <div className={cx("transition-opacity", feed.isPlaceholderData && "opacity-60")}>
            <Table>
              <THead>
                <tr>
                  <Th className="w-24">{t("columns.received")}</Th>
                  <Th>{t("columns.article")}</Th>
                  <Th>{t("columns.tonality")}</Th>
                  <Th>{t("columns.risk")}</Th>
                  <Th>{t("columns.categories")}</Th>
                  <Th numeric className="whitespace-nowrap">{t("columns.latency")}</Th>
                </tr>
              </THead>
              <TBody>
                {items.map((a) => {
                  const isNew = a.receivedAt > initialStats.asOf;
                  return (
                    <tr key={a.id} data-testid="content-article-row" data-article-id={a.id} className={cx(isNew && "bg-indigo-50/40")}>
                      <Td className="align-top whitespace-nowrap tabular-nums text-slate-500">
                        {time(a.receivedAt)}
                        {isNew ? <span className="ml-1.5 inline-block size-1.5 rounded-full bg-indigo-500 align-middle" title={t("feed.new")} /> : null}
                      </Td>
                      <Td className="max-w-xl align-top">
                        <Link href={`/content/${a.id}`} className="line-clamp-2 font-medium text-slate-900 hover:text-indigo-700 hover:underline" data-testid="content-article-link">
                          {a.title}
                        </Link>
                        <p className="mt-0.5 truncate text-xs text-slate-500">
                          {a.brandName}
                          {a.sectionName ? ` · ${a.sectionName}` : ""} · {a.lang.toUpperCase()} · {t(`source.${a.source === "rss" ? "rss" : a.source === "seed" ? "seed" : "cms"}`)}
                        </p>
                      </Td>
                      {a.label ? (
                        <>
                          <Td className="align-top">
                            <TonalityBadge value={a.label.tonality} isOverridden={a.label.isOverridden} />
                          </Td>
                          <Td className="align-top">
                            <RiskBadge value={a.label.risk} isOverridden={a.label.isOverridden} />
                          </Td>
                          <Td className="max-w-xs align-top text-xs text-slate-600">
                            {a.label.iab.length ? a.label.iab.slice(0, 2).map((c) => c.name).join(", ") : <span className="text-slate-400">{t("noCategory")}</span>}
                          </Td>
                          <Td numeric className="align-top text-xs text-slate-500" data-testid="content-article-latency">
                            {a.source === "seed" ? "—" : seconds(a.label.latencyMs)}
                          </Td>
                        </>
                      ) : (
                        <Td colSpan={4} className="align-top">
                          <Badge tone="warning" data-testid="content-article-pending">
                            <span aria-hidden className="mr-1 inline-block size-1.5 animate-pulse rounded-full bg-amber-500" />
                            {t("labelling")}
                          </Badge>
                        </Td>
                      )}
                    </tr>
                  );
                })}
              </TBody>
            </Table>
            <div className="flex items-center justify-between border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
              <span>{t("feed.shown", { count: items.length })}</span>
              {feed.hasNextPage ? (
                <Button variant="secondary" size="sm" onClick={() => feed.fetchNextPage()} disabled={feed.isFetchingNextPage} data-testid="content-feed-more">
                  {feed.isFetchingNextPage ? t("feed.loading") : t("feed.more")}
                </Button>
              ) : (
                <span>{t("feed.end")}</span>
              )}
            </div>
          </div>
        )}
      </Card>
    </div>
  );
}

function FeedSkeleton() {
  const t = useTranslations("content");
  return (
    <div className="space-y-2 px-4 py-4" aria-busy="true" aria-label={t("feed.loading")} data-testid="content-feed-loading">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex animate-pulse items-center gap-4">
          <div className="h-3 w-16 rounded bg-slate-200" />
          <div className="h-3 flex-1 rounded bg-slate-200" />
          <div className="h-3 w-20 rounded bg-slate-100" />
          <div className="h-3 w-14 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
