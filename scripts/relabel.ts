/**
 * npm run -s relabel [-- --all]
 * Relabels the stored articles after a classifier change: by default only those without a label
 * from the running version (classifierVersion(): new lexicons, weights or reading rules), with
 * --all every article. Editorial overrides are kept. Uses DATABASE_URL, else the embedded app
 * database. Progress on stderr; last stdout line {"labelled","total","classifierVersion","seconds"}.
 * Batches are written one statement each, so an interrupted run leaves whole batches and can be
 * started again: the default mode picks up where it stopped.
 */
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { resolveDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { classifierVersion } from "../lib/contextual/index";
import { labelArticles } from "../lib/contextual/label-articles";

let all = false;
try {
  all = parseArgs({ options: { all: { type: "boolean", default: false } }, strict: true }).values.all ?? false;
} catch (error) {
  console.error(`relabel: ${(error as Error).message}\nusage: npm run -s relabel [-- --all]`);
  process.exit(2);
}

const database = await resolveDatabase("app");
const db = createDb(database.url, 2);
let exitCode = 0;
try {
  await applyMigrations(db);
  const started = performance.now();
  let lastShown = 0;
  console.error(`relabel: ${all ? "every article" : "articles not labelled by"} ${classifierVersion()}`);
  const result = await labelArticles(db, {
    onlyOutdated: !all,
    onProgress: (done, total) => {
      if (done === total || performance.now() - lastShown > 1_000) {
        lastShown = performance.now();
        console.error(`relabel: ${done}/${total}`);
      }
    },
  });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(JSON.stringify({ ...result, seconds }));
} catch (error) {
  console.error(`relabel failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db.$client.end();
  await database.stop();
}
process.exit(exitCode);
