import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { articleLabels, articles, brandApiKeys, brands, sections } from "@/db/schema";
import { createBoss, LABEL_QUEUE, startBoss } from "@/lib/jobs/boss";
import { enqueueLabelJobs } from "@/lib/jobs/enqueue";
import { testDb } from "@/test/db";
import { createApiKey, revokeApiKey } from "./api-keys";
import { handleArticlePush, type PushResponse } from "./push-articles";

const db = testDb();
const run = Date.now().toString(36);
const BRAND = `t-push-${run}`;
const OTHER = `t-push-other-${run}`;
const SCHEMA = `pgboss_push_${run}`;
let boss: PgBoss;
let key: string;
let otherKey: string;

const deps = () => ({ db, enqueueLabels: (ids: number[]) => enqueueLabelJobs(boss, db, ids), log: () => {} });

function push(body: unknown, auth: string | null = key, init: RequestInit = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth !== null) headers.authorization = `Bearer ${auth}`;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return handleArticlePush(new Request("http://localhost/api/v1/articles", { method: "POST", headers, body: text, ...init }), deps());
}

function article(n: number, extra: Record<string, unknown> = {}) {
  return {
    externalId: `p-${n}`,
    url: `https://push-${run}.example/${n}`,
    title: `Inauguration du nouveau stade numéro ${n}`,
    lead: "La ville fête l'ouverture.",
    body: "Texte complet.",
    section: "sport",
    publishedAt: "2026-11-23T10:00:00Z",
    ...extra,
  };
}

async function jobsFor(articleId: number): Promise<number> {
  const { rows } = await db.$client.query(`select 1 from ${SCHEMA}.job where name = $1 and data->>'articleId' = $2`, [
    LABEL_QUEUE,
    String(articleId),
  ]);
  return rows.length;
}

beforeAll(async () => {
  await db.insert(brands).values([
    { id: BRAND, name: "Push test", kind: "sports", domain: "push.example" },
    { id: OTHER, name: "Push other", kind: "sports", domain: "other.example" },
  ]);
  await db.insert(sections).values({ brandId: BRAND, slug: "sport", name: "Sport" });
  key = (await createApiKey(db, { brandId: BRAND, name: "CMS", createdBy: null })).key;
  otherKey = (await createApiKey(db, { brandId: OTHER, name: "CMS", createdBy: null })).key;
  boss = createBoss(inject("databaseUrl"), { schema: SCHEMA, max: 2 });
  await startBoss(boss);
});
afterAll(async () => {
  await boss.stop({ graceful: false });
  await db.$client.end();
});

describe("POST /api/v1/articles", () => {
  it("stores only the key's hash and a display prefix", async () => {
    const rows = await db.select().from(brandApiKeys).where(eq(brandApiKeys.brandId, BRAND));
    expect(rows).toHaveLength(1);
    expect(rows[0].keyHash).not.toContain(key);
    expect(key.startsWith(rows[0].prefix)).toBe(true);
    expect(rows[0].prefix.length).toBeLessThan(key.length / 2);
  });

  it("answers 401 without a key, with an unknown key, and with a revoked key", async () => {
    expect((await push(article(1), null)).status).toBe(401);
    expect((await push(article(1), "a3d_not-a-real-key")).status).toBe(401);
    const revoked = await createApiKey(db, { brandId: BRAND, name: "old CMS", createdBy: null });
    expect((await push(article(1), revoked.key)).status).toBe(201);
    await revokeApiKey(db, { id: revoked.id, revokedBy: null });
    const res = await push(article(1), revoked.key);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
  });

  it("answers 403 when the body names another brand than the key's", async () => {
    const res = await push({ articles: [article(2), article(3, { brand: BRAND })] }, otherKey);
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.fieldErrors).toHaveProperty(["articles.1.brand"]);
    expect(await db.$count(articles, eq(articles.externalId, "p-2"))).toBe(0);
  });

  it("answers 400 with field paths for a single article and for a batch", async () => {
    const single = await push(article(4, { url: "not a url", publishedAt: "yesterday" }));
    expect(single.status).toBe(400);
    const singleBody = await single.json();
    expect(Object.keys(singleBody.error.fieldErrors).sort()).toEqual(["publishedAt", "url"]);

    const batch = await push({ articles: [article(5), article(6, { title: "" })] });
    expect(batch.status).toBe(400);
    expect((await batch.json()).error.fieldErrors).toHaveProperty(["articles.1.title"]);

    const tooMany = await push({ articles: Array.from({ length: 101 }, (_, i) => article(100 + i)) });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.fieldErrors).toHaveProperty(["articles"]);

    const unknownSection = await push(article(7, { section: "cricket" }));
    expect(unknownSection.status).toBe(400);
    expect((await unknownSection.json()).error.fieldErrors).toHaveProperty(["section"]);

    expect((await push("{not json")).status).toBe(400);
    expect(await db.$count(articles, eq(articles.externalId, "p-5"))).toBe(0);
  });

  it("answers 413 for a body over 5 MB, declared or not", async () => {
    const huge = JSON.stringify(article(8, { body: "x".repeat(5 * 1024 * 1024 + 10) }));
    expect((await push(huge)).status).toBe(413);
    // Streamed without Content-Length: the reader stops at the limit.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const res = await handleArticlePush(
      new Request("http://localhost/api/v1/articles", {
        method: "POST",
        headers: { authorization: `Bearer ${key}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
      deps(),
    );
    expect(res.status).toBe(413);
  });

  it("creates articles and queues one label job each; an identical re-push queues nothing", async () => {
    const res = await push({ articles: [article(10), article(11)] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as PushResponse;
    expect(body.results.map((r) => [r.externalId, r.status, r.queued])).toEqual([
      ["p-10", "created", true],
      ["p-11", "created", true],
    ]);
    const id = body.results[0].id;
    expect(await jobsFor(id)).toBe(1);

    // Labelled meanwhile (as the worker would): the same content is not relabelled.
    await db.insert(articleLabels).values({
      articleId: id,
      classifierVersion: "test",
      lang: "fr",
      iab: [],
      iabIds: [],
      tonality: "optimistic",
      tonalityScores: { optimistic: 0.8, neutral: 0.2, pessimistic: 0, anxious: 0 },
      risk: "none",
      garm: [],
      keywords: [],
      explain: [],
    });
    const again = await push(article(10));
    expect(again.status).toBe(200);
    expect(((await again.json()) as PushResponse).results[0]).toMatchObject({ status: "unchanged", queued: false });
    expect(await jobsFor(id)).toBe(1);

    const changed = await push(article(10, { lead: "Des incidents ont éclaté à l'ouverture." }));
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as PushResponse).results[0]).toMatchObject({ status: "updated", queued: true });
    expect(await jobsFor(id)).toBe(2);
  });

  it("answers 409 for a URL owned by another brand", async () => {
    const owned = await handleArticlePush(
      new Request("http://localhost/api/v1/articles", {
        method: "POST",
        headers: { authorization: `Bearer ${otherKey}` },
        body: JSON.stringify(article(21, { section: undefined, url: `https://push-${run}.example/shared` })),
      }),
      deps(),
    );
    expect(owned.status).toBe(201);
    const res = await push(article(22, { url: `https://push-${run}.example/shared` }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.fieldErrors).toHaveProperty(["url"]);
  });
});
