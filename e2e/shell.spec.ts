import pg from "pg";
import { demoUser, expect, SignInPage, signIn, test } from "./fixtures";
import { e2eDatabaseUrl } from "./env";

const db = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
test.afterAll(() => db.end());

async function count(sql: string, params: unknown[] = []) {
  const { rows } = await db.query<{ n: string }>(sql, params);
  return Number(rows[0].n);
}

/** "12 345" (fr, narrow no-break space) or "12,345" (en) → 12345. */
function parseCount(text: string | null) {
  return Number((text ?? "").replace(/[^\d]/g, ""));
}

test.describe("console shell", () => {
  test("a signed-out visitor is sent to sign-in, a wrong password is refused, the right one opens the overview", async ({ page }) => {
    await page.goto("/segments");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsegments$/);

    const signInPage = new SignInPage(page);
    const manager = demoUser("manager");
    await signInPage.submit(manager.email, "wrong-password");
    await expect(signInPage.error()).toBeVisible();
    await expect(signInPage.error()).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/sign-in/);

    // Keyboard only: the form submits with Enter from the password field.
    await page.getByTestId("sign-in-password").fill(manager.password);
    await page.getByTestId("sign-in-password").press("Enter");
    await page.waitForURL((url) => url.pathname === "/segments");
    await page.getByTestId("nav-overview").click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("shell-user-role")).toHaveText(/Manager/);
  });

  test("the language switcher changes the console's text", async ({ page }) => {
    await signIn(page, "data_staff");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vue d'ensemble");
    await expect(page.getByTestId("nav-content")).toHaveText("Contenus");

    await page.getByTestId("shell-locale-en").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
    await expect(page.getByTestId("nav-content")).toHaveText("Content");
    await expect(page.getByTestId("shell-user-role")).toHaveText("Data staff");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
    await page.getByTestId("shell-locale-fr").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vue d'ensemble");
  });

  test("the overview shows the database's numbers", async ({ page }) => {
    await signIn(page, "manager");
    // The worker may still be labelling articles: compare page and database until they agree.
    await expect(async () => {
      await page.reload();
      const shown = {
        brands: parseCount(await page.getByTestId("overview-brands-value").textContent()),
        articles: parseCount(await page.getByTestId("overview-articles-value").textContent()),
        labelled: parseCount(await page.getByTestId("overview-labelled-articles-value").textContent()),
        profiles: parseCount(await page.getByTestId("overview-profiles-value").textContent()),
        subscribers: parseCount(await page.getByTestId("overview-subscribers-value").textContent()),
        events: parseCount(await page.getByTestId("overview-events-value").textContent()),
        campaigns: parseCount(await page.getByTestId("overview-campaigns-value").textContent()),
        advertisers: parseCount(await page.getByTestId("overview-advertisers-value").textContent()),
        users: parseCount(await page.getByTestId("overview-users-value").textContent()),
      };
      expect(shown).toEqual({
        brands: await count("select count(*) as n from brands"),
        articles: await count("select count(*) as n from articles"),
        labelled: await count("select count(*) as n from article_labels"),
        profiles: await count("select count(*) as n from profiles"),
        subscribers: await count("select count(*) as n from profiles where kind = 'subscriber'"),
        events: await count("select count(*) as n from events"),
        campaigns: await count("select count(*) as n from campaigns"),
        advertisers: await count("select count(*) as n from advertisers"),
        users: await count("select count(*) as n from users"),
      });
      expect(shown.brands).toBeGreaterThan(1);
      expect(shown.articles).toBeGreaterThan(0);
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId("overview-coverage").locator("tbody tr")).toHaveCount(await count("select count(*) as n from brands"));
  });

  test("the brand switcher scopes the numbers and persists", async ({ page }) => {
    await signIn(page, "data_staff");
    const { rows } = await db.query<{ id: string; name: string; articles: string }>(
      `select b.id, b.name, count(a.id) as articles from brands b join articles a on a.brand_id = b.id
       group by b.id, b.name order by count(a.id) asc, b.id limit 1`,
    );
    const brand = rows[0];
    const total = await count("select count(*) as n from articles");
    expect(Number(brand.articles)).toBeLessThan(total);

    await expect.poll(async () => parseCount(await page.getByTestId("overview-articles-value").textContent())).toBe(total);
    await page.getByTestId("shell-brand-select").selectOption(brand.id);
    await expect.poll(async () => parseCount(await page.getByTestId("overview-articles-value").textContent())).toBe(Number(brand.articles));
    await expect(page.getByTestId("overview-scope")).toContainText(brand.name);
    expect(parseCount(await page.getByTestId("overview-events-value").textContent())).toBe(
      await count("select count(*) as n from events where brand_id = $1", [brand.id]),
    );

    // The scope is a cookie: it survives a reload and a visit to another page.
    await page.goto("/segments");
    await page.goto("/");
    await expect(page.getByTestId("shell-brand-select")).toHaveValue(brand.id);
    expect(parseCount(await page.getByTestId("overview-articles-value").textContent())).toBe(Number(brand.articles));

    await page.getByTestId("shell-brand-select").selectOption("all");
    await expect.poll(async () => parseCount(await page.getByTestId("overview-articles-value").textContent())).toBe(total);
  });

  test("sign out ends the session", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/settings");
    await expect(page.getByTestId("settings-users")).toContainText(demoUser("read_only").email);
    await page.getByTestId("shell-user-menu").locator("summary").click();
    await page.getByTestId("shell-sign-out").click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the health endpoint is public and reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(body.migration.tag).toMatch(/^\d{4}_/);
  });
});
