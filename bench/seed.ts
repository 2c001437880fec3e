/**
 * npm run -s bench -- seed --profiles N [--days D] [--seed S]
 *
 * Seeds a fresh `bench_seed` database (dropped and recreated each run) on the bench cluster
 * (embedded, port 54349) or on DATABASE_URL's server, exactly as `npm run db:seed` does:
 * runSeed, then labelArticles. Timed: seed + labels (not migrations). Progress on stderr;
 * the last stdout line is {"name":"seed","profiles":N,"seconds":S,"peak_mb":M} with the
 * peak RSS of this (seeding) process.
 */
import { z } from "zod";
import { runSeed, type SeedPhase } from "../db/seed";
import { labelArticles } from "../lib/contextual/label-articles";
import { openBenchDatabase } from "./_bench-db";

const BENCH_DB = "bench_seed";

const Flags = z.object({
  profiles: z.coerce.number().int().min(1).max(5_000_000).default(100_000),
  days: z.coerce.number().int().min(1).max(400).default(90),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(42),
}).strict();

function parseFlags(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = /^--([a-z]+)$/.exec(argv[i])?.[1];
    if (!name || argv[i + 1] === undefined) {
      console.error("usage: npm run -s bench -- seed --profiles N [--days D] [--seed S]");
      process.exit(2);
    }
    raw[name] = argv[i + 1];
  }
  const parsed = Flags.safeParse(raw);
  if (!parsed.success) {
    console.error(`bench seed: ${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  return parsed.data;
}

const flags = parseFlags(process.argv.slice(2));
const { db, close } = await openBenchDatabase(BENCH_DB, { fresh: true, pool: 2 });

try {
  const started = Date.now();
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(1);
  let phase = "";
  let lastLog = 0;
  const onProgress = (name: SeedPhase | "labels", done: number, total: number) => {
    const now = Date.now();
    if (name !== phase || done === total || now - lastLog > 10_000) {
      console.error(`[${elapsed()} s] ${name} ${done}/${total} rss=${Math.round(process.memoryUsage().rss / 1e6)} MB`);
      phase = name;
      lastLog = now;
    }
  };
  console.error(`bench seed: ${flags.profiles} profiles × ${flags.days} days into ${BENCH_DB}`);
  const result = await runSeed(db, { profiles: flags.profiles, days: flags.days, seed: flags.seed, onProgress });
  const seedSeconds = (Date.now() - started) / 1000;
  const labels = await labelArticles(db, { onlyMissing: true, onProgress: (d, t) => onProgress("labels", d, t) });
  const seconds = (Date.now() - started) / 1000;
  const events = result.events.pageviews + result.events.heartbeats;
  console.error(
    `seed ${seedSeconds.toFixed(1)} s (${events} events, ${Math.round(events / seedSeconds)} events/s overall), ` +
      `labels ${(seconds - seedSeconds).toFixed(1)} s (${labels.labelled} articles)`,
  );
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ name: "seed", profiles: flags.profiles, seconds: Math.round(seconds * 10) / 10, peak_mb: peakMb }));
} finally {
  await close();
}
