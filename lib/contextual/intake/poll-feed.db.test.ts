import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { hostname } from "node:os";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleLabels, articles, brandFeeds, brands, sections } from "@/db/schema";
import { testDb } from "@/test/db";
import { pollDueFeeds, pollFeed } from "./poll-feed";

/*
 * Feed polling against a real HTTP server on loopback serving fixture RSS and Atom files:
 * conditional requests (ETag, Last-Modified), changed items, HTTP and parse errors.
 */

const db = testDb();
const run = Date.now().toString(36);
const BRAND = `t-feed-${run}`;
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "__fixtures__", name), "utf8");

type Route = { body: string; etag?: string; lastModified?: string; status?: number; type?: string; location?: string };
const routes = new Map<string, Route>();
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let base: string;
/** The fixture server is on loopback, which feeds may never reach: tests alone allow it. */
const LOOPBACK = { allowAddresses: ["127.0.0.1"] };

function feedUrl(path: string) {
  return `${base}${path}`;
}

async function addFeed(path: string) {
  const [row] = await db.insert(brandFeeds).values({ brandId: BRAND, url: feedUrl(path) }).returning();
  return row.id;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", headers: req.headers });
    const route = routes.get(req.url ?? "");
    if (!route) return void res.writeHead(404).end("not found");
    if (route.location) return void res.writeHead(route.status ?? 302, { location: route.location }).end();
    if (route.status && route.status !== 200) return void res.writeHead(route.status).end("boom");
    const notModified =
      (route.etag && req.headers["if-none-match"] === route.etag) ||
      (route.lastModified && req.headers["if-modified-since"] === route.lastModified);
    if (notModified) return void res.writeHead(304).end();
    const headers: Record<string, string> = { "content-type": route.type ?? "application/rss+xml; charset=utf-8" };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers["last-modified"] = route.lastModified;
    res.writeHead(200, headers).end(route.body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await db.insert(brands).values({ id: BRAND, name: "Feed test", kind: "sports", domain: "feeds.example" });
  await db.insert(sections).values([
    { brandId: BRAND, slug: "rugby", name: "Rugby" },
    { brandId: BRAND, slug: "football", name: "Football" },
    { brandId: BRAND, slug: "economy", name: "Economy" },
  ]);
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await db.$client.end();
});

