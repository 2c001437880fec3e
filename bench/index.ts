/**
 * npm run -s bench -- <name> [flags]
 * Each bench lives in bench/<name>.ts, prints progress on stderr and one JSON line of
 * figures last on stdout.
 */
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !["index.ts"].includes(f) && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""));

const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run -s bench -- <name> [flags]\navailable: ${available.join(", ")}`);
  process.exit(2);
}
process.argv = [process.argv[0], process.argv[1], ...rest];
await import(`./${name}.ts`);
