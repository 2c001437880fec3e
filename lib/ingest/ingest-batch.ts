import type { Db } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { createConsentCache, type ConsentDecision } from "./consent";
import { PayloadTooLargeError } from "./errors";
import { findUnknownBrands } from "./known-brands";
import { parseBatch } from "./parse-batch";
import { INGEST_LIMITS, splitArticleRef, type CollectBatch } from "./schema";

export type IngestOptions = {
  /** Server clock: occurredAt window, received_at, last_seen_at. */
  now?: Date;
  /** Consent decision for the batch's TC string (defaults to the memoised default policy). */
  decideConsent?: (tc: string | null | undefined) => ConsentDecision;
  /**
   * Wait for the WAL flush at commit. Default false: `synchronous_commit = off` for this
   * transaction only. A server crash can then lose the last few hundred ms of acknowledged
   * analytics events (never corrupt or half-write a batch); the tag does not retry beacons
   * anyway, and it roughly doubles throughput on a single disk.
   */
  isDurable?: boolean;
};

export type IngestResult = {
  /** Events in the batch. */
  received: number;
  /** Newly stored events. */
  inserted: number;
  /** Events already stored (replays, duplicates within the batch). */
  duplicates: number;
  /** Newly stored events tied to the browser's profile. */
  linked: number;
  /** Newly stored events whose article reference matched no article of that brand. */
  unknownArticles: number;
  consent: ConsentDecision["reason"];
};

const defaultDecideConsent = createConsentCache();

/**
 * One statement — hence one implicit transaction and one round trip — does the whole batch:
 * - `p`: the profile upsert (only with consent; only ever touches anonymous profiles, so a
 *   browser id equal to a subscriber's external id cannot hijack it);
 * - `w`: the consent-withdrawal update (a decoded refusal refreshes an existing anonymous
 *   profile's snapshot; creates nothing, links nothing);
 * - `ins`: the set-based event insert from unnested arrays, articles resolved by id or URL
 *   within the event's brand, rows in event-id order so concurrent batches sharing events
 *   take their locks in the same order (no deadlock), `on conflict do nothing` for replays;
 * - `set_config(..., true)` sets synchronous_commit for this transaction only; it is read at
 *   commit, after the statement, so evaluating it in the final select is enough.
 * Prepared once per connection (named statement): no re-parse or re-plan per batch.
 */
const INGEST_STATEMENT = "a3d_ingest_batch_v1";
const INGEST_SQL = `
with p as (
  insert into profiles as pr (external_id, kind, consent_purposes, consent_vendor, consent_updated_at, created_at, last_seen_at)
  select $1, 'anonymous', $2::smallint[], $3, $4, $4, $4 where $5::boolean
  on conflict (external_id) do update set
    consent_purposes = excluded.consent_purposes,
    consent_vendor = excluded.consent_vendor,
    consent_updated_at = excluded.consent_updated_at,
    last_seen_at = greatest(pr.last_seen_at, excluded.last_seen_at)
  where pr.kind = 'anonymous'
  returning id
), w as (
  update profiles set consent_purposes = $2::smallint[], consent_vendor = $3, consent_updated_at = $4
  where $6::boolean and external_id = $1 and kind = 'anonymous'
), ins as (
  insert into events (event_id, type, profile_id, article_id, brand_id, occurred_at, received_at,
                      engaged_seconds, scroll_depth, device, referrer_kind)
  select i.event_id, i.type, (select id from p), coalesce(a1.id, a2.id), i.brand_id, i.occurred_at, $4,
         i.engaged_seconds, i.scroll_depth, i.device, i.referrer_kind
  from unnest($7::uuid[], $8::text[], $9::text[], $10::bigint[], $11::text[], $12::timestamptz[],
              $13::smallint[], $14::smallint[], $15::text[], $16::text[])
       as i(event_id, type, brand_id, article_ref_id, article_ref_url, occurred_at,
            engaged_seconds, scroll_depth, device, referrer_kind)
  left join articles a1 on a1.id = i.article_ref_id and a1.brand_id = i.brand_id
  left join articles a2 on a2.url = i.article_ref_url and a2.brand_id = i.brand_id
  order by i.event_id
  on conflict (event_id) do nothing
  returning profile_id, article_id
)
select count(*)::int as inserted,
       count(profile_id)::int as linked,
       count(*) filter (where article_id is null)::int as unknown_articles,
       set_config('synchronous_commit', case when $17::boolean then current_setting('synchronous_commit') else 'off' end, true) as sync
from ins`;

