import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../db/schema/auth";
import { DEMO_USERS } from "../lib/auth/demo-accounts";

export function demoUser(role: Role) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo account for role ${role}`);
  return user;
}

/** Page object for /sign-in. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/sign-in");
  }

  async submit(email: string, password: string) {
    await this.page.getByTestId("sign-in-email").fill(email);
    await this.page.getByTestId("sign-in-password").fill(password);
    await this.page.getByTestId("sign-in-submit").click();
  }

  error() {
    return this.page.getByTestId("sign-in-error");
  }
}

/** Signs in as the demo account of `role` and waits for the overview. */
export async function signIn(page: Page, role: Role = "manager") {
  const user = demoUser(role);
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.submit(user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByTestId("shell-user-menu")).toBeVisible();
  return page;
}

/**
 * `test` with a signed-in page: `test.use({ role: "admin" })` to change the account.
 *
 *   test("…", async ({ signedInPage }) => { await signedInPage.goto("/segments"); … });
 */
export const test = base.extend<{ role: Role; signedInPage: Page }>({
  role: ["manager", { option: true }],
  signedInPage: async ({ page, role }, provide) => {
    await signIn(page, role);
    await provide(page);
  },
});

export { expect };
