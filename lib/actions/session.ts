import { headers } from "next/headers";
import { ROLES, type Role } from "@/db/schema/auth";
import { auth } from "@/lib/auth/auth";
import { DomainError } from "@/lib/errors";

export type SessionUser = { id: string; email: string; name: string; role: Role };

function toRole(value: unknown): Role {
  // An unknown role in the database gets the least privilege, never more.
  return ROLES.includes(value as Role) ? (value as Role) : "read_only";
}

/** The fields the app uses from Better Auth's user record. */
export function toSessionUser(user: { id: string; email: string; name: string; role?: unknown }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}

/** The signed-in user of the current request, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? toSessionUser(session.user) : null;
}

/** Asserts a role for a user already resolved (pure; used by the action and route wrappers). */
export function assertRole(user: SessionUser | null, roles?: readonly Role[]): SessionUser {
  if (!user) throw new DomainError("unauthenticated", "Sign in to continue.");
  if (roles && roles.length > 0 && !roles.includes(user.role)) {
    throw new DomainError("forbidden", "Your role does not allow this.");
  }
  return user;
}

/**
 * The signed-in user, or a DomainError: "unauthenticated" without a session, "forbidden"
 * when `roles` is given and the user's role is not in it.
 */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  return assertRole(await getSessionUser(), roles);
}
