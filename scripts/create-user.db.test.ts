import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { accounts, users } from "@/db/schema";
import { createAuth } from "@/lib/auth/auth";
import { testDb } from "@/test/db";

/*
 * The user:create CLI as an operator runs it: a child process on DATABASE_URL, password in
 * USER_PASSWORD. The accounts it makes must sign in through the app's own Better Auth.
 */

const db = testDb();
const auth = createAuth(db, { ...process.env, BETTER_AUTH_SECRET: "create-user-db-test-secret-0123456789" });
afterAll(() => db.$client.end());

const run = Date.now().toString(36);
const SCRIPT = resolve(import.meta.dirname, "create-user.ts");

type CliResult = { code: number; stdout: string; stderr: string };

function createUserCli(args: string[], password?: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: inject("databaseUrl") };
  delete env.USER_PASSWORD;
  if (password !== undefined) env.USER_PASSWORD = password;
  return new Promise((done) => {
    // stdin is a pipe, not a terminal: without USER_PASSWORD the CLI must refuse, not hang.
    execFile(process.execPath, ["--import", "tsx", SCRIPT, ...args], { env, timeout: 20_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function signIn(email: string, password: string) {
  return auth.api.signInEmail({ body: { email, password } });
}

async function countUsers(email: string) {
  return (await db.select({ id: users.id }).from(users).where(eq(users.email, email))).length;
}

describe("npm run user:create", () => {
  it("creates an admin who signs in with the app's sign-in, without ever printing the password", async () => {
    const password = `first-admin-${run}-pw`;
    const result = await createUserCli(["--email", `  Ops.Admin-${run}@Example.TEST `, "--role", "admin", "--name", "Ops Admin"], password);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const email = `ops.admin-${run}@example.test`;
    expect(result.stdout).toContain(email);
    expect(result.stdout + result.stderr).not.toContain(password);

    const [row] = await db
      .select({ name: users.name, role: users.role, hash: accounts.password })
      .from(users)
      .innerJoin(accounts, eq(accounts.userId, users.id))
      .where(eq(users.email, email));
    expect(row).toMatchObject({ name: "Ops Admin", role: "admin" });
    expect(row.hash).not.toContain(password);

    const session = await signIn(email, password);
    expect(session.user.email).toBe(email);
    expect((session.user as { role?: string }).role).toBe("admin");
    await expect(signIn(email, `${password}-wrong`)).rejects.toMatchObject({ status: "UNAUTHORIZED" });
  });

  it("rejects bad input with exit code 2 and creates nothing", async () => {
    const email = `bad-input-${run}@example.test`;
    const [badRole, badEmail, shortPassword, passwordFlag, noPassword] = await Promise.all([
      createUserCli(["--email", email, "--role", "superuser"], "long-enough-pw"),
      createUserCli(["--email", "not-an-email", "--role", "admin"], "long-enough-pw"),
      createUserCli(["--email", email, "--role", "admin"], "short"),
      createUserCli(["--email", email, "--role", "admin", "--password", "long-enough-pw"]),
      createUserCli(["--email", email, "--role", "admin"]),
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role: must be one of data_staff, manager, admin, read_only");
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain("--email: must be a valid e-mail address");
    expect(shortPassword.code).toBe(2);
    expect(shortPassword.stderr).toContain("password: must be at least 8 characters");
    expect(passwordFlag.code).toBe(2);
    expect(passwordFlag.stderr).toContain("unknown flag(s): --password");
    expect(passwordFlag.stderr).not.toContain("long-enough-pw");
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain("set USER_PASSWORD");
    expect(await countUsers(email)).toBe(0);
  });

  it("refuses a duplicate e-mail (exit 1, first password kept); --update-password changes it and signs the user out", async () => {
    const email = `twice-${run}@example.test`;
    const first = `first-pass-${run}`;
    const second = `second-pass-${run}`;
    expect((await createUserCli(["--email", email, "--role", "data_staff"], first)).code).toBe(0);
    const oldSession = await auth.api.signInEmail({ body: { email, password: first }, asResponse: true });
    const cookie = oldSession.headers.get("set-cookie")!.split(";")[0];
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();

    const duplicate = await createUserCli(["--email", email.toUpperCase(), "--role", "admin"], second);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
    expect(await countUsers(email)).toBe(1);
    expect((await signIn(email, first)).user.email).toBe(email);
    await expect(signIn(email, second)).rejects.toMatchObject({ status: "UNAUTHORIZED" });

    const update = await createUserCli(["--email", email, "--update-password"], second);
    expect(update.stderr).toBe("");
    expect(update.code).toBe(0);
    expect(update.stdout).not.toContain(second);
    expect((await signIn(email, second)).user.email).toBe(email);
    await expect(signIn(email, first)).rejects.toMatchObject({ status: "UNAUTHORIZED" });
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.email, email));
    expect(row.role).toBe("data_staff");
  });

  it("--update-password on an unknown e-mail exits 1 and creates nothing", async () => {
    const email = `nobody-${run}@example.test`;
    const result = await createUserCli(["--email", email, "--update-password"], "long-enough-pw");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no account with e-mail");
    expect(await countUsers(email)).toBe(0);
  });
});
