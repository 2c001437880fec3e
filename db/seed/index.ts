import type pg from "pg";
import type { Db } from "../client";
import { buildArticlePools } from "./article-pools";
import { type SeedArticle, generateArticles, MIN_CLI_ARTICLES } from "./articles";
import { buildPopulation } from "./audience";
import { generateCommerce } from "./commerce";
import { copyLine, openCopy } from "./copy";
import { BRANDS } from "./data/brands";
import { EVENT_COLUMNS, type EventStats, generateEvents } from "./events";
import { drawNewsletterReaders, LINK_COLUMNS, PROFILE_COLUMNS, writeIdentityLinks, writeProfiles } from "./profiles";
import { deriveRng } from "./random";
import { truncateSeedTables } from "./reset";

export { MIN_CLI_ARTICLES } from "./articles";
export { findSeededTables, SEED_TABLES } from "./reset";

export type SeedPhase = "articles" | "events" | "profiles" | "commerce" | "analyze";

export type SeedParams = {
  profiles: number;
  days: number;
  seed: number;
  /** The seed window ends here (exclusive). Default: today 00:00 UTC, so reruns on one day match. */
  now?: Date;
  /** Tests only: fewer articles than the CLI's 20,000 minimum keep tiny seeds fast. */
  articles?: number;
  /** Truncate the seed tables first, in the same transaction (see reset.ts). */
  reset?: boolean;
  onProgress?: (phase: SeedPhase, done: number, total: number) => void;
};

export type SeedResult = {
  now: string;
  brands: number;
  sections: number;
  articles: number;
  profiles: number;
  subscribers: number;
  identityLinks: number;
  events: EventStats;
  advertisers: number;
  campaigns: number;
  revenueLines: number;
  targets: number;
  destinations: number;
};

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Seeds the whole demo group in ONE transaction (all or nothing): brands and rubriques,
 * articles, profiles with identity links, events, advertisers/campaigns/revenue/targets and
 * destinations. Deterministic for a given (seed, profiles, days, articles, now). Big tables
 * are streamed with COPY; ids come from the tables' own sequences (reserved up front).
 * Segments and labels are not created here (labels: lib/contextual/label-articles).
 */
