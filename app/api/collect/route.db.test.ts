import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { getDb } from "@/db/client";
import { TCF_EXAMPLES } from "@/lib/ingest/tcf-fixtures";
import { testDb } from "@/test/db";
import { OPTIONS, POST } from "./route";

// The route uses the app's pool (getDb reads DATABASE_URL lazily, at the first request).
process.env.DATABASE_URL = inject("databaseUrl");

const db = testDb();
const BRAND = "ingest-route-test";
const OTHER_BRAND = "ingest-route-test-other";
const ARTICLE_URL = "https://ingest-route-test.example/politique/article-1";
let articleId = 0;
// Characters that must be escaped inside a PostgreSQL array literal.
const ODD_URL = 'https://ingest-route-test.example/a,b{c}?q="x"&p=\\y NULL';
let oddArticleId = 0;

function browserId() {
  return randomUUID().replace(/-/g, "");
}

function makeEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    type: "pageview",
    brand: BRAND,
    article: articleId,
    occurredAt: new Date(Date.now() - 1000).toISOString(),
    engagedSeconds: 0,
    scrollDepth: 0,
    device: "desktop",
    referrerKind: "direct",
    ...overrides,
  };
}

function post(body: unknown, init: { contentType?: string; headers?: Record<string, string> } = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(
    new Request("http://localhost/api/collect", {
      method: "POST",
      headers: { "content-type": init.contentType ?? "application/json", ...init.headers },
      body: text,
    }),
  );
}

async function countEvents(ids: string[]) {
  const { rows } = await db.$client.query<{ n: number }>("select count(*)::int as n from events where event_id = any($1::uuid[])", [ids]);
  return rows[0].n;
}

beforeAll(async () => {
  await db.$client.query(
    `insert into brands (id, name, kind, domain) values ($1, 'Ingest test', 'national_daily', 'ingest-route-test.example'),
     ($2, 'Ingest other', 'sports', 'ingest-other.example')`,
    [BRAND, OTHER_BRAND],
  );
  const { rows } = await db.$client.query<{ id: number }>(
    `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
     values ($1, 'a1', $2, 'Article un', 'h1', now()) returning id`,
    [BRAND, ARTICLE_URL],
  );
  articleId = Number(rows[0].id);
  const odd = await db.$client.query<{ id: number }>(
    `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
     values ($1, 'a2', $2, 'Article deux', 'h2', now()) returning id`,
    [BRAND, ODD_URL],
  );
  oddArticleId = Number(odd.rows[0].id);
});

afterAll(async () => {
  await db.$client.end();
  await getDb().$client.end();
});

