import { createHash } from "node:crypto";
import { parseFeed } from "@rowanmanning/feed-parser";
import { ArticleInput, htmlToText } from "./article-input";

/*
 * RSS/Atom → intake articles, pure (no database, no clock: `now` is passed in). Items the
 * intake contract rejects (no link, no title) are counted, not fatal: one broken item must
 * not stop a brand's feed.
 */

export type FeedArticles = { articles: ArticleInput[]; skipped: number; title: string | null };

export function feedToArticles(xml: string, options: { now: Date; sectionSlugs?: string[] }): FeedArticles {
  const feed = parseFeed(xml);
  const feedLang = toLang(feed.language);
  const knownSections = new Set(options.sectionSlugs ?? []);
  const seen = new Set<string>();
  const articles: ArticleInput[] = [];
  let skipped = 0;
  for (const item of feed.items) {
    const url = item.url?.trim();
    const externalId = stableId(item.id?.trim() || url || "");
    const candidate = {
      externalId,
      url,
      title: item.title ? htmlToText(item.title) : undefined,
      lead: clip(htmlToText(item.description ?? ""), 5_000),
      body: clip(htmlToText(item.content ?? ""), 100_000),
      section: matchSection(item.categories, knownSections),
      lang: feedLang,
      publishedAt: (item.published ?? item.updated ?? options.now).toISOString(),
    };
    // Feeds often repeat the description as the content: keep the text once.
    if (candidate.body === candidate.lead) candidate.body = "";
    const parsed = ArticleInput.safeParse(candidate);
    if (!parsed.success || seen.has(parsed.data.externalId) || seen.has(parsed.data.url)) {
      skipped++;
      continue;
    }
    seen.add(parsed.data.externalId);
    seen.add(parsed.data.url);
    articles.push(parsed.data);
  }
  return { articles, skipped, title: feed.title };
}

/** GUIDs are often full URLs; past the column's limit, a hash keeps them unique and stable. */
function stableId(id: string): string {
  return id.length <= 200 ? id : `sha256:${createHash("sha256").update(id).digest("hex")}`;
}

function toLang(language: string | null): "fr" | "en" | undefined {
  const code = language?.trim().slice(0, 2).toLowerCase();
  return code === "fr" || code === "en" ? code : undefined;
}

/** A feed category that names one of the brand's section slugs ("Sport" → "sport"). */
function matchSection(categories: { term: string; label: string | null }[], known: Set<string>): string | undefined {
  for (const c of categories) {
    for (const value of [c.term, c.label]) {
      const slug = value ? slugify(value) : "";
      if (slug && known.has(slug)) return slug;
    }
  }
  return undefined;
}

export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
