/** `npm run -s classify -- --eval FILE [--blocklist FILE] [--split test|train] [--misses]` */
import { readFileSync } from "node:fs";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { isBlockedBy } from "./blocklist/match-blocklist";
import { parseBlocklist } from "./blocklist/parse-blocklist";
import { formatSummary, summarise, type LabelledItem, type Prediction } from "./evaluate";
import { classifyArticle, classifierVersion } from "./index";
import { IAB_TIER1_BY_NAME } from "./taxonomy";

export const DEFAULT_BLOCKLIST = "data/contextual/blocklist-baseline.txt";

export async function readLabelled(file: string, split?: string): Promise<LabelledItem[]> {
  const items: LabelledItem[] = [];
  let lineNo = 0;
  const rl = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const it = JSON.parse(line) as LabelledItem;
      if (typeof it.title !== "string" || typeof it.text !== "string") throw new Error("title/text missing");
      if (split && it.split !== split) continue;
      items.push(it);
    } catch (e) {
      process.stderr.write(`line ${lineNo}: skipped (${(e as Error).message})\n`);
    }
  }
  return items;
}

export async function runEval(opts: { file: string; blocklist?: string; split?: string; misses?: boolean }): Promise<number> {
  const items = await readLabelled(opts.file, opts.split);
  const terms = parseBlocklist(readFileSync(opts.blocklist ?? DEFAULT_BLOCKLIST, "utf8")).terms;
  const preds: Prediction[] = items.map((it) => {
    const c = classifyArticle({ title: it.title, text: it.text });
    const top = c.iab[0];
    return {
      tonality: c.tonality,
      risk: c.risk,
      iabTier1: top ? (IAB_TIER1_BY_NAME.get(top.tier1)?.id ?? null) : null,
      lang: c.lang,
      blocked: isBlockedBy(`${it.title}\n${it.text}`, terms),
    };
  });
  const s = summarise(items, preds);
  process.stdout.write(formatSummary(s, `${opts.file}${opts.split ? ` [split=${opts.split}]` : ""} — ${classifierVersion()}`) + "\n");
  if (opts.misses) {
    items.forEach((it, i) => {
      const p = preds[i];
      const bad = [
        p.tonality !== it.tonality ? `tone ${it.tonality}->${p.tonality}` : "",
        p.risk !== it.risk ? `risk ${it.risk}->${p.risk}` : "",
        p.iabTier1 !== it.iab_tier1 ? `iab ${it.iab_tier1}->${p.iabTier1}` : "",
      ].filter(Boolean);
      if (bad.length) process.stdout.write(`  miss ${it.id} [${bad.join("; ")}] ${it.title}\n`);
    });
  }
  return 0;
}
