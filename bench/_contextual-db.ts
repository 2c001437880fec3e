/**
 * The database the contextual benches (suggest, blocklist) run on: `bench_contextual` on the
 * bench cluster (embedded, port 54349) or on DATABASE_URL's server, holding the demo-size
 * news group exactly as `npm run demo` seeds it (40,000 profiles × 60 days, 20,000 articles,
 * seed 42), labelled, with the term build done. Seeded once and reused while it is complete;
 * `--reseed` starts over. Its clock is pinned (NOW) so every run sees the same windows.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { runSeed } from "../db/seed";
import { labelArticles } from "../lib/contextual/label-articles";
import { buildTermAssociations, TERMS_WATERMARK } from "../lib/contextual/terms/build-term-associations";
import { openBenchDatabase } from "./_bench-db";

const BENCH_DB = "bench_contextual";
export const NOW = new Date("2026-11-24T00:00:00Z");
export const DEMO_SIZE = { profiles: 40_000, days: 60, seed: 42 };

export type ContextualBenchDb = { db: Db; close: () => Promise<void>; size: { articles: number; events: number; profiles: number; terms: number } };

const log = (message: string) => process.stderr.write(`${message}\n`);

async function readSize(db: Db) {
  const { rows } = await db.execute<{ articles: number; labelled: number; events: number; profiles: number; terms: number; built: boolean }>(sql`
    select (select count(*) from articles)::int as articles, (select count(*) from article_labels)::int as labelled,
      (select count(*) from events)::int as events, (select count(*) from profiles)::int as profiles,
      (select count(*) from corpus_terms)::int as terms, exists (select 1 from watermarks where name = ${TERMS_WATERMARK}) as built`);
  return rows[0];
}

export async function openContextualBenchDb(argv: string[]): Promise<ContextualBenchDb> {
  const { db, close } = await openBenchDatabase(BENCH_DB, { fresh: argv.includes("--reseed"), pool: 4 });
  try {
    let size = await readSize(db);
    if (!size.articles) {
      log(`seeding ${BENCH_DB}: ${DEMO_SIZE.profiles} profiles × ${DEMO_SIZE.days} days (about a minute)…`);
      await runSeed(db, { ...DEMO_SIZE, now: NOW });
      size = await readSize(db);
    } else if (size.profiles !== DEMO_SIZE.profiles) {
      throw new Error(`${BENCH_DB} holds another data set (${size.profiles} profiles): run with --reseed`);
    }
    if (size.labelled < size.articles) {
      log("labelling articles…");
      await labelArticles(db, { onlyMissing: true });
    }
    if (!size.built) {
      log("building term associations…");
      await buildTermAssociations(db);
    }
    size = await readSize(db);
    log(`${BENCH_DB}: ${size.articles} articles, ${size.events} events, ${size.profiles} profiles, ${size.terms} corpus terms`);
    return { db, close, size: { articles: size.articles, events: size.events, profiles: size.profiles, terms: size.terms } };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Percentile of a sorted list (nearest rank). */
export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