export async function runSeed(db: Db, params: SeedParams): Promise<SeedResult> {
  const { profiles, days, seed } = params;
  const articleCount = params.articles ?? MIN_CLI_ARTICLES;
  if (!Number.isInteger(profiles) || profiles < 1) throw new Error("profiles must be a positive integer");
  if (!Number.isInteger(days) || days < 1 || days > 400) throw new Error("days must be an integer in 1..400");
  if (!Number.isInteger(articleCount) || articleCount < BRANDS.length) throw new Error(`articles must be ≥ ${BRANDS.length}`);
  const now = params.now ?? startOfUtcDay(new Date());
  const progress = params.onProgress ?? (() => {});

  const client = await db.$client.connect();
  try {
    await client.query("begin");
    // A seed is rebuildable: trading commit durability for speed is fine here.
    await client.query("set local synchronous_commit = off");
    if (params.reset) await truncateSeedTables(client);

    const sectionIds = await insertBrandsAndSections(client);
    progress("articles", 0, articleCount);
    const articles = generateArticles({ seed, count: articleCount, now, days });
    const firstArticleId = await reserveIds(client, "articles", articles.length);
    await copyArticles(client, articles, firstArticleId, sectionIds);
    progress("articles", articleCount, articleCount);

    const firstProfileId = await reserveIds(client, "profiles", profiles);
    const pop = buildPopulation({ seed, profiles, days, firstProfileId });
    const newsletterReader = drawNewsletterReaders(seed, pop);
    const pools = buildArticlePools(deriveRng(seed, "popularity"), articles);
    const eventsCopy = openCopy(client, "events", EVENT_COLUMNS);
    const events = await generateEvents({
      seed, pop, articles, pools, firstArticleId, now, days, newsletterReader,
      write: eventsCopy.write, onDay: (d, total) => progress("events", d, total),
    });
    await eventsCopy.end();

    const profilesCopy = openCopy(client, "profiles", PROFILE_COLUMNS);
    const profileStats = await writeProfiles(
      { seed, pop, now, days, writeProfile: profilesCopy.write, onProgress: (d, t) => progress("profiles", d, t) },
      newsletterReader,
    );
    await profilesCopy.end();
    const linksCopy = openCopy(client, "identity_links", LINK_COLUMNS);
    const identityLinks = await writeIdentityLinks(pop, now, days, linksCopy.write);
    await linksCopy.end();

    progress("commerce", 0, 1);
    const commerce = await writeCommerce(client, seed, now);
    progress("commerce", 1, 1);

    await client.query("commit");
    progress("analyze", 0, 1);
    // Fresh statistics so the first queries on the new data get sensible plans.
    await client.query("analyze articles, profiles, identity_links, events, campaigns, revenue_lines");
    progress("analyze", 1, 1);
    return {
      now: now.toISOString(), brands: BRANDS.length, sections: sectionIds.size, articles: articles.length,
      profiles: profileStats.subscribers + profileStats.anonymous, subscribers: profileStats.subscribers, identityLinks, events, ...commerce,
    };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Reserves `count` consecutive ids from a table's identity sequence; returns the first. */
async function reserveIds(client: pg.PoolClient, table: string, count: number): Promise<number> {
  const { rows } = await client.query<{ first: string }>(
    "select nextval(pg_get_serial_sequence($1, 'id')) as first",
    [table],
  );
  const first = Number(rows[0].first);
  if (count > 1) await client.query("select setval(pg_get_serial_sequence($1, 'id'), $2)", [table, first + count - 1]);
  return first;
}

async function insertBrandsAndSections(client: pg.PoolClient): Promise<Map<string, number>> {
  await client.query(
    `insert into brands (id, name, kind, domain, lang)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    [BRANDS.map((b) => b.id), BRANDS.map((b) => b.name), BRANDS.map((b) => b.kind), BRANDS.map((b) => b.domain), BRANDS.map((b) => b.lang)],
  );
  const sections = BRANDS.flatMap((b) => b.sections.map((s) => ({ brandId: b.id, slug: s.slug, name: s.name })));
  const { rows } = await client.query<{ id: number; brand_id: string; slug: string }>(
    `insert into sections (brand_id, slug, name)
     select * from unnest($1::text[], $2::text[], $3::text[]) returning id, brand_id, slug`,
    [sections.map((s) => s.brandId), sections.map((s) => s.slug), sections.map((s) => s.name)],
  );
  return new Map(rows.map((r) => [`${r.brand_id}/${r.slug}`, r.id]));
}

const ARTICLE_COLUMNS = [
  "id", "brand_id", "section_id", "external_id", "url", "lang", "title", "lead", "body", "content_hash", "source",
  "published_at", "updated_at", "received_at",
];

async function copyArticles(client: pg.PoolClient, articles: SeedArticle[], firstId: number, sectionIds: Map<string, number>) {
  const copy = openCopy(client, "articles", ARTICLE_COLUMNS);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const brandId = BRANDS[a.brandIndex].id;
    // Pushed by the CMS a few minutes after publication.
    const received = new Date(a.publishedAt + 60_000 + (i % 240) * 1000);
    const pending = copy.write(copyLine([
      firstId + i, brandId, sectionIds.get(`${brandId}/${a.sectionSlug}`), a.externalId, a.url, a.lang, a.title, a.lead, "",
      a.contentHash, "seed", new Date(a.publishedAt), received, received,
    ]));
    if (pending) await pending;
  }
  await copy.end();
}

async function writeCommerce(client: pg.PoolClient, seed: number, now: Date) {
  // Ids are reserved once the row counts are known: a first (deterministic, cheap) pass counts them.
  const draft = generateCommerce({ seed, now, firstAdvertiserId: 1, firstCampaignId: 1 });
  const firstAdvertiserId = await reserveIds(client, "advertisers", draft.advertisers.length);
  const firstCampaignId = await reserveIds(client, "campaigns", draft.campaigns.length);
  const commerce = generateCommerce({ seed, now, firstAdvertiserId, firstCampaignId });

  const advertisers = openCopy(client, "advertisers", ["id", "name", "sector"]);
  for (const a of commerce.advertisers) await advertisers.write(copyLine([a.id, a.name, a.sector]));
  await advertisers.end();
  const campaigns = openCopy(client, "campaigns", [
    "id", "advertiser_id", "name", "brand_ids", "starts_on", "ends_on", "booked_revenue_eur", "impressions", "cpm_eur", "embeds_data",
  ]);
  for (const c of commerce.campaigns) {
    await campaigns.write(copyLine([
      c.id, c.advertiserId, c.name, c.brandIds, c.startsOn, c.endsOn, (c.bookedCents / 100).toFixed(2), c.impressions, c.cpm, c.embedsData,
    ]));
  }
  await campaigns.end();
  const lines = openCopy(client, "revenue_lines", ["campaign_id", "brand_id", "month", "revenue_eur", "impressions"]);
  for (const l of commerce.revenueLines) await lines.write(copyLine([l.campaignId, l.brandId, l.month, (l.cents / 100).toFixed(2), l.impressions]));
  await lines.end();
  await client.query(
    `insert into targets (year, brand_id, metric, value)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::numeric[])`,
    [commerce.targets.map((t) => t.year), commerce.targets.map((t) => t.brandId), commerce.targets.map((t) => t.metric), commerce.targets.map((t) => t.value)],
  );
  await client.query(
    `insert into destinations (name, kind, config, is_enabled)
     select x.name, x.kind, x.config, x.is_enabled from jsonb_to_recordset($1::jsonb) as x(name text, kind text, config jsonb, is_enabled boolean)`,
    [JSON.stringify(commerce.destinations.map((d) => ({ name: d.name, kind: d.kind, config: d.config, is_enabled: d.isEnabled })))],
  );
  return {
    advertisers: commerce.advertisers.length, campaigns: commerce.campaigns.length, revenueLines: commerce.revenueLines.length,
    targets: commerce.targets.length, destinations: commerce.destinations.length,
  };
}
