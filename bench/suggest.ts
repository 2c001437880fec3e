/**
 * npm run -s bench -- suggest [--rounds N] [--reseed]
 * Brief term expansion (suggestTerms, what GET /api/briefs/suggest-terms answers) on the
 * demo-size bench database (bench/_contextual-db.ts): several seed sets, group-wide and for
 * one brand, each request timed end to end (database round trips included) after one
 * warm-up pass. Progress on stderr; the last stdout line is
 * {"name":"suggest","p50_ms","p95_ms","max_ms","requests","seed_sets","articles","events"}.
 */
import { z } from "zod";
import { suggestTerms } from "../lib/contextual/terms/suggest-terms";
import { NOW, openContextualBenchDb, percentile } from "./_contextual-db";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = z.coerce.number().int().min(1).max(100).parse(roundsAt >= 0 ? args[roundsAt + 1] : 5);
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Seeds as a planner types them: corpus words and phrases, an accentless one, one outside the vocabulary. */
const SEED_SETS: { seeds: string[]; brand?: boolean }[] = [
  { seeds: ["rugby"] },
  { seeds: ["berline"] },
  { seeds: ["solidarité"] },
  { seeds: ["rugby", "esprit d'équipe"] },
  { seeds: ["Solidarite", "vélo"] },
  { seeds: ["football"] },
  { seeds: ["élection"] },
  { seeds: ["climat"] },
  { seeds: ["rugby"], brand: true },
  { seeds: ["randonnée"], brand: true },
];

const { db, close, size } = await openContextualBenchDb(args);
try {
  const { rows } = await db.$client.query<{ brand_id: string }>("select brand_id from articles group by brand_id order by count(*) desc limit 1");
  const brandId = rows[0].brand_id;
  const run = async (set: (typeof SEED_SETS)[number]) => {
    const started = performance.now();
    const result = await suggestTerms(db, { seeds: set.seeds, brandId: set.brand ? brandId : null, now: NOW, limit: 15 });
    return { ms: performance.now() - started, result };
  };
  for (const set of SEED_SETS) {
    const { ms, result } = await run(set);
    log(`warm-up ${set.seeds.join(", ")}${set.brand ? ` (${brandId})` : ""}: ${Math.round(ms)} ms, ${result.seedArticles} seed articles, ${result.terms.length} terms (${result.terms.slice(0, 4).map((t) => t.term).join(", ")}…)`);
  }
  const times: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const set of SEED_SETS) times.push((await run(set)).ms);
    log(`round ${round}/${rounds}: median so far ${Math.round(percentile([...times].sort((a, b) => a - b), 50))} ms`);
  }
  times.sort((a, b) => a - b);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  console.log(JSON.stringify({
    name: "suggest", p50_ms: round1(percentile(times, 50)), p95_ms: round1(percentile(times, 95)), max_ms: round1(times[times.length - 1]),
    requests: times.length, seed_sets: SEED_SETS.length, articles: size.articles, events: size.events,
  }));
} finally {
  await close();
}
