/**
 * npm run demo — the console with demo data, from nothing: the database (DATABASE_URL, else
 * the embedded PostgreSQL under .data/pg), migrations, the demo news group seeded when the
 * database is empty, the demo accounts, a production build (skipped when fresh), then
 * `next start` on PORT (default 3000) and the job worker. Ctrl-C stops everything.
 *
 *   PORT            console port (default 3000)
 *   NEXT_DIST_DIR   build folder (default .next)
 *   DEMO_SEED_ARGS  extra arguments for scripts/seed.ts, e.g. "--profiles 20000"
 */
import { resolve } from "node:path";
import {
  ROOT,
  Supervisor,
  createDb,
  createDemoUsers,
  isBuildFresh,
  isDatabaseEmpty,
  log,
  migrate,
  openDatabase,
  printWelcome,
  runNext,
  runTsx,
  waitForHealth,
} from "./support/console";

const port = Number(process.env.PORT ?? 3000);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const database = await openDatabase();
const db = createDb(database.url, 2);
const supervisor = new Supervisor(database, db);
const env = { DATABASE_URL: database.url, PORT: String(port), NEXT_DIST_DIR: distDir };

try {
  await migrate(db);
  if (await isDatabaseEmpty(db)) {
    log("empty database: seeding the demo news group (about a minute the first time)");
    const extra = process.env.DEMO_SEED_ARGS?.split(/\s+/).filter(Boolean) ?? [];
    await runTsx(resolve(ROOT, "scripts/seed.ts"), extra, env);
  }
  // Term expansion reads derived tables: build them once the corpus is there (the watermark
  // marks a build that also filled corpus_term_articles; older builds are redone once).
  const { rows } = await db.$client.query("select exists (select 1 from watermarks where name = 'corpus_terms') as built");
  if (!rows[0].built) {
    log("building brief term expansion from the articles");
    await runTsx(resolve(ROOT, "scripts/build-terms.ts"), [], env);
  }
  await createDemoUsers(db);
  if (isBuildFresh(distDir)) log(`build in ${distDir} is up to date`);
  else {
    log(`building the console into ${distDir}`);
    await runNext(["build"], env);
  }
} catch (error) {
  log(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stop(1, "error");
}

supervisor.spawnNext(["start", "-p", String(port)], env);
supervisor.spawnTsx("worker", resolve(ROOT, "scripts/worker.ts"), env);
if (await waitForHealth(port)) printWelcome(port);
else log(`the console did not answer on port ${port} within 2 minutes`);
