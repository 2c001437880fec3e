import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../client";
import { applyMigrations } from "../migrate";
import { REGION_BY_CODE } from "./data/places";
import { runSeed, type SeedResult } from "./index";

/*
 * Seeds a tiny group into a database of its own (the shared test database holds other
 * files' fixtures, and the seed's counts must be exact), then checks the invariants.
 */

const NOW = new Date(Date.UTC(2025, 5, 1));
const dbName = `a3d_seed_${process.pid}_${Date.now().toString(36)}`;
const serverUrl = inject("databaseUrl");
let admin: pg.Client;
let db: Db;
let result: SeedResult;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  db = createDb(url.toString(), 2);
  await applyMigrations(db);
  result = await runSeed(db, { profiles: 300, days: 7, seed: 5, articles: 600, now: NOW });
}, 120_000);

afterAll(async () => {
  await db?.$client.end();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

async function one<T = Record<string, unknown>>(sql: string): Promise<T> {
  const { rows } = await db.$client.query(sql);
  return rows[0] as T;
}

describe("runSeed (tiny)", () => {
  it("writes the requested sizes", async () => {
    expect(result).toMatchObject({ brands: 38, articles: 600, profiles: 300, advertisers: 150, destinations: 4 });
    const counts = await one<Record<string, string>>(`select
      (select count(*) from brands) brands, (select count(*) from articles where source = 'seed') articles,
      (select count(*) from profiles) profiles, (select count(*) from events) events,
      (select count(*) from campaign_segments) campaign_segments, (select count(*) from segments) segments`);
    expect(counts).toEqual({
      brands: "38", articles: "600", profiles: "300", events: String(result.events.pageviews + result.events.heartbeats), campaign_segments: "0", segments: "0",
    });
    expect(result.events.pageviews).toBeGreaterThan(300);
  });

  it("ties every event to an existing brand and to an article of that brand", async () => {
    const bad = await one<{ n: string }>(`select count(*) n from events e
      left join brands b on b.id = e.brand_id left join articles a on a.id = e.article_id
      where b.id is null or a.id is null or a.brand_id <> e.brand_id or a.published_at > e.occurred_at`);
    expect(bad.n).toBe("0");
    const window = await one<{ min: Date; max: Date }>("select min(occurred_at) min, max(occurred_at) max from events");
    expect(window.min.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 7 * 86_400_000);
    expect(window.max.getTime()).toBeLessThan(NOW.getTime() + 86_400_000);
  });

  it("gives subscribers declared attributes and a hashed email, anonymous profiles none", async () => {
    const { rows } = await db.$client.query<{ kind: string; email_sha256: string | null; age_band: string | null; gender: string | null; region: string | null; departement: string | null; csp: string | null; plan: string | null; subscribed_at: Date | null }>(
      "select kind, email_sha256, age_band, gender, region, departement, csp, plan, subscribed_at from profiles",
    );
    const subscribers = rows.filter((r) => r.kind === "subscriber");
    expect(subscribers.length / rows.length).toBeGreaterThan(0.08);
    for (const s of subscribers) {
      expect(s.email_sha256).toMatch(/^[0-9a-f]{64}$/);
      for (const v of [s.age_band, s.gender, s.csp, s.plan, s.subscribed_at]) expect(v).not.toBeNull();
      const region = REGION_BY_CODE.get(s.region!);
      expect(region?.departements.map((d) => d.code)).toContain(s.departement);
    }
    for (const a of rows.filter((r) => r.kind === "anonymous")) {
      expect([a.email_sha256, a.age_band, a.gender, a.region, a.departement, a.csp, a.plan, a.subscribed_at].every((v) => v === null)).toBe(true);
    }
  });

  it("stores events of browsers without storage/measurement consent with a null profile", async () => {
    const linkedWithoutConsent = await one<{ n: string }>(
      "select count(*) n from events e join profiles p on p.id = e.profile_id where not (p.consent_purposes @> '{1,8,9}'::smallint[])",
    );
    expect(linkedWithoutConsent.n).toBe("0");
    const orphans = await one<{ n: string }>("select count(*) n from events e left join profiles p on p.id = e.profile_id where e.profile_id is not null and p.id is null");
    expect(orphans.n).toBe("0");
    expect(result.events.unlinkedEvents).toBeGreaterThan(0);
  });

  it("links each subscriber to 1–4 anonymous browser profiles", async () => {
    const { rows } = await db.$client.query<{ n: number; kinds: string[] }>(`select count(*)::int n, array_agg(distinct b.kind) kinds
      from profiles s join identity_links l on l.person_profile_id = s.id join profiles b on b.id = l.browser_profile_id
      where s.kind = 'subscriber' group by s.id`);
    const subscribers = await one<{ n: string }>("select count(*) n from profiles where kind = 'subscriber'");
    expect(rows).toHaveLength(Number(subscribers.n));
    for (const r of rows) {
      expect(r.n).toBeGreaterThanOrEqual(1);
      expect(r.n).toBeLessThanOrEqual(4);
      expect(r.kinds).toEqual(["anonymous"]);
    }
  });

  it("delivers revenue lines summing to booked revenue for finished campaigns", async () => {
    const mismatch = await one<{ n: string; finished: string }>(`select count(*) filter (where abs(c.booked_revenue_eur - coalesce(r.total, 0)) > 0.01) n, count(*) finished
      from campaigns c left join (select campaign_id, sum(revenue_eur) total from revenue_lines group by 1) r on r.campaign_id = c.id
      where c.ends_on < date '2025-06-01'`);
    expect(mismatch.n).toBe("0");
    expect(Number(mismatch.finished)).toBeGreaterThan(100);
    const targets = await one<{ n: string }>("select count(*) n from targets where brand_id is null");
    expect(targets.n).toBe("6");
  });

  it("leaves identity sequences past the seeded ids", async () => {
    const { rows } = await db.$client.query<{ id: string }>(
      `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
       values ('le-quotidien', 'after-seed', 'https://www.lequotidien.fr/after-seed', 'After seed', 'x', now()) returning id`,
    );
    expect(Number(rows[0].id)).toBeGreaterThan(600);
    const profile = await db.$client.query<{ id: string }>("insert into profiles (external_id, kind) values ('brw-after-seed', 'anonymous') returning id");
    expect(Number(profile.rows[0].id)).toBeGreaterThan(300);
  });
});