describe("pollFeed", () => {
  it("stores RSS items as rss articles, then uses the ETag and relabels only what changed", async () => {
    const rss = fixture("brand-feed.rss.xml");
    routes.set("/sport.rss", { body: rss, etag: '"v1"' });
    const feedId = await addFeed("/sport.rss");

    const first = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(first).toMatchObject({ status: "ok", items: 3, skipped: 1 });
    expect(first.toLabel).toHaveLength(3);
    const stored = await db
      .select({ externalId: articles.externalId, source: articles.source, lang: articles.lang, sectionId: articles.sectionId, lead: articles.lead })
      .from(articles)
      .where(eq(articles.brandId, BRAND));
    expect(stored.map((a) => a.externalId).sort()).toEqual(["cms-1001", "cms-1002", "https://feeds.example/sport/voile-vendee-globe"]);
    expect(stored.every((a) => a.source === "rss" && a.lang === "fr")).toBe(true);
    const rugby = stored.find((a) => a.externalId === "cms-1001")!;
    expect(rugby.sectionId).not.toBeNull();
    expect(rugby.lead).toBe("Portés par un public en fusion, les Bleus ont arraché la victoire dans les dernières minutes.");
    const [feed] = await db.select().from(brandFeeds).where(eq(brandFeeds.id, feedId));
    expect(feed).toMatchObject({ etag: '"v1"', lastError: null, lastItemCount: 4 });
    expect(feed.lastPolledAt).toBeInstanceOf(Date);

    const second = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(second).toMatchObject({ status: "not_modified", toLabel: [] });
    expect(seen.at(-1)?.headers["if-none-match"]).toBe('"v1"');

    // Label everything, then change one item's text: only that one needs the classifier again.
    for (const id of first.toLabel) {
      await db.insert(articleLabels).values({
        articleId: id, classifierVersion: "test", lang: "fr", iab: [], iabIds: [], tonality: "neutral",
        tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 }, risk: "none", garm: [], keywords: [], explain: [],
      });
    }
    routes.set("/sport.rss", { body: rss.replace("La préfecture a pris la décision", "Le préfet a tranché"), etag: '"v2"' });
    const third = await pollFeed(db, { feedId, ...LOOPBACK });
    const [derby] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.brandId, BRAND), eq(articles.externalId, "cms-1002")));
    expect(third).toMatchObject({ status: "ok", items: 3, toLabel: [derby.id] });
  });

  it("reads Atom with Last-Modified / If-Modified-Since and the feed's language", async () => {
    const lastModified = "Mon, 23 Nov 2026 09:00:00 GMT";
    routes.set("/business.atom", { body: fixture("brand-feed.atom.xml"), lastModified, type: "application/atom+xml" });
    const feedId = await addFeed("/business.atom");
    const first = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(first).toMatchObject({ status: "ok", items: 2, skipped: 0 });
    const [seed] = await db.select().from(articles).where(eq(articles.url, "https://atom.example/economy/record-seed-round"));
    expect(seed).toMatchObject({ lang: "en", source: "rss", externalId: "urn:uuid:5f1c8a4e-0000-4000-8000-000000000101" });
    expect(seed.body).toContain("80 million euros");
    expect(seed.publishedAt.toISOString()).toBe("2026-11-23T08:30:00.000Z");

    const second = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(second.status).toBe("not_modified");
    expect(seen.at(-1)?.headers["if-modified-since"]).toBe(lastModified);
  });

  it("records HTTP and parse errors on the feed and clears them after a good poll", async () => {
    routes.set("/down.rss", { body: "", status: 503 });
    const feedId = await addFeed("/down.rss");
    const failed = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(failed).toMatchObject({ status: "error", error: "HTTP 503" });
    let [feed] = await db.select().from(brandFeeds).where(eq(brandFeeds.id, feedId));
    expect(feed.lastError).toBe("HTTP 503");

    routes.set("/down.rss", { body: "<html><body>Maintenance</body></html>", type: "text/html" });
    const garbage = await pollFeed(db, { feedId, ...LOOPBACK });
    expect(garbage.status).toBe("error");
    [feed] = await db.select().from(brandFeeds).where(eq(brandFeeds.id, feedId));
    expect(feed.lastError).toBeTruthy();

    routes.set("/down.rss", { body: fixture("brand-feed.rss.xml").replaceAll("feeds.example", "down.example") });
    expect((await pollFeed(db, { feedId, ...LOOPBACK })).status).toBe("ok");
    [feed] = await db.select().from(brandFeeds).where(eq(brandFeeds.id, feedId));
    expect(feed.lastError).toBeNull();
  });

  it("pollDueFeeds polls enabled feeds whose last poll is older than the interval", async () => {
    routes.set("/due.rss", { body: fixture("brand-feed.rss.xml").replaceAll("feeds.example", "due.example"), etag: '"d1"' });
    routes.set("/disabled.rss", { body: fixture("brand-feed.rss.xml").replaceAll("feeds.example", "disabled.example") });
    const due = await addFeed("/due.rss");
    const disabled = await addFeed("/disabled.rss");
    await db.update(brandFeeds).set({ isEnabled: false }).where(eq(brandFeeds.id, disabled));
    const results = await pollDueFeeds(db, { intervalSeconds: 300, ...LOOPBACK });
    const polled = results.map((r) => r.feedId);
    expect(polled).toContain(due);
    expect(polled).not.toContain(disabled);
    // Everything was just polled: nothing is due any more.
    const again = await pollDueFeeds(db, { intervalSeconds: 300, ...LOOPBACK });
    expect(again.map((r) => r.feedId)).not.toContain(due);
  });

  it("refuses loopback, private and metadata addresses at fetch time, before connecting, redirects included", async () => {
    routes.set("/guarded.rss", { body: fixture("brand-feed.rss.xml").replaceAll("feeds.example", "guarded.example") });
    const errorOf = async (feedId: number) => (await db.select({ e: brandFeeds.lastError }).from(brandFeeds).where(eq(brandFeeds.id, feedId)))[0].e;

    // Without the tests' allow-list the fixture server itself is out of bounds.
    const direct = await addFeed("/guarded.rss");
    expect(await pollFeed(db, { feedId: direct })).toMatchObject({ status: "error", error: "refused address (loopback)" });
    expect(await errorOf(direct)).toBe("refused address (loopback)");
    // A name is checked by what it resolves to (the machine's own name: loopback or a private address).
    const [named] = await db.insert(brandFeeds).values({ brandId: BRAND, url: `${base.replace("127.0.0.1", hostname())}/guarded.rss` }).returning();
    expect((await pollFeed(db, { feedId: named.id })).error).toMatch(/^refused address|ENOTFOUND|EAI_AGAIN/);
    const [local] = await db.insert(brandFeeds).values({ brandId: BRAND, url: `${base.replace("127.0.0.1", "localhost")}/guarded.rss` }).returning();
    expect((await pollFeed(db, { feedId: local.id, ...LOOPBACK })).error).toBe("refused address (loopback)");
    expect(seen).toEqual([]);

    // Every redirect is checked: to the metadata service, to a private network, to another scheme.
    routes.set("/to-metadata.rss", { body: "", location: "http://169.254.169.254/latest/meta-data/" });
    routes.set("/to-private.rss", { body: "", status: 301, location: "http://[::ffff:10.0.0.7]/feed.rss" });
    routes.set("/to-file.rss", { body: "", status: 307, location: "file:///etc/passwd" });
    for (const [path, error] of [["/to-metadata.rss", "refused address (metadata)"], ["/to-private.rss", "refused address (private)"], ["/to-file.rss", "refused URL (not_http)"]]) {
      const feedId = await addFeed(path);
      expect(await pollFeed(db, { feedId, ...LOOPBACK })).toMatchObject({ status: "error", error });
    }
    expect(seen.map((s) => s.path)).toEqual(["/to-metadata.rss", "/to-private.rss", "/to-file.rss"]);

    // A redirect to a public-or-allowed place is followed.
    routes.set("/moved.rss", { body: "", status: 301, location: "/guarded.rss" });
    const moved = await addFeed("/moved.rss");
    expect(await pollFeed(db, { feedId: moved, ...LOOPBACK })).toMatchObject({ status: "ok", items: 3 });
  });
});
