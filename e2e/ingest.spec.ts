import type { Page, Response } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./env";
import { expect, signIn, test } from "./fixtures";

/*
 * The site tag end to end on the production build: a reader opens a public demo article
 * (no sign-in), the tag served at /tag.js posts a pageview then engaged-time heartbeats to
 * /api/collect with the page's TC string; a console user then sees those events arrive in the
 * engagement page's live panel — linked with consent, unlinked with a refusal.
 */

const db = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
test.afterAll(() => db.end());

type CollectBody = { tc?: string; browserId: string; events: { id: string; type: string; article: string; engagedSeconds: number; scrollDepth: number }[] };

/** Stored events of a sent batch, with their link state (keepalive responses expose no body to the test). */
async function storedEvents(body: CollectBody) {
  const { rows } = await db.query<{ event_id: string; profile_id: string | null; article_id: string | null }>(
    "select event_id, profile_id, article_id from events where event_id = any($1::uuid[])",
    [body.events.map((e) => e.id)],
  );
  return rows;
}

function isCollect(response: Response) {
  return response.url().endsWith("/api/collect") && response.request().method() === "POST";
}

async function firstDemoArticle(page: Page) {
  await page.goto("/demo");
  const link = page.getByTestId("demo-article-link").first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  return Number(href.split("/").pop());
}

test.describe("site tag → collect → engagement panel", () => {
  test("the tag is served with caching headers and an ETag", async ({ request }) => {
    const res = await request.get("/tag.js");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("javascript");
    expect(res.headers()["cache-control"]).toContain("max-age=3600");
    const etag = res.headers()["etag"];
    expect(etag).toBeTruthy();
    expect((await res.body()).length).toBeGreaterThan(1000);
    const again = await request.get("/tag.js", { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
  });

  test("a demo article's pageview and heartbeat arrive in the engagement panel, linked only with consent", async ({ page, browser }) => {
    // Four pages, a sign-in and a real heartbeat interval: ~30 s alone, up to ~60 s on a busy machine.
    test.slow();
    const articleId = await firstDemoArticle(page);

    // Consenting reader: pageview on load, then a heartbeat after 5 engaged seconds.
    const pageview = page.waitForResponse(isCollect);
    await page.goto(`/demo/articles/${articleId}?heartbeat=5`);
    await expect(page.getByTestId("demo-title")).toBeVisible();
    const title = (await page.getByTestId("demo-title").textContent())!.trim();
    const first = await pageview;
    expect(first.status()).toBe(200);
    const sent = first.request().postDataJSON() as CollectBody;
    expect(sent.tc).toMatch(/^C/);
    expect(sent.events[0]).toMatchObject({ type: "pageview", article: String(articleId) });
    const stored = await storedEvents(sent);
    expect(stored).toHaveLength(1);
    expect(Number(stored[0].article_id)).toBe(articleId);
    expect(stored[0].profile_id).not.toBeNull();
    // The first-party id is stored only because purpose 1 is consented.
    const storedId = await page.evaluate(() => localStorage.getItem("a3d_bid"));
    expect(storedId).toBe(sent.browserId);

    const heartbeat = page.waitForResponse((r) => isCollect(r) && (r.request().postData() ?? "").includes('"heartbeat"'), { timeout: 20_000 });
    await page.mouse.wheel(0, 600); // activity + scroll
    const beat = await heartbeat;
    expect(beat.status()).toBe(200);
    const beatEvents = (beat.request().postDataJSON() as CollectBody).events.filter((e) => e.type === "heartbeat");
    expect(beatEvents[0].engagedSeconds).toBeGreaterThanOrEqual(5);
    const storedBeat = await storedEvents(beat.request().postDataJSON() as CollectBody);
    expect(storedBeat.length).toBeGreaterThanOrEqual(1);
    expect(storedBeat.every((e) => e.profile_id === stored[0].profile_id)).toBe(true);

    const { rows } = await db.query<{ n: string; linked: string }>(
      "select count(*) as n, count(profile_id) as linked from events e join profiles p on p.id = e.profile_id where p.external_id = $1 and e.article_id = $2",
      [sent.browserId, articleId],
    );
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(2);

    // Refusing reader in a fresh context: stored, but never tied to a browser, nothing persisted.
    const refusing = await browser.newPage();
    const refused = refusing.waitForResponse(isCollect);
    await refusing.goto(`/demo/articles/${articleId}?consent=refused`);
    const refusedRes = await refused;
    expect(refusedRes.status()).toBe(200);
    const refusedStored = await storedEvents(refusedRes.request().postDataJSON() as CollectBody);
    expect(refusedStored).toHaveLength(1);
    expect(refusedStored[0].profile_id).toBeNull();
    expect(await refusing.evaluate(() => localStorage.getItem("a3d_bid"))).toBeNull();
    const refusedId = (refusedRes.request().postDataJSON() as CollectBody).browserId;
    expect((await db.query("select 1 from profiles where external_id = $1", [refusedId])).rowCount).toBe(0);
    await refusing.close();

    // The console: both states appear in the live panel, with the article's title.
    const console = await browser.newPage();
    await signIn(console, "data_staff");
    await console.goto("/engagement");
    await expect(console.getByTestId("engagement-live")).toBeVisible();
    const rowsForArticle = console.locator(`[data-testid="engagement-event-row"][data-article-id="${articleId}"]`);
    await expect(rowsForArticle.first()).toBeVisible();
    await expect(rowsForArticle.first()).toContainText(title.slice(0, 30));
    await expect(rowsForArticle.getByTestId("engagement-event-consent").filter({ hasText: /^lié$/ }).first()).toBeVisible();
    await expect(rowsForArticle.getByTestId("engagement-event-consent").filter({ hasText: /^non lié$/ }).first()).toBeVisible();
    await expect(console.getByTestId("engagement-totals")).toBeVisible();

    // Live: a new pageview shows up without reloading the console (2 s polling).
    const before = await rowsForArticle.count();
    const lastMinuteBefore = Number(((await console.getByTestId("engagement-last-minute-value").textContent()) ?? "").replace(/[^\d]/g, ""));
    const another = await browser.newPage();
    const anotherView = another.waitForResponse(isCollect);
    await another.goto(`/demo/articles/${articleId}`);
    expect((await anotherView).status()).toBe(200);
    await another.close();
    await expect
      .poll(async () => Number(((await console.getByTestId("engagement-last-minute-value").textContent()) ?? "").replace(/[^\d]/g, "")), { timeout: 10_000 })
      .toBeGreaterThan(lastMinuteBefore);
    await expect.poll(() => rowsForArticle.count(), { timeout: 10_000 }).toBeGreaterThan(Math.min(before, 24));
    await console.close();
  });

  test("the collect endpoint answers CORS preflights and rejects bad batches with field paths", async ({ request }) => {
    const preflight = await request.fetch("/api/collect", {
      method: "OPTIONS",
      headers: { origin: "https://www.brand.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    const bad = await request.post("/api/collect", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ browserId: "e2e-browser-id-000001", events: [{ id: "nope", type: "pageview", brand: "x", article: 1, occurredAt: "now" }] }),
    });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["events.0.id", "events.0.occurredAt"]));
  });
});
