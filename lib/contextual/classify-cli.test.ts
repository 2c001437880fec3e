import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("classify CLI contract", () => {
  it("writes one JSON line per valid input in order, reports malformed lines on stderr, exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "classify-cli-"));
    const file = join(dir, "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a1", title: "Tarte au citron meringuée", text: "La recette de notre pâtissier, prête en quarante minutes." }),
        "{not json",
        JSON.stringify({ id: "a2", title: "Gunmen storm hotel", text: "Several guests were wounded and taken to hospital.", lang: "en" }),
        JSON.stringify({ id: "a3", title: "Sans texte" }),
        JSON.stringify({ id: 4, title: "Le CAC 40 termine en hausse", text: "L'indice parisien a gagné 1,2 % porté par le luxe." }),
      ].join("\n") + "\n",
    );
    const r = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/classify.ts"), "--in", file], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a1", "a2", 4]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(["id", "lang", "tonality", "tonalityScores", "risk", "garm", "iab", "explain"]);
      expect(Object.keys(o.tonalityScores).sort()).toEqual(["anxious", "neutral", "optimistic", "pessimistic"]);
    }
    expect(out[1].lang).toBe("en");
    expect(r.stderr).toMatch(/line 2\b/);
    expect(r.stderr).toMatch(/line 4\b/);
    expect(r.stderr).not.toMatch(/line [135]\b/);
  }, 60_000);
});