describe("POST /api/collect", () => {
  it("stores a consenting batch linked to the browser's profile, resolving articles by id or URL", async () => {
    const bid = browserId();
    const events = [
      makeEvent(),
      makeEvent({ type: "heartbeat", article: `${ARTICLE_URL}#comments`, engagedSeconds: 15, scrollDepth: 60 }),
      makeEvent({ article: "https://ingest-route-test.example/unknown" }),
      // Same URL but the other brand: not this article.
      makeEvent({ brand: OTHER_BRAND, article: String(articleId) }),
    ];
    const res = await post({ tc: TCF_EXAMPLES.acceptAllV5, browserId: bid, events });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toEqual({
      received: 4, inserted: 4, duplicates: 0, linked: 4, unknownArticles: 2, consent: "granted",
    });
    const { rows: profiles } = await db.$client.query(
      "select id, kind, consent_purposes, consent_vendor from profiles where external_id = $1",
      [bid],
    );
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ kind: "anonymous", consent_vendor: true });
    expect(profiles[0].consent_purposes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const { rows } = await db.$client.query(
      "select event_id, type, profile_id, article_id, brand_id, engaged_seconds, scroll_depth from events where event_id = any($1::uuid[])",
      [events.map((e) => e.id)],
    );
    const byId = new Map(rows.map((r) => [r.event_id, r]));
    expect(rows.every((r) => Number(r.profile_id) === Number(profiles[0].id))).toBe(true);
    expect(Number(byId.get(events[0].id).article_id)).toBe(articleId);
    expect(byId.get(events[1].id)).toMatchObject({ type: "heartbeat", engaged_seconds: 15, scroll_depth: 60 });
    expect(Number(byId.get(events[1].id).article_id)).toBe(articleId);
    expect(byId.get(events[2].id).article_id).toBeNull();
    expect(byId.get(events[3].id)).toMatchObject({ article_id: null, brand_id: OTHER_BRAND });
  });

  it("resolves article URLs containing array-literal metacharacters", async () => {
    const events = [makeEvent({ article: ODD_URL }), makeEvent({ article: `${ODD_URL}"` })];
    const res = await post({ browserId: browserId(), events });
    expect(await res.json()).toMatchObject({ inserted: 2, unknownArticles: 1 });
    const { rows } = await db.$client.query("select event_id, article_id from events where event_id = any($1::uuid[])", [events.map((e) => e.id)]);
    const byId = new Map(rows.map((r) => [r.event_id, r.article_id === null ? null : Number(r.article_id)]));
    expect(byId.get(events[0].id)).toBe(oddArticleId);
    expect(byId.get(events[1].id)).toBeNull();
  });

  it("a replayed batch adds nothing and updates last_seen_at", async () => {
    const bid = browserId();
    const batch = { tc: TCF_EXAMPLES.acceptAllV5, browserId: bid, events: [makeEvent(), makeEvent()] };
    expect((await post(batch)).status).toBe(200);
    const before = await db.$client.query("select last_seen_at from profiles where external_id = $1", [bid]);
    const res = await post(batch);
    expect(await res.json()).toMatchObject({ received: 2, inserted: 0, duplicates: 2, linked: 0 });
    expect(await countEvents(batch.events.map((e) => e.id))).toBe(2);
    const after = await db.$client.query("select last_seen_at from profiles where external_id = $1", [bid]);
    expect(after.rows[0].last_seen_at.getTime()).toBeGreaterThanOrEqual(before.rows[0].last_seen_at.getTime());
  });

  it("concurrent identical batches store each event once", async () => {
    const batch = { tc: TCF_EXAMPLES.acceptAllV5, browserId: browserId(), events: Array.from({ length: 50 }, () => makeEvent()) };
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(batch)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(bodies.reduce((sum, b) => sum + b.inserted, 0)).toBe(50);
    expect(await countEvents(batch.events.map((e) => e.id))).toBe(50);
    const { rows } = await db.$client.query("select count(*)::int as n from profiles where external_id = $1", [batch.browserId]);
    expect(rows[0].n).toBe(1);
  });

  it("without consent stores events with a null profile and creates no profile", async () => {
    for (const tc of [undefined, TCF_EXAMPLES.specRefusing, TCF_EXAMPLES.outdatedAllPurposes, TCF_EXAMPLES.corrupt]) {
      const bid = browserId();
      const events = [makeEvent(), makeEvent({ type: "heartbeat", engagedSeconds: 5 })];
      const res = await post({ tc, browserId: bid, events });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ inserted: 2, linked: 0 });
      const { rows } = await db.$client.query(
        "select profile_id from events where event_id = any($1::uuid[])",
        [events.map((e) => e.id)],
      );
      expect(rows.map((r) => r.profile_id)).toEqual([null, null]);
      const profiles = await db.$client.query("select 1 from profiles where external_id = $1", [bid]);
      expect(profiles.rowCount).toBe(0);
    }
  });

  it("a refusal refreshes an existing anonymous profile's consent snapshot without linking", async () => {
    const bid = browserId();
    await post({ tc: TCF_EXAMPLES.acceptAllV5, browserId: bid, events: [makeEvent()] });
    const events = [makeEvent()];
    const res = await post({ tc: TCF_EXAMPLES.specRefusing, browserId: bid, events });
    expect(await res.json()).toMatchObject({ inserted: 1, linked: 0, consent: "refused" });
    const { rows } = await db.$client.query("select consent_purposes, consent_vendor from profiles where external_id = $1", [bid]);
    expect(rows[0]).toEqual({ consent_purposes: [], consent_vendor: false });
    const ev = await db.$client.query("select profile_id from events where event_id = $1", [events[0].id]);
    expect(ev.rows[0].profile_id).toBeNull();
  });

  it("never links to or modifies a subscriber profile that shares the browser id", async () => {
    const subscriberId = browserId();
    await db.$client.query("insert into profiles (external_id, kind, consent_purposes) values ($1, 'subscriber', '{1}')", [subscriberId]);
    const events = [makeEvent()];
    const res = await post({ tc: TCF_EXAMPLES.acceptAllV5, browserId: subscriberId, events });
    expect(await res.json()).toMatchObject({ inserted: 1, linked: 0 });
    const { rows } = await db.$client.query("select kind, consent_purposes from profiles where external_id = $1", [subscriberId]);
    expect(rows).toEqual([{ kind: "subscriber", consent_purposes: [1] }]);
  });

  it("accepts sendBeacon's text/plain bodies", async () => {
    const events = [makeEvent()];
    const res = await post({ browserId: browserId(), events }, { contentType: "text/plain;charset=UTF-8" });
    expect(res.status).toBe(200);
    expect(await countEvents([events[0].id])).toBe(1);
  });

  it("answers the CORS preflight", async () => {
    const res = OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
  });
});

