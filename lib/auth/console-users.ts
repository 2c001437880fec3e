import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { accounts, ROLES, sessions, users, type Role } from "@/db/schema";
import { toFieldErrors } from "@/lib/actions/errors";
import { DomainError } from "@/lib/errors";
import { PASSWORD_LENGTH } from "./password-policy";

/*
 * Console accounts as Better Auth signs them in: a `users` row plus a "credential" account
 * whose password is hashed by Better Auth's own scrypt (better-auth/crypto). The demo
 * accounts and the `user:create` CLI both go through here.
 */

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Better Auth lowercases e-mails when it stores and looks them up: so do we. */
export const ConsoleEmail = z.string().trim().toLowerCase().pipe(z.email("must be a valid e-mail address"));

export const ConsolePassword = z
  .string()
  .min(PASSWORD_LENGTH.min, `must be at least ${PASSWORD_LENGTH.min} characters`)
  .max(PASSWORD_LENGTH.max, `must be at most ${PASSWORD_LENGTH.max} characters`);

export const ConsoleRole = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export const NewConsoleUser = z.object({
  email: ConsoleEmail,
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  role: ConsoleRole,
  password: ConsolePassword,
});
export type NewConsoleUser = z.infer<typeof NewConsoleUser>;

export const ConsolePasswordChange = z.object({ email: ConsoleEmail, password: ConsolePassword });
export type ConsolePasswordChange = z.infer<typeof ConsolePasswordChange>;

export type ConsoleUserRef = { id: string; email: string; role: Role };

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError("invalid", "invalid console user", toFieldErrors(parsed.error));
}

/** Adds the credential account Better Auth signs `userId` in with. */
export async function insertCredentialAccount(tx: Tx, userId: string, passwordHash: string) {
  await tx.insert(accounts).values({ id: randomUUID(), userId, accountId: userId, providerId: "credential", password: passwordHash });
}

/** Creates a console account that can sign in at once. Throws "conflict" when the e-mail is taken. */
export async function createConsoleUser(db: Db, input: NewConsoleUser): Promise<ConsoleUserRef> {
  const user = parse(NewConsoleUser, input);
  const passwordHash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    // ON CONFLICT rather than a prior lookup: two concurrent creations cannot both pass.
    const [created] = await tx
      .insert(users)
      .values({ id: randomUUID(), email: user.email, name: user.name, role: user.role, emailVerified: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!created) throw new DomainError("conflict", "a user with this e-mail already exists", { email: ["already exists"] });
    await insertCredentialAccount(tx, created.id, passwordHash);
    return created;
  });
}

/**
 * Sets an existing account's password and signs it out everywhere (a changed password must
 * not leave old sessions alive). Throws "not_found" for an unknown e-mail.
 */
export async function changeConsoleUserPassword(
  db: Db,
  input: ConsolePasswordChange,
): Promise<ConsoleUserRef & { revokedSessions: number }> {
  const change = parse(ConsolePasswordChange, input);
  const passwordHash = await hashPassword(change.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.email, change.email))
      .for("update");
    if (!user) throw new DomainError("not_found", "no user with this e-mail", { email: ["no such user"] });
    const updated = await tx
      .update(accounts)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(accounts.userId, user.id), eq(accounts.providerId, "credential")))
      .returning({ id: accounts.id });
    if (!updated.length) await insertCredentialAccount(tx, user.id, passwordHash);
    const revoked = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
    return { ...user, revokedSessions: revoked.length };
  });
}
