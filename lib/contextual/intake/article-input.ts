import { createHash } from "node:crypto";
import { franc } from "franc-min";
import { z } from "zod";

/*
 * The intake contract shared by the CMS push API and the feed poller: one article as the
 * outside world describes it. Limits keep a single request bounded (see MAX_PUSH_BYTES).
 */

export const MAX_BATCH = 100;
/** Whole request body; larger requests get 413 before any parsing. */
export const MAX_PUSH_BYTES = 5 * 1024 * 1024;

export const ArticleInput = z.object({
  /** The CMS's own id, unique per brand. */
  externalId: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  title: z.string().trim().min(1).max(500),
  lead: z.string().max(5_000).default(""),
  body: z.string().max(100_000).default(""),
  /** Section slug of the brand; unknown slugs are rejected. */
  section: z.string().trim().min(1).max(100).optional(),
  lang: z.enum(["fr", "en"]).optional(),
  publishedAt: z.iso.datetime({ offset: true }),
  /** Optional: when given it must be the key's brand (guards against a CMS using the wrong key). */
  brand: z.string().trim().min(1).max(100).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export const ArticleBatch = z.object({
  articles: z.array(ArticleInput).min(1).max(MAX_BATCH),
});
export type ArticleBatch = z.infer<typeof ArticleBatch>;

export type ParsedPush =
  | { ok: true; articles: ArticleInput[]; isBatch: boolean }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** `{ articles: [...] }` is a batch, any other object a single article. */
export function parseArticlePush(json: unknown): ParsedPush {
  const isBatch = typeof json === "object" && json !== null && !Array.isArray(json) && "articles" in json;
  const parsed = isBatch ? ArticleBatch.safeParse(json) : ArticleInput.safeParse(json);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  const articles = "articles" in parsed.data ? parsed.data.articles : [parsed.data as ArticleInput];
  return { ok: true, articles, isBatch };
}

/** zod issues → { "articles.3.url": ["Invalid URL"] }; "" for the root. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** SHA-256 of title, lead and body: a re-push with the same hash keeps its labels. */
export function hashArticleContent(a: { title: string; lead: string; body: string }): string {
  return createHash("sha256").update(`${a.title}\n${a.lead}\n${a.body}`).digest("hex");
}

/** The article's language when the sender did not say: detected on title and lead, else the brand's. */
export function detectLang(text: string, fallback: "fr" | "en"): "fr" | "en" {
  const code = franc(text.slice(0, 2_000), { only: ["fra", "eng"], minLength: 10 });
  if (code === "fra") return "fr";
  if (code === "eng") return "en";
  return fallback;
}

/** Feed HTML (descriptions, content:encoded) → plain text for the classifier and the console. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>|<\/h\d>/gi, "\n")
    // Inline markup sits inside words and sentences: drop it without adding a space.
    .replace(/<\/?(?:a|b|strong|em|i|u|span|abbr|small|sup|sub|mark)(?:\s[^>]*)?>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;|&rsquo;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    // Last, so "&amp;lt;" stays "&lt;" as the author wrote it.
    .replace(/&amp;/g, "&")
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