describe("POST /api/collect rejections", () => {
  it("malformed JSON → 400", async () => {
    const res = await post('{"browserId": "abc", "events": [');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid", message: "malformed JSON", fieldErrors: { "(body)": ["malformed JSON"] } } });
  });

  it("empty bodies, non-object JSON and NUL characters → 400, never 500", async () => {
    expect((await post("")).status).toBe(400);
    expect((await post('"just a string"')).status).toBe(400);
    expect((await post("[1,2]")).status).toBe(400);
    const nul = await post({ browserId: browserId(), events: [makeEvent({ article: "https://ingest-route-test.example/a\u0000" })] });
    expect(nul.status).toBe(400);
    expect(Object.keys((await nul.json()).error.fieldErrors)).toEqual(["events.0.article"]);
  });

  it("wrong types → 400 with field paths", async () => {
    const events = [makeEvent(), makeEvent(), makeEvent(), makeEvent({ occurredAt: 1718000000 }), makeEvent({ scrollDepth: "80%" })];
    const res = await post({ browserId: 42, events });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["browserId", "events.3.occurredAt", "events.4.scrollDepth"]);
  });

  it("one bad event rejects the whole batch and writes nothing", async () => {
    const bid = browserId();
    const events = [makeEvent(), makeEvent(), makeEvent({ id: "not-a-uuid" })];
    const res = await post({ tc: TCF_EXAMPLES.acceptAllV5, browserId: bid, events });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors).toHaveProperty(["events.2.id"]);
    expect(await countEvents(events.slice(0, 2).map((e) => e.id))).toBe(0);
    expect((await db.$client.query("select 1 from profiles where external_id = $1", [bid])).rowCount).toBe(0);
  });

  it("an unknown brand → 400 at its event, nothing written", async () => {
    const events = [makeEvent(), makeEvent({ brand: "no-such-brand-ingest" })];
    const res = await post({ browserId: browserId(), events });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors).toEqual({ "events.1.brand": ["unknown brand"] });
    expect(await countEvents([events[0].id])).toBe(0);
  });

  it("more than 500 events → 413, nothing written", async () => {
    const events = Array.from({ length: 501 }, () => makeEvent());
    const res = await post({ browserId: browserId(), events });
    expect(res.status).toBe(413);
    expect(await countEvents(events.map((e) => e.id))).toBe(0);
  });

  it("more than 1 MiB → 413, by Content-Length and by streamed bytes", async () => {
    const res = await post({ browserId: browserId(), events: [makeEvent()] }, { headers: { "content-length": String(2 * 1024 * 1024) } });
    expect(res.status).toBe(413);

    // No Content-Length (chunked): the limit is enforced while reading; the stream is cancelled.
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await POST(
      new Request("http://localhost/api/collect", { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(40); // stopped shortly after 1 MiB (16 chunks), not the 64 MB offered
  });

  it("over the in-flight limit → 429 with Retry-After, and recovers", async () => {
    process.env.INGEST_MAX_IN_FLIGHT = "1";
    try {
      const batches = Array.from({ length: 5 }, () => ({ browserId: browserId(), events: [makeEvent()] }));
      const responses = await Promise.all(batches.map((b) => post(b)));
      const statuses = responses.map((r) => r.status);
      expect(statuses[0]).toBe(200);
      expect(statuses.slice(1)).toEqual([429, 429, 429, 429]);
      expect(responses[1].headers.get("retry-after")).toBe("2");
      expect(await countEvents(batches.slice(1).map((b) => b.events[0].id))).toBe(0);
    } finally {
      delete process.env.INGEST_MAX_IN_FLIGHT;
    }
    expect((await post({ browserId: browserId(), events: [makeEvent()] })).status).toBe(200);
  });
});
