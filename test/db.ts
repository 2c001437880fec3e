import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../db/client";
import { applyMigrations } from "../db/migrate";

/** A pool on this run's migrated test database. Close it in afterAll with `db.$client.end()`. */
export function testDb(): Db {
  return createDb(inject("databaseUrl"), 4);
}

/**
 * A migrated database of the test file's own, next to the run's, for tests that replace global
 * tables (the term build): `open()` in beforeAll, `drop()` in afterAll.
 */
export function ownTestDb(prefix: string): { open: () => Promise<Db>; drop: () => Promise<void> } {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: inject("databaseUrl") });
  let db: Db | undefined;
  return {
    async open() {
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(inject("databaseUrl"));
      url.pathname = `/${name}`;
      db = createDb(url.toString(), 4);
      await applyMigrations(db);
      return db;
    },
    async drop() {
      await db?.$client.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
