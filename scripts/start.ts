/**
 * npm start — serves an existing production build (`npm run build` first) with the job
 * worker: database (DATABASE_URL, else the embedded one), migrations, `next start` on PORT.
 * It neither seeds nor creates accounts: demo accounts come from `npm run demo` only, so a
 * real deployment never gets public demo passwords.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT, Supervisor, createDb, log, migrate, openDatabase, waitForHealth } from "./support/console";

const port = Number(process.env.PORT ?? 3000);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(resolve(ROOT, distDir, "BUILD_ID"))) {
  log(`no production build in ${distDir}: run \`npm run build\` (or \`npm run demo\`) first`);
  process.exit(1);
}
const database = await openDatabase();
const db = createDb(database.url, 2);
const supervisor = new Supervisor(database, db);
const env = { DATABASE_URL: database.url, PORT: String(port), NEXT_DIST_DIR: distDir };

try {
  await migrate(db);
} catch (error) {
  log(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stop(1, "error");
}
supervisor.spawnNext(["start", "-p", String(port)], env);
if (existsSync(resolve(ROOT, "scripts/worker.ts"))) supervisor.spawnTsx("worker", resolve(ROOT, "scripts/worker.ts"), env);
if (await waitForHealth(port)) log(`console on http://localhost:${port}`);
else log(`the console did not answer on port ${port} within 2 minutes`);
