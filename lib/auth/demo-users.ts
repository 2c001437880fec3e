import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, users, type Role } from "@/db/schema";

export type DemoUser = { email: string; name: string; role: Role; password: string };

/**
 * The demo console accounts, one per role. Documented in the README and printed by
 * `npm run demo`: these passwords are public by design and exist only on demo databases.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "staff@audience3d.demo", name: "Camille Martin", role: "data_staff", password: "demo-staff-2025" },
  { email: "manager@audience3d.demo", name: "Julien Bernard", role: "manager", password: "demo-manager-2025" },
  { email: "admin@audience3d.demo", name: "Sophie Laurent", role: "admin", password: "demo-admin-2025" },
  { email: "readonly@audience3d.demo", name: "Louis Petit", role: "read_only", password: "demo-readonly-2025" },
];

export type EnsureDemoUsersResult = { email: string; role: Role; created: boolean }[];

/**
 * Creates the demo accounts that are missing, with the credential account Better Auth signs
 * in with (password hashed by Better Auth's own scrypt). Idempotent: an existing user keeps
 * its password and role.
 */
export async function ensureDemoUsers(db: Db, demoUsers: readonly DemoUser[] = DEMO_USERS): Promise<EnsureDemoUsersResult> {
  const result: EnsureDemoUsersResult = [];
  for (const demo of demoUsers) {
    const passwordHash = await hashPassword(demo.password);
    const created = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(users)
        .values({ id: randomUUID(), email: demo.email, name: demo.name, role: demo.role, emailVerified: true })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      const [user] = inserted.length
        ? inserted
        : await tx.select({ id: users.id }).from(users).where(eq(users.email, demo.email));
      const credential = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.userId, user.id), eq(accounts.providerId, "credential")));
      if (!credential.length) {
        await tx.insert(accounts).values({
          id: randomUUID(),
          userId: user.id,
          accountId: user.id,
          providerId: "credential",
          password: passwordHash,
        });
      }
      return inserted.length > 0;
    });
    result.push({ email: demo.email, role: demo.role, created });
  }
  return result;
}
