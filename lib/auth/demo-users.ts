import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accounts, users, type Role } from "@/db/schema";
import { insertCredentialAccount } from "./console-users";
import { DEMO_USERS, type DemoUser } from "./demo-accounts";

export { DEMO_USERS, type DemoUser };

export type EnsureDemoUsersResult = { email: string; role: Role; created: boolean }[];

/**
 * Creates the demo accounts that are missing, with the credential account Better Auth signs
 * in with (password hashed by Better Auth's own scrypt, as for every console account; see
 * console-users.ts). Idempotent: an existing user keeps its password and role.
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
      if (!credential.length) await insertCredentialAccount(tx, user.id, passwordHash);
      return inserted.length > 0;
    });
    result.push({ email: demo.email, role: demo.role, created });
  }
  return result;
}
