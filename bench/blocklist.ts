/**
 * npm run -s bench -- blocklist [--rounds N] [--reseed]
 * Blocklist diagnosis (diagnoseBlocklist, what POST /api/blocklist/diagnose answers) of the
 * team's baseline keyword blocklist (data/contextual/blocklist-baseline.txt) on the demo-size
 * bench database (bench/_contextual-db.ts): every period the console offers, group-wide and
 * for one brand, each request timed end to end after one warm-up pass. Progress on stderr;
 * the last stdout line is
 * {"name":"blocklist","p50_ms","p95_ms","max_ms","requests","terms","articles","events","p50_by_case"}
 * where p50_by_case has "30d" (group-wide) and "30d_brand" keys per period.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BLOCKLIST_WINDOWS, toBlocklistScope } from "../lib/contextual/blocklist/blocklist-request";
import { diagnoseBlocklist } from "../lib/contextual/blocklist/diagnose-blocklist";
import { NOW, openContextualBenchDb, percentile } from "./_contextual-db";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = z.coerce.number().int().min(1).max(100).parse(roundsAt >= 0 ? args[roundsAt + 1] : 3);
const log = (s: string) => process.stderr.write(`${s}\n`);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const text = readFileSync(resolve(root, "data/contextual/blocklist-baseline.txt"), "utf8");

const { db, close, size } = await openContextualBenchDb(args);
try {
  const { rows } = await db.$client.query<{ brand_id: string }>("select brand_id from articles group by brand_id order by count(*) desc limit 1");
  const cases = BLOCKLIST_WINDOWS.flatMap((days) => [null, rows[0].brand_id].map((brandId) => ({ days, brandId })));
  const run = async ({ days, brandId }: (typeof cases)[number]) => {
    // As the route does: parse the pasted list, scope it, diagnose with 25 samples.
    const started = performance.now();
    const { scope } = toBlocklistScope({ text, days }, brandId, NOW);
    const diagnosis = await diagnoseBlocklist(db, { ...scope, sampleLimit: 25 });
    return { ms: performance.now() - started, diagnosis };
  };
  let terms = 0;
  for (const c of cases) {
    const { ms, diagnosis } = await run(c);
    terms = diagnosis.terms.length;
    const t = diagnosis.total;
    log(`warm-up ${c.days} d${c.brandId ? ` (${c.brandId})` : ""}: ${Math.round(ms)} ms — ${t.articles} articles, ${t.blockedArticles} blocked, ${t.harmlessBlocked} harmless blocked, ${t.riskyMissed} risky missed`);
  }
  const times: number[] = [];
  const byCase = new Map<string, number[]>();
  const caseKey = (c: (typeof cases)[number]) => `${c.days}d${c.brandId ? "_brand" : ""}`;
  for (let round = 1; round <= rounds; round++) {
    for (const c of cases) {
      const { ms } = await run(c);
      times.push(ms);
      byCase.set(caseKey(c), [...(byCase.get(caseKey(c)) ?? []), ms]);
    }
    log(`round ${round}/${rounds}: median so far ${Math.round(percentile([...times].sort((a, b) => a - b), 50))} ms`);
  }
  times.sort((a, b) => a - b);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const p50ByCase = Object.fromEntries([...byCase].map(([key, ms]) => [key, round1(percentile(ms.sort((a, b) => a - b), 50))]));
  console.log(JSON.stringify({
    name: "blocklist", p50_ms: round1(percentile(times, 50)), p95_ms: round1(percentile(times, 95)), max_ms: round1(times[times.length - 1]),
    requests: times.length, terms, articles: size.articles, events: size.events, p50_by_case: p50ByCase,
  }));
} finally {
  await close();
}
