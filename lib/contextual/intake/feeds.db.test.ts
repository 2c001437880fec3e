import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, brandFeeds, brands, users } from "@/db/schema";
import { runAction } from "@/lib/actions/action";
import type { SessionUser } from "@/lib/actions/session";
import { testDb } from "@/test/db";
import { AddFeed, addFeed } from "./feeds";

/*
 * Saving a feed (Settings → Feeds): a URL that is not http(s) or leads to loopback, a
 * private or link-local network, CGNAT, unique-local IPv6 or a metadata service is refused
 * with a field error on "url" (a code the console translates), and nothing is written.
 */
const db = testDb();
const run = Date.now().toString(36);
const BRAND = `t-feeds-save-${run}`;
const ADMIN: SessionUser = { id: `t-feeds-admin-${run}`, email: `feeds-admin-${run}@example.test`, name: "Feeds Admin", role: "admin" };

beforeAll(async () => {
  await db.insert(brands).values({ id: BRAND, name: "Feeds save", kind: "regional_daily", domain: "feeds-save.example" });
  await db.insert(users).values({ id: ADMIN.id, name: ADMIN.name, email: ADMIN.email, role: "admin" });
});
afterAll(() => db.$client.end());

/** The console's action pipeline (session role → zod → handler → ActionResult) around addFeed. */
const save = (url: string) =>
  runAction({ name: "addFeed", roles: ["admin"], input: AddFeed }, (input, { user }) => addFeed(db, { ...input, actorId: user.id }), ADMIN, { brandId: BRAND, url });

const feedsOfBrand = () => db.select().from(brandFeeds).where(eq(brandFeeds.brandId, BRAND));
const feedAudits = () => db.select().from(auditLog).where(and(eq(auditLog.action, "feed.add"), eq(auditLog.actorId, ADMIN.id)));

describe("saving a feed URL", () => {
  it.each([
    ["ftp://feeds.example/rss.xml", "not_http"],
    ["file:///etc/passwd", "not_http"],
    ["http://127.0.0.1:8080/rss.xml", "loopback"],
    ["http://localhost/rss.xml", "loopback"],
    ["http://[::1]/rss.xml", "loopback"],
    ["https://10.20.30.40/rss.xml", "private"],
    ["https://172.20.1.1/rss.xml", "private"],
    ["https://192.168.1.1/rss.xml", "private"],
    ["http://169.254.10.1/rss.xml", "link_local"],
    ["http://100.80.1.1/rss.xml", "cgnat"],
    ["http://[fd00:1::1]/rss.xml", "unique_local"],
    ["http://169.254.169.254/latest/meta-data/", "metadata"],
    ["http://metadata.google.internal/computeMetadata/v1/", "metadata"],
  ])("refuses %s with the field error %s and writes nothing", async (url, code) => {
    const result = await save(url);
    expect(result).toEqual({ ok: false, code: "invalid", message: "Invalid input.", fieldErrors: { url: [code] } });
    expect(await feedsOfBrand()).toEqual([]);
  });

  it("checks again in addFeed itself (callers other than the console), before any write", async () => {
    await expect(addFeed(db, { brandId: BRAND, url: "http://[::ffff:192.168.0.1]/rss", actorId: ADMIN.id })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { url: ["private"] },
    });
    await expect(addFeed(db, { brandId: BRAND, url: "gopher://feeds.example/", actorId: ADMIN.id })).rejects.toMatchObject({ fieldErrors: { url: ["not_http"] } });
    expect(await feedsOfBrand()).toEqual([]);
    expect(await feedAudits()).toEqual([]);
  });

  it("saves a public feed (a name that does not resolve yet is checked again at every poll)", async () => {
    const result = await save("https://feeds-save.invalid/une.xml");
    expect(result.ok).toBe(true);
    const feeds = await feedsOfBrand();
    expect(feeds.map((f) => f.url)).toEqual(["https://feeds-save.invalid/une.xml"]);
    expect(await feedAudits()).toHaveLength(1);
    // Paused: pollDueFeeds in poll-feed.db.test.ts must not try to fetch it.
    await db.update(brandFeeds).set({ isEnabled: false }).where(eq(brandFeeds.brandId, BRAND));
  });
});
