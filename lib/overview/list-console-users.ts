import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Role } from "@/db/schema";

export type ConsoleUser = { id: string; name: string; email: string; role: Role; createdAt: Date };

/** Console accounts for the admin's Settings page. */
export async function listConsoleUsers(db: Db): Promise<ConsoleUser[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}
