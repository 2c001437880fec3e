import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { accounts, users } from "@/db/schema";
import { testDb } from "@/test/db";
import { createAuth } from "./auth";
import { DEMO_USERS, ensureDemoUsers } from "./demo-users";

const db = testDb();
const auth = createAuth(db, { ...process.env, BETTER_AUTH_SECRET: "auth-db-test-secret-0123456789abcdef" });
afterAll(() => db.$client.end());

describe("demo users and Better Auth sign-in", () => {
  it("creates the four demo accounts once, with their roles and a hashed password", async () => {
    const first = await ensureDemoUsers(db);
    expect(first.map((u) => u.role).sort()).toEqual(["admin", "data_staff", "manager", "read_only"]);
    const second = await ensureDemoUsers(db);
    expect(second.every((u) => !u.created)).toBe(true);

    for (const demo of DEMO_USERS) {
      const rows = await db
        .select({ role: users.role, password: accounts.password, providerId: accounts.providerId })
        .from(users)
        .innerJoin(accounts, eq(accounts.userId, users.id))
        .where(eq(users.email, demo.email));
      expect(rows).toHaveLength(1);
      expect(rows[0].role).toBe(demo.role);
      expect(rows[0].providerId).toBe("credential");
      expect(rows[0].password).not.toContain(demo.password);
    }
  });

  it("signs in with the right password and returns the stored role", async () => {
    await ensureDemoUsers(db);
    const manager = DEMO_USERS.find((u) => u.role === "manager")!;
    const result = await auth.api.signInEmail({ body: { email: manager.email, password: manager.password } });
    expect(result.token).toBeTruthy();
    expect(result.user.email).toBe(manager.email);
    expect((result.user as { role?: string }).role).toBe("manager");

    const session = await auth.api.getSession({ headers: new Headers({ authorization: `Bearer ${result.token}` }) }).catch(() => null);
    // Bearer is not enabled: the session is only reachable through the signed cookie.
    expect(session).toBeNull();
    const response = await auth.api.signInEmail({ body: { email: manager.email, password: manager.password }, asResponse: true });
    const cookie = response.headers.get("set-cookie")?.split(";")[0];
    expect(cookie).toMatch(/session_token=/);
    const fromCookie = await auth.api.getSession({ headers: new Headers({ cookie: cookie! }) });
    expect(fromCookie?.user.email).toBe(manager.email);
    expect((fromCookie?.user as { role?: string }).role).toBe("manager");
  });

  it("refuses a wrong password and an unknown email", async () => {
    await ensureDemoUsers(db);
    const staff = DEMO_USERS[0];
    await expect(auth.api.signInEmail({ body: { email: staff.email, password: "not-the-password" } })).rejects.toMatchObject({
      status: "UNAUTHORIZED",
    });
    await expect(auth.api.signInEmail({ body: { email: "nobody@audience3d.demo", password: staff.password } })).rejects.toMatchObject({
      status: "UNAUTHORIZED",
    });
  });

  it("does not let anyone sign up", async () => {
    await expect(
      auth.api.signUpEmail({ body: { email: "intruder@example.com", password: "intruder-pass-1", name: "Intruder" } }),
    ).rejects.toBeTruthy();
    const rows = await db.select().from(users).where(eq(users.email, "intruder@example.com"));
    expect(rows).toHaveLength(0);
  });
});