/**
 * Validates and stores one tag batch atomically. Throws PayloadTooLargeError (> 500 events),
 * DomainError "invalid" with field paths (shape, clock window, unknown brand); nothing is
 * written unless the whole batch is valid. Idempotent by event id.
 */
export async function ingestBatch(db: Db, input: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const now = options.now ?? new Date();
  const events = (input as { events?: unknown } | null)?.events;
  if (Array.isArray(events) && events.length > INGEST_LIMITS.maxEvents) throw new PayloadTooLargeError("events");
  const parsed = parseBatch(input, now);
  if (!parsed.ok) throw new DomainError("invalid", "invalid batch", parsed.fieldErrors);
  const batch = parsed.batch;

  const unknownBrands = await findUnknownBrands(db, batch.events.map((e) => e.brand));
  if (unknownBrands.length) {
    const fieldErrors: Record<string, string[]> = {};
    batch.events.forEach((e, i) => {
      if (unknownBrands.includes(e.brand)) fieldErrors[`events.${i}.brand`] = ["unknown brand"];
    });
    throw new DomainError("invalid", "invalid batch", fieldErrors);
  }

  const consent = (options.decideConsent ?? defaultDecideConsent)(batch.tc);
  const params = buildParams(batch, consent, now, options.isDurable ?? false);
  const { rows } = await db.$client.query<{ inserted: number; linked: number; unknown_articles: number }>({
    name: INGEST_STATEMENT,
    text: INGEST_SQL,
    values: params,
  });
  const { inserted, linked, unknown_articles } = rows[0];
  return {
    received: batch.events.length,
    inserted,
    duplicates: batch.events.length - inserted,
    linked,
    unknownArticles: unknown_articles,
    consent: consent.reason,
  };
}

/*
 * PostgreSQL array literals built here rather than by the driver's generic serialiser (it
 * escapes every element; this is the hot path). Every element is double-quoted — so a value
 * spelled "null" stays text — and only free-text values (URLs) can contain `"` or `\`.
 */
function quoted(values: readonly (string | null)[], needsEscape = false): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ",";
    if (v === null) out += "NULL";
    else out += `"${needsEscape ? v.replace(/[\\"]/g, "\\$&") : v}"`;
  }
  return `${out}}`;
}

function numbers(values: readonly (number | null)[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) out += `${i ? "," : ""}${values[i] === null ? "NULL" : values[i]}`;
  return `${out}}`;
}

function buildParams(batch: CollectBatch, consent: ConsentDecision, now: Date, isDurable: boolean): unknown[] {
  const n = batch.events.length;
  const ids: string[] = new Array(n);
  const types: string[] = new Array(n);
  const brands: string[] = new Array(n);
  const articleIds: (number | null)[] = new Array(n);
  const articleUrls: (string | null)[] = new Array(n);
  const occurred: string[] = new Array(n);
  const engaged: number[] = new Array(n);
  const scroll: (number | null)[] = new Array(n);
  const devices: (string | null)[] = new Array(n);
  const referrers: (string | null)[] = new Array(n);
  // Sorted by id: the insert's `order by` then has nothing to do, and lock order is stable.
  const events = [...batch.events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  events.forEach((e, i) => {
    const ref = splitArticleRef(e.article);
    ids[i] = e.id;
    types[i] = e.type;
    brands[i] = e.brand;
    articleIds[i] = ref.articleId;
    articleUrls[i] = ref.articleUrl;
    occurred[i] = e.occurredAt;
    engaged[i] = e.engagedSeconds;
    scroll[i] = e.scrollDepth ?? null;
    devices[i] = e.device ?? null;
    referrers[i] = e.referrerKind ?? null;
  });
  const isWithdrawal = consent.isDecoded && consent.reason === "refused";
  return [
    batch.browserId,
    numbers(consent.purposes),
    consent.vendor,
    now.toISOString(),
    consent.isLinked,
    isWithdrawal,
    quoted(ids),
    quoted(types),
    quoted(brands),
    numbers(articleIds),
    quoted(articleUrls, true),
    quoted(occurred),
    numbers(engaged),
    numbers(scroll),
    quoted(devices),
    quoted(referrers),
    isDurable,
  ];
}
