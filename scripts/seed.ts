/**
 * npm run db:seed -- [--profiles N] [--days D] [--seed S] [--reset]
 *
 * Seeds the demo news group into DATABASE_URL (else the embedded app database), then labels
 * the articles with the contextual classifier and creates the demo accounts. Refuses a
 * database that already holds seed data unless --reset (which empties the seed tables and
 * reseeds in one transaction). Progress goes to stderr; the last stdout line is a JSON summary.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import cliProgress from "cli-progress";
import { z } from "zod";
import { createDb } from "../db/client";
import { resolveDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { findSeededTables, runSeed, SEED_TABLES, type SeedPhase } from "../db/seed";
import { labelArticles } from "../lib/contextual/label-articles";

const SeedFlags = z
  .object({
    profiles: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be ≥ 1").max(5_000_000, "must be ≤ 5,000,000").default(40_000),
    days: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be ≥ 1").max(400, "must be ≤ 400").default(60),
    seed: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be ≥ 0").max(2 ** 32 - 1, "must fit in 32 bits").default(42),
    reset: z.boolean().default(false),
  })
  .strict();
type SeedFlags = z.infer<typeof SeedFlags>;

function parseFlags(argv: string[]): SeedFlags {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unexpected argument "${arg}"`);
    const [, name, inline] = match;
    if (name === "reset") raw.reset = true;
    else if (inline !== undefined) raw[name] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) raw[name] = argv[++i];
    else fail(`--${name} needs a value`);
  }
  const parsed = SeedFlags.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      issue.code === "unrecognized_keys" ? `unknown flag(s): ${issue.keys.map((k) => `--${k}`).join(", ")}` : `--${issue.path.join(".")}: ${issue.message}`,
    );
    fail(lines.join("\n"));
  }
  return parsed.data;
}

function fail(message: string): never {
  console.error(`db:seed: ${message}\nusage: npm run db:seed -- [--profiles N] [--days D] [--seed S] [--reset]`);
  process.exit(2);
}

const PHASE_LABEL: Record<SeedPhase | "labels", string> = {
  articles: "articles", events: "events (days)", profiles: "profiles", commerce: "commerce", analyze: "analyze", labels: "labels",
};

function createProgress() {
  let bar: cliProgress.SingleBar | null = null;
  let phase = "";
  const started = Date.now();
  return {
    update(name: SeedPhase | "labels", done: number, total: number) {
      if (name !== phase) {
        bar?.stop();
        phase = name;
        bar = new cliProgress.SingleBar(
          { format: `${PHASE_LABEL[name].padEnd(14)} |{bar}| {value}/{total} {duration_formatted}`, stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, 1), done);
      }
      bar?.setTotal(Math.max(total, 1));
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
      phase = "";
    },
    seconds: () => (Date.now() - started) / 1000,
  };
}

const flags = parseFlags(process.argv.slice(2));
const database = await resolveDatabase("app");
const db = createDb(database.url, 2);
let exitCode = 0;
try {
  await applyMigrations(db);
  const seeded = await findSeededTables(db.$client);
  if (seeded.length && !flags.reset) {
    console.error(`db:seed: the database already holds data (${seeded.join(", ")}). Use --reset to empty ${SEED_TABLES.join(", ")} (and the tables referencing them) and reseed.`);
    exitCode = 1;
  } else {
    const progress = createProgress();
    console.error(`seeding ${flags.profiles} profiles × ${flags.days} days (seed ${flags.seed})${flags.reset ? ", after reset" : ""}`);
    const seed = await runSeed(db, { profiles: flags.profiles, days: flags.days, seed: flags.seed, reset: flags.reset, onProgress: progress.update });
    progress.stop();
    const seedSeconds = progress.seconds();
    const labels = await labelArticles(db, { onlyMissing: true, onProgress: (d, t) => progress.update("labels", d, t) });
    progress.stop();
    const demoUsers = await ensureDemoUsersIfAvailable();
    const seconds = progress.seconds();
    console.error(
      `seeded in ${seedSeconds.toFixed(1)} s, labelled ${labels.labelled} articles (${labels.classifierVersion}) in ${(seconds - seedSeconds).toFixed(1)} s: ` +
        `${seed.articles} articles, ${seed.profiles} profiles (${seed.subscribers} subscribers), ${seed.events.pageviews + seed.events.heartbeats} events, ${seed.campaigns} campaigns`,
    );
    console.log(JSON.stringify({ ...seed, labels: labels.labelled, demoUsers, seconds: Math.round(seconds * 10) / 10 }));
  }
} catch (error) {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db.$client.end();
  await database.stop();
}
process.exit(exitCode);

/** The demo accounts come from lib/auth (another module): skipped with a warning when absent. */
async function ensureDemoUsersIfAvailable(): Promise<number | null> {
  const path = resolve(import.meta.dirname, "../lib/auth/demo-users.ts");
  if (!existsSync(path)) {
    console.error("db:seed: lib/auth/demo-users.ts not found; demo accounts not created");
    return null;
  }
  const { ensureDemoUsers } = (await import("../lib/auth/demo-users")) as typeof import("../lib/auth/demo-users");
  const result = await ensureDemoUsers(db);
  return result.length;
}
