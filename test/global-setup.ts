import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "../db/client";
import { EMBEDDED_PORTS, startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate";

/*
 * Database tests run against a real PostgreSQL with the real migrations: TEST_DATABASE_URL
 * when set (CI also runs the suite against the machine's PostgreSQL 15), otherwise the
 * embedded cluster under .data/test-pg. Each run gets a fresh database, dropped at the end.
 */

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const runDb = `a3d_test_${process.pid}_${Date.now().toString(36)}`;
  const adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  let serverUrl: string;
  if (adminUrl) {
    serverUrl = adminUrl;
  } else {
    const running = await startEmbeddedPostgres({
      name: "test-pg",
      port: EMBEDDED_PORTS.test,
      database: "postgres",
      // Throwaway data: durability is not the point, speed is.
      postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    });
    serverUrl = running.url;
    stopServer = running.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${runDb}`);
  const url = new URL(serverUrl);
  url.pathname = `/${runDb}`;
  const databaseUrl = url.toString();
  const db = createDb(databaseUrl, 2);
  await applyMigrations(db);
  await db.$client.end();
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    await admin.query(`drop database if exists ${runDb} with (force)`);
    // Another run may still be using the embedded cluster: stop it only when no other run is
    // connected (databases left behind by killed runs must not keep the server alive).
    const { rowCount } = await admin.query(
      "select 1 from pg_stat_activity where datname like 'a3d_test_%' and pid <> pg_backend_pid()",
    );
    await admin.end();
    if (!rowCount) await stopServer();
  };
}

