/** npm run db:migrate — applies committed migrations to DATABASE_URL or the embedded default. */
import { createDb } from "../db/client";
import { resolveDatabase } from "../db/embedded";
import { appliedMigration, applyMigrations } from "../db/migrate";

const database = await resolveDatabase("app");
const db = createDb(database.url, 2);
try {
  await applyMigrations(db);
  const applied = await appliedMigration(db);
  console.error(`migrations applied; latest: ${applied?.tag ?? "none"}`);
} finally {
  await db.$client.end();
  await database.stop();
}
