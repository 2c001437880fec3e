import { randomUUID } from "node:crypto";
import { createDb } from "../db/client";
import { articles, brands, events } from "../db/schema";
import { createBoss, startBoss } from "../lib/jobs/boss";
import { enqueueLabelJobs } from "../lib/jobs/enqueue";
import { E2E_BASE_URL, e2eDatabaseUrl } from "./env";
import { expect, signIn, test } from "./fixtures";

/*
 * Blocklist diagnosis end to end: a brand of its own (so the scope and the numbers are the
 * spec's), articles labelled by the real worker and classifier, pageviews; paste a blocklist, read the
 * per-brand shares and a harmless blocked article with the matched word, open the one-page
 * report and download the CSV.
 */

const stamp = Date.now().toString(36);
const BRAND = `e2e-blocklist-${stamp}`;
const BRAND_NAME = `Blocklist Gazette ${stamp}`;
const TART = `Tarte au citron meringuée : la recette de grand-mère ${stamp}`;
const FIXTURES = [
  { title: TART, lead: "Une pâte sablée, un citron bien jaune et une meringue dorée : le dessert préféré des familles.", views: 12 },
  { title: `Attentat déjoué près de la gare, deux suspects interpellés ${stamp}`, lead: "Les enquêteurs antiterroristes ont saisi des explosifs dans un appartement.", views: 8 },
  { title: `Le marché de Noël ouvre ses portes ${stamp}`, lead: "Chalets, vin chaud et artisans locaux jusqu'au 24 décembre.", views: 20 },
];

test.beforeAll(async () => {
  const db = createDb(e2eDatabaseUrl(), 2);
  try {
    await db.insert(brands).values({ id: BRAND, name: BRAND_NAME, kind: "regional_daily", domain: `${BRAND}.example` });
    const rows = await db
      .insert(articles)
      .values(FIXTURES.map((f, i) => ({ brandId: BRAND, externalId: `${stamp}-${i}`, url: `https://${BRAND}.example/${i}`, title: f.title, lead: f.lead, contentHash: `${stamp}-${i}`, source: "seed", publishedAt: new Date(Date.now() - (i + 1) * 3_600_000) })))
      .returning({ id: articles.id });
    // Labelled the production way: jobs on the queue, taken by the running worker.
    const boss = createBoss(e2eDatabaseUrl());
    // startBoss creates the queues: this spec runs first and may beat the worker to it.
    await startBoss(boss);
    await enqueueLabelJobs(boss, db, rows.map((r) => r.id));
    await boss.stop({ graceful: true, wait: true });
    await expect
      .poll(async () => (await db.$client.query("select count(*)::int as n from article_labels where article_id = any($1)", [rows.map((r) => r.id)])).rows[0].n, { timeout: 30_000 })
      .toBe(rows.length);
    await db.insert(events).values(
      rows.flatMap((r, i) =>
        Array.from({ length: FIXTURES[i].views }, () => ({ eventId: randomUUID(), type: "pageview", articleId: r.id, brandId: BRAND, occurredAt: new Date(Date.now() - 600_000) })),
      ),
    );
  } finally {
    await db.$client.end();
  }
});

test("paste a blocklist, see the brand's shares and a harmless blocked article, open the report and the CSV", async ({ page, context }) => {
  // A read-only analysis: the manager role may run it.
  await signIn(page, "manager");
  await context.addCookies([{ name: "a3d_brand", value: BRAND, url: E2E_BASE_URL }]);
  await page.goto("/content/blocklist");
  await expect(page.getByTestId("content-tab-blocklist")).toHaveAttribute("aria-current", "page");

  await page.getByTestId("blocklist-text").fill("# liste de l'annonceur\ncitron\nattentat\nguerre");
  await page.getByTestId("blocklist-submit").click();
  await expect(page.getByTestId("blocklist-results")).toBeVisible({ timeout: 30_000 });

  // One brand in scope; "citron" and "attentat" block 12 + 8 of its 40 pageviews and 2 of its 3 articles.
  const rows = page.getByTestId("blocklist-brand-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(BRAND_NAME);
  await expect(rows.first().getByTestId("blocklist-brand-blocked-share")).toHaveText(/^50\s?%\s*\/\s*66,7\s?%$/);

  // The lemon tart is blocked by "citron" although it is harmless: quoted with the word marked.
  const tart = page.getByTestId("blocklist-harmless-item").filter({ hasText: TART });
  await expect(tart).toBeVisible();
  await expect(tart.locator("mark")).toHaveText("citron");
  await expect(tart.getByTestId("blocklist-reason")).toBeVisible();
  // "guerre" blocks nothing here.
  await expect(page.getByTestId("blocklist-terms")).toContainText("guerre");

  const [report] = await Promise.all([context.waitForEvent("page"), page.getByTestId("blocklist-open-report").click()]);
  await expect(report.getByTestId("blocklist-report")).toBeVisible();
  await expect(report.getByTestId("blocklist-report")).toContainText(TART);
  await expect(report.getByTestId("blocklist-report-removed")).toContainText(/50\s?%/);

  const csv = await page.request.get((await page.getByTestId("blocklist-download-csv").getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("verdict,brand,article_id,title");
  expect(text).toMatch(new RegExp(`blocked_harmless,${BRAND_NAME},\\d+,${TART}`));
});

test("an empty list is refused with a clear message", async ({ page }) => {
  await signIn(page, "manager");
  await page.goto("/content/blocklist");
  await page.getByTestId("blocklist-text").fill("# only a comment\n!!!");
  await page.getByTestId("blocklist-submit").click();
  await expect(page.getByTestId("blocklist-error")).toBeVisible();
  await expect(page.getByTestId("blocklist-results")).toHaveCount(0);
});
