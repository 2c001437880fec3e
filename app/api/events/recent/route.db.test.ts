import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { getDb } from "@/db/client";
import { ensureDemoUsers } from "@/lib/auth/demo-users";
import { ingestBatch } from "@/lib/ingest/ingest-batch";
import { TCF_EXAMPLES } from "@/lib/ingest/tcf-fixtures";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "recent-events-db-test-secret-0123456789";
const { auth } = await import("@/lib/auth/auth");
const { GET } = await import("./route");

const BRAND = "ingest-recent-test";
const OTHER = "ingest-recent-test-other";
const reader = { email: "recent-reader@ingest.test", name: "Recent Reader", role: "read_only" as const, password: "recent-reader-pass" };
let sessionCookie = "";
let articleId = 0;

function event(brand: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    type: "pageview",
    brand,
    article: articleId,
    occurredAt: new Date(Date.now() - 2000).toISOString(),
    device: "mobile",
    referrerKind: "social",
    ...overrides,
  };
}

function get(query = "", cookies: string[] = [sessionCookie, `a3d_brand=${BRAND}`]) {
  return GET(new Request(`http://localhost/api/events/recent${query}`, { headers: { cookie: cookies.filter(Boolean).join("; ") } }));
}

beforeAll(async () => {
  const db = getDb();
  await ensureDemoUsers(db, [reader]);
  const res = await auth.api.signInEmail({ body: { email: reader.email, password: reader.password }, asResponse: true });
  sessionCookie = res.headers.get("set-cookie")!.split(";")[0];
  await db.$client.query(
    `insert into brands (id, name, kind, domain) values ($1, 'Recent Test', 'sports', 'recent.example'), ($2, 'Recent Other', 'sports', 'other.example')`,
    [BRAND, OTHER],
  );
  const { rows } = await db.$client.query(
    `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
     values ($1, 'r1', 'https://recent.example/r1', 'Le XV de France en demi-finale', 'h', now()) returning id`,
    [BRAND],
  );
  articleId = Number(rows[0].id);
  const bid = randomUUID().replace(/-/g, "");
  await ingestBatch(db, { tc: TCF_EXAMPLES.acceptAllV5, browserId: bid, events: [event(BRAND), event(BRAND, { type: "heartbeat", engagedSeconds: 15, scrollDepth: 40 })] });
  await ingestBatch(db, { tc: TCF_EXAMPLES.specRefusing, browserId: randomUUID().replace(/-/g, ""), events: [event(BRAND, { article: "https://recent.example/unknown" })] });
  await ingestBatch(db, { browserId: randomUUID().replace(/-/g, ""), events: [event(OTHER)] });
  // Received two hours ago: in the totals, not in the live window.
  await db.$client.query(
    `insert into events (event_id, type, brand_id, occurred_at, received_at) values ($1, 'pageview', $2, now() - interval '2 hours', now() - interval '2 hours')`,
    [randomUUID(), BRAND],
  );
});

afterAll(() => getDb().$client.end());

describe("GET /api/events/recent", () => {
  it("answers 401 without a session", async () => {
    const res = await get("", []);
    expect(res.status).toBe(401);
  });

  it("lists the brand's latest events with article titles and consent state, and window counts", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.brandId).toBe(BRAND);
    expect(body.totals).toBeNull();
    const { recent } = body;
    expect(recent).toMatchObject({ lastMinute: 3, lastHour: 3, linkedLastHour: 2 });
    expect(recent.events).toHaveLength(3);
    expect(recent.events.every((e: { brandId: string; brandName: string }) => e.brandId === BRAND && e.brandName === "Recent Test")).toBe(true);
    const linked = recent.events.filter((e: { isLinked: boolean }) => e.isLinked);
    expect(linked).toHaveLength(2);
    expect(linked.map((e: { articleTitle: string }) => e.articleTitle)).toEqual(["Le XV de France en demi-finale", "Le XV de France en demi-finale"]);
    const unlinked = recent.events.find((e: { isLinked: boolean }) => !e.isLinked);
    expect(unlinked).toMatchObject({ articleId: null, articleTitle: null, device: "mobile", referrerKind: "social" });
  });

  it("adds exact totals on request, in the brand scope", async () => {
    const body = await (await get("?totals=1&limit=1")).json();
    expect(body.recent.events).toHaveLength(1);
    expect(body.totals).toMatchObject({
      events: 4,
      linked: 2,
      unlinked: 2,
      unknownArticle: 2,
      last24h: { events: 4, pageviews: 3, heartbeats: 1, engagedSeconds: 15, profiles: 1 },
    });
  });

  it("validates the query with field paths", async () => {
    const res = await get("?limit=0");
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fieldErrors)).toEqual(["query.limit"]);
  });
});
