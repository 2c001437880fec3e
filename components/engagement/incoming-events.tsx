"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, Stat } from "@/components/ui/card";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { RecentFeed } from "@/lib/ingest/get-recent-feed";
import { engagementKeys } from "./engagement-keys";

const POLL_MS = 2_000;
const TOTALS_MS = 30_000;

async function fetchFeed(withTotals: boolean): Promise<RecentFeed> {
  const res = await fetch(`/api/events/recent?limit=25&totals=${withTotals ? 1 : 0}`, { cache: "no-store" });
  if (!res.ok) throw new Error(`recent events: ${res.status}`);
  return res.json();
}

/**
 * The live "Incoming events" panel: the latest events polled every 2 s, and exact totals
 * every 30 s. Both start from the server-rendered feed (no loading flash).
 */
export function IncomingEvents({ initial, demoHref }: { initial: RecentFeed; demoHref: string }) {
  const t = useTranslations("engagement");
  const format = useFormatter();
  const recentQuery = useQuery({
    queryKey: engagementKeys.recent(initial.brandId),
    queryFn: () => fetchFeed(false),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const totalsQuery = useQuery({
    queryKey: engagementKeys.totals(initial.brandId),
    queryFn: () => fetchFeed(true),
    initialData: initial,
    refetchInterval: TOTALS_MS,
  });
  const { recent } = recentQuery.data;
  const totals = totalsQuery.data.totals;
  const num = (n: number) => format.number(n);
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const linkedShare = recent.lastHour ? Math.round((recent.linkedLastHour / recent.lastHour) * 100) : 0;

  return (
    <div className="grid gap-4">
      <Card data-testid="engagement-live">
        <CardHeader
          title={t("live.title")}
          description={t("live.description", { time: time(recent.asOf) })}
          actions={
            recentQuery.isError ? (
              <Badge tone="danger" data-testid="engagement-live-error">{t("live.error")}</Badge>
            ) : (
              <Badge tone="success">{t("live.polling")}</Badge>
            )
          }
        />
        <dl className="grid grid-cols-3 divide-x divide-slate-100 border-b border-slate-100">
          <Stat label={t("live.lastMinute")} value={num(recent.lastMinute)} testId="engagement-last-minute" />
          <Stat label={t("live.lastHour")} value={num(recent.lastHour)} testId="engagement-last-hour" />
          <Stat
            label={t("live.linkedShare")}
            value={`${linkedShare} %`}
            hint={t("live.linkedCount", { linked: num(recent.linkedLastHour), total: num(recent.lastHour) })}
            testId="engagement-linked-share"
          />
        </dl>
        {recent.events.length === 0 ? (
          <CardBody className="py-8 text-center text-sm text-slate-500" data-testid="engagement-live-empty">
            <p>{t("live.empty")}</p>
            <a href={demoHref} target="_blank" rel="noreferrer" className="mt-1 inline-block font-medium text-indigo-600 hover:underline">
              {t("openDemo")}
            </a>
          </CardBody>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.time")}</Th>
                <Th>{t("columns.type")}</Th>
                <Th>{t("columns.brand")}</Th>
                <Th>{t("columns.article")}</Th>
                <Th>{t("columns.consent")}</Th>
                <Th>{t("columns.device")}</Th>
                <Th numeric>{t("columns.engaged")}</Th>
                <Th numeric>{t("columns.scroll")}</Th>
              </tr>
            </THead>
            <TBody>
              {recent.events.map((e) => (
                <tr key={e.eventId} data-testid="engagement-event-row" data-article-id={e.articleId ?? ""}>
                  <Td className="tabular-nums whitespace-nowrap">{time(e.receivedAt)}</Td>
                  <Td>{t(`types.${e.type === "heartbeat" ? "heartbeat" : "pageview"}`)}</Td>
                  <Td className="whitespace-nowrap">{e.brandName ?? e.brandId}</Td>
                  <Td className="max-w-md truncate" title={e.articleTitle ?? undefined}>
                    {e.articleTitle ?? <span className="text-slate-400">{t("unknownArticle")}</span>}
                  </Td>
                  <Td>
                    <Badge tone={e.isLinked ? "success" : "neutral"} data-testid="engagement-event-consent">
                      {e.isLinked ? t("consent.linked") : t("consent.unlinked")}
                    </Badge>
                  </Td>
                  <Td>{e.device ? t(`devices.${e.device as "desktop" | "mobile" | "tablet"}`) : "—"}</Td>
                  <Td numeric>{e.engagedSeconds ? t("seconds", { value: e.engagedSeconds }) : "—"}</Td>
                  <Td numeric>{e.scrollDepth === null ? "—" : `${e.scrollDepth} %`}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>

      {totals ? (
        <Card data-testid="engagement-totals">
          <CardHeader title={t("totals.title")} description={t("totals.description", { time: time(totals.asOf) })} />
          <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-4">
            <Stat label={t("totals.events")} value={num(totals.events)} testId="engagement-total-events" />
            <Stat label={t("totals.linked")} value={num(totals.linked)} hint={t("totals.linkedHint")} testId="engagement-total-linked" />
            <Stat label={t("totals.unlinked")} value={num(totals.unlinked)} hint={t("totals.unlinkedHint")} testId="engagement-total-unlinked" />
            <Stat label={t("totals.unknownArticle")} value={num(totals.unknownArticle)} hint={t("totals.unknownArticleHint")} />
          </dl>
          <h3 className="border-t border-slate-100 px-4 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("totals.last24h")}</h3>
          <dl className="grid grid-cols-2 sm:grid-cols-4">
            <Stat label={t("totals.pageviews")} value={num(totals.last24h.pageviews)} />
            <Stat label={t("totals.heartbeats")} value={num(totals.last24h.heartbeats)} />
            <Stat
              label={t("totals.engagedTime")}
              value={t("hours", { value: format.number(totals.last24h.engagedSeconds / 3600, { maximumFractionDigits: 1 }) })}
            />
            <Stat label={t("totals.profiles")} value={num(totals.last24h.profiles)} hint={t("totals.profilesHint")} />
          </dl>
        </Card>
      ) : null}
    </div>
  );
}
