import { z } from "zod";

/**
 * The site tag's batch contract for `POST /api/collect`.
 *
 * ```jsonc
 * {
 *   "tc": "CQTJuAAQ…",            // optional TCF v2 TC string from the page's CMP (≤ 10,000 chars)
 *   "browserId": "V1StGXR8_Z5jdHi6B-myT", // 16–64 chars [A-Za-z0-9_-]; the tag's first-party id,
 *                                 // or a per-page random id when storage is not consented
 *   "events": [                   // 1–500 events (more → 413)
 *     {
 *       "id": "uuid",             // idempotency key: a replayed event is ignored
 *       "type": "pageview" | "heartbeat",
 *       "brand": "le-quotidien",  // brands.id (slug); unknown brand → 400 at events.N.brand
 *       "article": 123 | "123" | "https://brand.fr/a/slug", // articles.id or URL (fragment dropped);
 *                                 // unknown article → stored with article_id null
 *       "occurredAt": "2025-06-01T10:00:00.000Z", // ISO 8601 with offset, within [now − 7 d, now + 1 h]
 *       "engagedSeconds": 15,     // 0–1800, default 0 (engaged time since the previous event)
 *       "scrollDepth": 80,        // 0–100, optional (max depth reached so far)
 *       "device": "desktop" | "mobile" | "tablet",                                    // optional
 *       "referrerKind": "direct" | "search" | "social" | "internal" | "newsletter" | "other" // optional
 *     }
 *   ]
 * }
 * ```
 * Unknown keys are ignored (forward compatibility). Bodies over 1 MiB → 413. Any invalid event
 * rejects the whole batch with 400 and field paths such as `events.3.occurredAt`.
 */

export const INGEST_LIMITS = {
  maxEvents: 500,
  /** 1 MiB, checked on Content-Length and while streaming the body. */
  maxBytes: 1024 * 1024,
  maxTcLength: 10_000,
  /** Accepted clock window for occurredAt, relative to the server's `now`. */
  maxPastMs: 7 * 24 * 3600 * 1000,
  maxFutureMs: 3600 * 1000,
} as const;

export const EVENT_TYPES = ["pageview", "heartbeat"] as const;
export const DEVICES = ["desktop", "mobile", "tablet"] as const;
export const REFERRER_KINDS = ["direct", "search", "social", "internal", "newsletter", "other"] as const;

export const BRAND_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const BROWSER_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const ARTICLE_ID_PATTERN = /^\d{1,15}$/;
export const ARTICLE_URL_PATTERN = /^https?:\/\/[^\s/]+/i;
export const MAX_ARTICLE_REF_LENGTH = 2048;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
export const MAX_ENGAGED_SECONDS = 1800;

const ArticleRef = z.union([
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  z
    .string()
    .trim()
    .min(1)
    .max(MAX_ARTICLE_REF_LENGTH)
    .refine((s) => ARTICLE_ID_PATTERN.test(s) || ARTICLE_URL_PATTERN.test(s), {
      message: "expected an article id or an http(s) URL",
    })
    // PostgreSQL text cannot hold NUL: reject control characters here rather than fail in SQL.
    .refine((s) => !CONTROL_CHARACTERS.test(s), { message: "control characters are not allowed" }),
]);

export const CollectEvent = z.object({
  id: z.uuid(),
  type: z.enum(EVENT_TYPES),
  brand: z.string().regex(BRAND_PATTERN, "expected a brand slug"),
  article: ArticleRef,
  occurredAt: z.iso.datetime({ offset: true }),
  engagedSeconds: z.number().int().min(0).max(MAX_ENGAGED_SECONDS).default(0),
  scrollDepth: z.number().int().min(0).max(100).optional(),
  device: z.enum(DEVICES).optional(),
  referrerKind: z.enum(REFERRER_KINDS).optional(),
});
export type CollectEvent = z.infer<typeof CollectEvent>;

export const CollectBatch = z.object({
  tc: z.string().max(INGEST_LIMITS.maxTcLength).nullish(),
  browserId: z.string().regex(BROWSER_ID_PATTERN, "expected 16–64 characters [A-Za-z0-9_-]"),
  events: z.array(CollectEvent).min(1).max(INGEST_LIMITS.maxEvents),
});
export type CollectBatch = z.infer<typeof CollectBatch>;

/** Splits an article reference into an id or a normalised URL (fragment dropped). */
export function splitArticleRef(ref: number | string): { articleId: number | null; articleUrl: string | null } {
  if (typeof ref === "number") return { articleId: ref, articleUrl: null };
  if (/^\d+$/.test(ref)) return { articleId: Number(ref), articleUrl: null };
  const hash = ref.indexOf("#");
  return { articleId: null, articleUrl: hash >= 0 ? ref.slice(0, hash) : ref };
}
