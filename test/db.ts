import { inject } from "vitest";
import { createDb, type Db } from "../db/client";

/** A pool on this run's migrated test database. Close it in afterAll with `db.$client.end()`. */
export function testDb(): Db {
  return createDb(inject("databaseUrl"), 4);
}
