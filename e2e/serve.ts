/**
 * The e2e web server (started by playwright.config.ts): a FRESH e2e database on its own
 * embedded cluster (.data/e2e-pg, port 54359) unless E2E_DATABASE_URL is set, migrations,
 * a small seed, the demo accounts, then `next start` on PORT (default 3100) from
 * NEXT_DIST_DIR, plus the job worker. SIGTERM stops it all in order.
 *
 *   E2E_SEED_ARGS   arguments for scripts/seed.ts (default "--profiles 2000 --days 14 --seed 7")
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { ROOT, Supervisor, createDb, createDemoUsers, log, migrate, runTsx } from "../scripts/support/console";
import { E2E_PG, E2E_PORT, e2eDatabaseUrl } from "./env";
import { insertMinimalFixtures } from "./seed-fixtures";

const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
if (!existsSync(resolve(ROOT, distDir, "BUILD_ID"))) {
  log(`no production build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first`);
  process.exit(1);
}

let database = { url: e2eDatabaseUrl(), stop: async () => {} };
if (!process.env.E2E_DATABASE_URL) {
  const server = await startEmbeddedPostgres({
    name: E2E_PG.name,
    port: E2E_PG.port,
    database: "postgres",
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
  });
  // Every run starts from an empty database: specs own the data they add.
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`drop database if exists ${E2E_PG.database} with (force)`);
  await admin.query(`create database ${E2E_PG.database}`);
  await admin.end();
  database = { url: e2eDatabaseUrl(), stop: server.stop };
}

const db = createDb(database.url, 2);
const supervisor = new Supervisor(database, db);
const env = { DATABASE_URL: database.url, PORT: String(E2E_PORT), NEXT_DIST_DIR: distDir };
try {
  await migrate(db);
  const { rows } = await db.$client.query<{ n: string }>("select count(*) as n from brands");
  if (Number(rows[0].n) === 0) {
    const seedScript = resolve(ROOT, "scripts/seed.ts");
    if (existsSync(seedScript)) {
      const args = (process.env.E2E_SEED_ARGS ?? "--profiles 2000 --days 14 --seed 7").split(/\s+/).filter(Boolean);
      log(`seeding a small dataset: ${args.join(" ")}`);
      await runTsx(seedScript, args, env);
    } else {
      log("no scripts/seed.ts: inserting minimal fixtures");
      await insertMinimalFixtures(db);
    }
  }
  await createDemoUsers(db);
} catch (error) {
  log(`e2e server failed: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stop(1, "error");
}
supervisor.spawnNext(["start", "-p", String(E2E_PORT)], env);
if (existsSync(resolve(ROOT, "scripts/worker.ts"))) supervisor.spawnTsx("worker", resolve(ROOT, "scripts/worker.ts"), env);
