/**
 * Classifier CLI (contract used by other tools — keep stdout to one JSON line per input):
 *   npm run -s classify -- --in FILE.jsonl            (FILE "-" = stdin)
 *   npm run -s classify -- --eval LABELLED.jsonl [--blocklist FILE] [--split test|train] [--misses]
 *   npm run -s classify -- --train [--corpus FILE]   (rewrites lib/contextual/model.generated.json)
 * Malformed input lines are reported on stderr with their line number, skipped, exit code 2.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { classifyArticle } from "../lib/contextual/index";

const ClassifyLine = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string(),
  text: z.string(),
  lang: z.enum(["fr", "en"]).optional(),
});

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function openLines(file: string) {
  const input = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
  return createInterface({ input, crlfDelay: Infinity });
}

async function runClassify(file: string): Promise<number> {
  let lineNo = 0;
  let bad = 0;
  let buf: string[] = [];
  const flush = async () => {
    if (!buf.length) return;
    const chunk = buf.join("");
    buf = [];
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
  };
  for await (const line of openLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    let parsed: z.infer<typeof ClassifyLine>;
    try {
      const r = ClassifyLine.safeParse(JSON.parse(line));
      if (!r.success) {
        const issue = r.error.issues[0];
        throw new Error(`${issue.path.join(".") || "line"}: ${issue.message}`);
      }
      parsed = r.data;
    } catch (e) {
      bad++;
      process.stderr.write(`line ${lineNo}: malformed input skipped (${(e as Error).message})\n`);
      continue;
    }
    const c = classifyArticle({ id: String(parsed.id), title: parsed.title, text: parsed.text, lang: parsed.lang });
    buf.push(
      JSON.stringify({
        id: parsed.id,
        lang: c.lang,
        tonality: c.tonality,
        tonalityScores: c.tonalityScores,
        risk: c.risk,
        garm: c.garm,
        iab: c.iab,
        explain: c.explain,
      }) + "\n",
    );
    if (buf.length >= 256) await flush();
  }
  await flush();
  return bad > 0 ? 2 : 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--train")) {
    const { trainFromArgs } = await import("./train-classifier");
    return trainFromArgs(args);
  }
  const evalFile = argValue(args, "--eval");
  if (evalFile) {
    const { runEval } = await import("../lib/contextual/eval-cli");
    return runEval({ file: evalFile, blocklist: argValue(args, "--blocklist"), split: argValue(args, "--split"), misses: args.includes("--misses") });
  }
  const inFile = argValue(args, "--in");
  if (!inFile) {
    process.stderr.write("usage: npm run -s classify -- --in FILE.jsonl | --eval LABELLED.jsonl [--blocklist FILE] [--split test] [--misses]\n");
    return 2;
  }
  return runClassify(inFile);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`classify: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
