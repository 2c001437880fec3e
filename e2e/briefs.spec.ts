import pg from "pg";
import { createDb } from "../db/client";
import { buildTermAssociations } from "../lib/contextual/terms/build-term-associations";
import { e2eDatabaseUrl } from "./env";
import { expect, signIn, test } from "./fixtures";

/*
 * Briefs end to end on the seeded e2e data: create a brief, set its suitability profile and
 * see the suitable inventory share live, save it (audited), expand seed terms from the
 * corpus and add a suggestion to the brief's keywords.
 */

const db = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
test.afterAll(() => db.end());

test.beforeAll(async () => {
  // The corpus vocabulary is derived data: build it as `npm run terms:build` would.
  const drizzleDb = createDb(e2eDatabaseUrl(), 2);
  try {
    await buildTermAssociations(drizzleDb);
  } finally {
    await drizzleDb.$client.end();
  }
});

test("create a brief, save its suitability profile, add a corpus suggestion to its keywords", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "data_staff");
  await page.goto("/briefs");
  const title = `Sponsor rugby e2e ${Date.now().toString(36)}`;
  // The form starts open when there is no brief yet, folded otherwise: read the <details> state
  // once the page has rendered (checking the input's visibility before that raced and folded it).
  const newBrief = page.getByTestId("briefs-new");
  await expect(newBrief).toBeVisible();
  if ((await newBrief.locator("xpath=..").getAttribute("open")) === null) await newBrief.click();
  await expect(page.getByTestId("briefs-title")).toBeVisible();
  // The zod schema refuses a brief without an advertiser, in the browser, with a message.
  await page.getByTestId("briefs-title").fill(title);
  await page.getByTestId("briefs-create-submit").click();
  await expect(page.getByTestId("briefs-create-form").getByRole("alert")).toBeVisible();
  await page.getByTestId("briefs-advertiser").selectOption({ index: 1 });
  await page.getByTestId("briefs-create-submit").click();
  await page.waitForURL((url) => /^\/briefs\/\d+$/.test(url.pathname));
  const briefId = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  const share = page.getByTestId("briefs-suitable-pageviews");
  await expect(share).toHaveText(/%/, { timeout: 20_000 });
  const before = await share.textContent();
  await page.getByTestId("briefs-tonality-anxious").uncheck();
  await page.getByTestId("briefs-max-risk").selectOption("none");
  // Stricter profile, smaller (or equal) share — recomputed live.
  await expect(share).not.toHaveText(before!, { timeout: 20_000 });
  await page.getByTestId("briefs-suitability-save").click();
  await expect(page.getByTestId("briefs-suitability-saved")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("briefs-tonality-anxious")).not.toBeChecked();
  await expect(page.getByTestId("briefs-max-risk")).toHaveValue("none");

  await page.getByTestId("briefs-seeds").fill("rugby");
  await page.getByTestId("briefs-suggest").click();
  const suggestion = page.getByTestId("briefs-term-suggestion").first();
  await expect(suggestion).toBeVisible({ timeout: 30_000 });
  const term = (await suggestion.getAttribute("data-term"))!;
  await suggestion.getByTestId("briefs-term-add").click();
  await expect(page.getByTestId("briefs-keyword").filter({ hasText: term })).toBeVisible();

  const { rows } = await db.query<{ action: string }>("select action from audit_log where entity_type = 'brief' and entity_id = $1 order by id", [String(briefId)]);
  expect(rows.map((r) => r.action)).toEqual(["brief.create", "brief.suitability_update", "brief.keywords_add"]);
});

test("a read-only user sees a brief's profile but cannot change it", async ({ page }) => {
  const { rows } = await db.query<{ id: number }>(
    `insert into briefs (advertiser_id, title, suitability)
     select id, $1, '{"allowedTonalities":["neutral","optimistic"],"maxRisk":"low","excludedGarm":["terrorism"]}'::jsonb from advertisers order by id limit 1
     returning id`,
    [`Read-only brief ${Date.now().toString(36)}`],
  );
  await signIn(page, "read_only");
  await page.goto(`/briefs/${rows[0].id}`);
  await expect(page.getByTestId("briefs-suitability")).toBeVisible();
  await expect(page.getByTestId("briefs-tonality-neutral")).toBeChecked();
  await expect(page.getByTestId("briefs-tonality-neutral")).toBeDisabled();
  await expect(page.getByTestId("briefs-max-risk")).toHaveValue("low");
  await expect(page.getByTestId("briefs-suitability-save")).toHaveCount(0);
  await page.goto("/briefs");
  await expect(page.getByTestId("briefs-new")).toHaveCount(0);
});
