/**
 * A named, migrated database on the bench cluster (embedded, port 54349) or on DATABASE_URL's
 * server. `fresh` drops and recreates it; otherwise an existing one is reused. `close()` ends the
 * pool and stops the embedded cluster.
 */
import pg from "pg";
import { createDb, type Db } from "../db/client";
import { EMBEDDED_PORTS, startEmbeddedPostgres, stopOnSignals } from "../db/embedded";
import { applyMigrations } from "../db/migrate";

export async function openBenchDatabase(name: string, opts: { fresh: boolean; pool: number }): Promise<{ db: Db; close: () => Promise<void> }> {
  const running = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ name: "bench-pg", port: EMBEDDED_PORTS.bench, database: "postgres" });
  stopOnSignals(running.stop);
  const admin = new pg.Client({ connectionString: running.url });
  await admin.connect();
  if (opts.fresh) await admin.query(`drop database if exists ${name} with (force)`);
  const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
  if (!rowCount) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(running.url);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), opts.pool);
  const close = async () => {
    await db.$client.end();
    await running.stop();
  };
  try {
    await applyMigrations(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, close };
}
