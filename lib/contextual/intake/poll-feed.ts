import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { brandFeeds, sections } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import type { ArticleInput } from "./article-input";
import { feedToArticles } from "./feed-items";
import { upsertArticles } from "./upsert-articles";
import { fetchPublicUrl, type PublicUrlPolicy } from "@/lib/http/fetch-public-url";
import { readStreamWithin } from "@/lib/http/read-stream-within";

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
const USER_AGENT = "Audience3D-feed-poller/1.0";

export type PollFeedParams = PublicUrlPolicy & {
  feedId: number;
  now?: Date;
  timeoutMs?: number;
};

export type PollFeedResult = {
  feedId: number;
  status: "ok" | "not_modified" | "error";
  items: number;
  skipped: number;
  /** Articles to (re)label: new, changed, or never labelled. */
  toLabel: number[];
  error?: string;
};

/**
 * Fetches one feed with its HTTP validators (If-None-Match / If-Modified-Since), upserts its
 * items as source "rss", and records the outcome on the feed row (last_error on failure).
 * The URL was checked when saved; it is checked again here, DNS and every redirect included
 * (fetchPublicUrl): a name may since point somewhere private.
 */
export async function pollFeed(db: Db, params: PollFeedParams): Promise<PollFeedResult> {
  const [feed] = await db.select().from(brandFeeds).where(eq(brandFeeds.id, params.feedId));
  if (!feed) throw new DomainError("not_found", "feed not found");
  const now = params.now ?? new Date();
  const base = { feedId: feed.id, items: 0, skipped: 0, toLabel: [] as number[] };
  try {
    const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8" };
    if (feed.etag) headers["if-none-match"] = feed.etag;
    if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
    const response = await fetchPublicUrl(feed.url, {
      headers,
      signal: AbortSignal.timeout(params.timeoutMs ?? 15_000),
      allowAddresses: params.allowAddresses,
    });
    if (response.status === 304) {
      await response.body?.cancel();
      await recordPoll(db, feed.id, { lastError: null });
      return { ...base, status: "not_modified" };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}`);
    }
    const xml = await readTextWithin(response, MAX_FEED_BYTES);
    const slugs = await db.select({ slug: sections.slug }).from(sections).where(eq(sections.brandId, feed.brandId));
    const parsed = feedToArticles(xml, { now, sectionSlugs: slugs.map((s) => s.slug) });
    const { results, rejected } = await upsertFeedItems(db, feed.brandId, parsed.articles);
    const skipped = parsed.skipped + rejected;
    await recordPoll(db, feed.id, {
      lastError: null,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      lastItemCount: parsed.articles.length + parsed.skipped,
    });
    return {
      ...base,
      status: "ok",
      items: results.length,
      skipped,
      toLabel: results.filter((r) => r.needsLabels).map((r) => r.id),
    };
  } catch (error) {
    const message = describeError(error);
    await recordPoll(db, feed.id, { lastError: message });
    return { ...base, status: "error", error: message };
  }
}

export type PollDueFeedsParams = PublicUrlPolicy & { intervalSeconds: number; limit?: number; now?: Date };

/** Polls enabled feeds not polled within `intervalSeconds`, oldest first, one at a time. */
export async function pollDueFeeds(db: Db, params: PollDueFeedsParams): Promise<PollFeedResult[]> {
  const due = await db
    .select({ id: brandFeeds.id })
    .from(brandFeeds)
    .where(
      and(
        eq(brandFeeds.isEnabled, true),
        or(isNull(brandFeeds.lastPolledAt), lt(brandFeeds.lastPolledAt, sql`now() - make_interval(secs => ${params.intervalSeconds})`)),
      ),
    )
    .orderBy(sql`${brandFeeds.lastPolledAt} asc nulls first`)
    .limit(params.limit ?? 50);
  const results: PollFeedResult[] = [];
  for (const { id } of due) results.push(await pollFeed(db, { feedId: id, now: params.now, allowAddresses: params.allowAddresses }));
  return results;
}

/**
 * Upserts all items at once; items the intake refuses (URL owned by another brand's
 * article, say a syndicated piece) are dropped and the rest written, rather than losing the
 * whole feed to one item.
 */
async function upsertFeedItems(db: Db, brandId: string, items: ArticleInput[]) {
  let pending = items;
  let rejected = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const results = await upsertArticles(db, { brandId, source: "rss", articles: pending, unknownSection: "ignore" });
      return { results, rejected };
    } catch (error) {
      if (!(error instanceof DomainError) || !error.fieldErrors) throw error;
      const bad = new Set(
        Object.keys(error.fieldErrors).flatMap((path) => {
          const m = path.match(/^articles\.(\d+)\./);
          return m ? [Number(m[1])] : [];
        }),
      );
      if (bad.size === 0) throw error;
      pending = pending.filter((_, i) => !bad.has(i));
      rejected += bad.size;
    }
  }
  throw new Error("feed items kept conflicting");
}

async function recordPoll(
  db: Db,
  feedId: number,
  values: { lastError: string | null; etag?: string | null; lastModified?: string | null; lastItemCount?: number },
) {
  await db
    .update(brandFeeds)
    .set({ ...values, lastPolledAt: sql`now()` })
    .where(eq(brandFeeds.id, feedId));
}

async function readTextWithin(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  const text = Number.isFinite(declared) && declared > maxBytes ? null : await readStreamWithin(response.body, maxBytes);
  if (text === null) throw new Error(`feed larger than ${maxBytes} bytes`);
  return text;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    const text = error.name === "TimeoutError" ? "timed out" : error.message;
    return (detail && !text.includes(detail) ? `${text} (${detail})` : text).slice(0, 500);
  }
  return String(error).slice(0, 500);
}
