import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Db } from "./client";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** Applies the committed drizzle-kit migrations. Safe to run concurrently (drizzle locks). */
export async function applyMigrations(db: Db) {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

type Journal = { entries: { idx: number; tag: string; when: number }[] };

/** The tag of the latest migration applied to this database, or null when none. */
export async function appliedMigration(db: Db): Promise<{ tag: string; appliedAt: string } | null> {
  const { rows } = await db.$client.query<{ created_at: string }>(
    "select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1",
  );
  if (!rows[0]) return null;
  const journal = JSON.parse(readFileSync(resolve(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as Journal;
  const when = Number(rows[0].created_at);
  const entry = journal.entries.find((e) => e.when === when);
  return { tag: entry?.tag ?? `unknown (${when})`, appliedAt: new Date(when).toISOString() };
}
