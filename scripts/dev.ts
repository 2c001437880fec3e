/**
 * npm run dev — `next dev` (Turbopack) against the database: DATABASE_URL, else the embedded
 * one, migrated, with the demo accounts. No worker: start it with `npm run worker` if needed.
 */
import { Supervisor, createDb, createDemoUsers, log, migrate, openDatabase, printWelcome, waitForHealth } from "./support/console";

const port = Number(process.env.PORT ?? 3000);
const database = await openDatabase();
const db = createDb(database.url, 2);
const supervisor = new Supervisor(database, db);

try {
  await migrate(db);
  await createDemoUsers(db);
} catch (error) {
  log(`dev failed: ${error instanceof Error ? error.message : String(error)}`);
  await supervisor.stop(1, "error");
}
supervisor.spawnNext(["dev", "-p", String(port)], { DATABASE_URL: database.url, PORT: String(port) });
if (await waitForHealth(port, 300_000)) printWelcome(port);
