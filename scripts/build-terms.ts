/**
 * npm run terms:build — rebuilds the corpus vocabulary (corpus_terms) and the PPMI term
 * associations (term_associations) from every article, on DATABASE_URL or the embedded
 * default. Derived data: safe to run any time; the tables are replaced in one transaction.
 * Progress on stderr, one JSON line of figures on stdout.
 */
import { createDb } from "../db/client";
import { resolveDatabase } from "../db/embedded";
import { buildTermAssociations, type BuildStage } from "../lib/contextual/terms/build-term-associations";

const database = await resolveDatabase("app");
const db = createDb(database.url, 2);
const started = performance.now();
let lastPrint = 0;
try {
  const result = await buildTermAssociations(db, {
    onProgress: (stage: BuildStage, done: number, total: number) => {
      // At most five lines a second, and always the end of a stage.
      const now = performance.now();
      if (done !== total && now - lastPrint < 200) return;
      lastPrint = now;
      process.stderr.write(`\r${`${stage} ${done}/${total}`.padEnd(40)}`);
    },
  });
  process.stderr.write("\n");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${result.articles} articles, ${result.tokens} tokens, ${result.phrases} phrases, ${result.terms} terms, ${result.associations} associations in ${seconds} s`);
  console.log(JSON.stringify({ name: "terms:build", seconds: Number(seconds), ...result }));
} finally {
  await db.$client.end();
  await database.stop();
}
