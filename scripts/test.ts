/**
 * npm test — the whole suite: unit and database tests (vitest, real PostgreSQL with the real
 * migrations), then the production build and the Playwright e2e suite in Debian's chromium.
 * Ends with one plain line `N passed, N failed, N skipped` (CI reads it) and exits non-zero
 * on any failure.
 *
 *   npm test                 everything
 *   npm test -- --no-e2e     vitest only (e.g. against another PostgreSQL via TEST_DATABASE_URL)
 *   npm test -- --summary F  also write the counts as JSON to F (used by .ci/run)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

type Counts = { passed: number; failed: number; skipped: number };

const args = process.argv.slice(2);
const withE2e = !args.includes("--no-e2e");
const summaryIndex = args.indexOf("--summary");
const summaryFile = summaryIndex >= 0 ? args[summaryIndex + 1] : undefined;
const outDir = resolve(".data/test-results");
mkdirSync(outDir, { recursive: true });

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function runVitest(): Counts {
  const file = resolve(outDir, "vitest.json");
  const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A file that fails to load counts as a failure even though no test in it ran.
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

type PlaywrightStats = { expected: number; unexpected: number; flaky: number; skipped: number };

function runE2e(): Counts {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`e2e skipped: no chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    return { passed: 0, failed: 0, skipped: 1 };
  }
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (run("npx", ["next", "build"], { NEXT_DIST_DIR: distDir }) !== 0) return { passed: 0, failed: 1, skipped: 0 };
  const file = resolve(outDir, "playwright.json");
  run("npx", ["playwright", "test"], { NEXT_DIST_DIR: distDir, PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as { stats: PlaywrightStats };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const total: Counts = runVitest();
if (withE2e) {
  const e2e = runE2e();
  total.passed += e2e.passed;
  total.failed += e2e.failed;
  total.skipped += e2e.skipped;
}
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(total));
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
