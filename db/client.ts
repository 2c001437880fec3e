import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/** One driver everywhere: node-postgres. */
export function createDb(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client error (server restart) must not crash the process.
  pool.on("error", (err) => console.error("[db] idle client error:", err.message));
  return drizzle(pool, { schema }) as Db;
}

let appDb: Db | undefined;

/** The app's shared pool, from DATABASE_URL (set by the start scripts or the operator). */
export function getDb(): Db {
  if (!appDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm run demo` or `npm start`.");
    appDb = createDb(url, Number(process.env.DB_POOL_MAX ?? 10));
  }
  return appDb;
}

export { schema };
