/** The committed labelled corpus obeys its own guide (data/contextual/LABELLING.md). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBlocklist } from "../blocklist/parse-blocklist";
import { assignSplits, corpusItemSchema, fingerprint, isNearDuplicate, LONGFORM_SPLIT, translationProblem, translationSchema, trapProblem } from "./corpus-rules";

const lines = readFileSync("data/contextual/corpus.jsonl", "utf8").split("\n").filter((l) => l.trim());
const items = lines.map((l) => JSON.parse(l));
const terms = parseBlocklist(readFileSync("data/contextual/blocklist-baseline.txt", "utf8")).terms;

describe("labelled corpus", () => {
  it("has at least 400 items in French and English, every one valid against the schema and taxonomies", () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    expect(new Set(items.map((x) => x.lang))).toEqual(new Set(["fr", "en"]));
    const invalid = items
      .map((x) => ({ id: x.id, r: corpusItemSchema.safeParse(x) }))
      .filter((x) => !x.r.success)
      .map((x) => `${x.id}: ${x.r.error!.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    expect(invalid).toEqual([]);
  });

  it("has unique ids", () => {
    expect(new Set(items.map((x) => x.id)).size).toBe(items.length);
  });

  it("assigns every item to the split the stratified rule gives", () => {
    const split = assignSplits(items);
    expect(items.filter((x) => x.split !== split.get(x.id)).map((x) => x.id)).toEqual([]);
    const test = items.filter((x) => x.split === "test").length / items.length;
    expect(test).toBeGreaterThan(0.2);
    expect(test).toBeLessThan(0.3);
  });

  it("flags traps exactly as the blocklist rule says", () => {
    expect(items.map((x) => [x.id, trapProblem(x, terms)]).filter(([, p]) => p)).toEqual([]);
  });

  it("holds no near-duplicate pair (same wording or same event) in a language", () => {
    const fps = items.map(fingerprint);
    const pairs: string[] = [];
    for (let i = 0; i < fps.length; i++) {
      for (let j = i + 1; j < fps.length; j++) if (items[i].lang === items[j].lang && isNearDuplicate(fps[i], fps[j])) pairs.push(`${items[i].id}~${items[j].id}`);
    }
    expect(pairs).toEqual([]);
    // Every pair of a language is compared (~23M at 9,600 items): ~10 s alone, 3× that on a busy machine.
  }, 120_000);
});

describe("long-form evaluation set", () => {
  const longform = readFileSync("data/contextual/longform.jsonl", "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const words = (x: { title: string; text: string }) => (`${x.title} ${x.text}`.match(/\S+/g) ?? []).length;

  it("holds full articles, valid, in both languages, with ids of its own", () => {
    expect(longform.length).toBeGreaterThanOrEqual(150);
    expect(new Set(longform.map((x) => x.lang))).toEqual(new Set(["fr", "en"]));
    expect(longform.filter((x) => !corpusItemSchema.safeParse(x).success).map((x) => x.id)).toEqual([]);
    expect(longform.filter((x) => words(x) < 250).map((x) => x.id)).toEqual([]);
    const ids = [...items, ...longform].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("splits dev/test by the long-form rule, flags traps by the blocklist rule, and retells no corpus event", () => {
    const split = assignSplits(longform, LONGFORM_SPLIT);
    expect(longform.filter((x) => x.split !== split.get(x.id)).map((x) => x.id)).toEqual([]);
    expect(longform.map((x) => [x.id, trapProblem(x, terms)]).filter(([, p]) => p)).toEqual([]);
    const corpusFps = items.map((x) => ({ lang: x.lang, f: fingerprint(x) }));
    const twins = longform.filter((x) => {
      const f = fingerprint(x);
      return corpusFps.some((c) => c.lang === x.lang && isNearDuplicate(c.f, f));
    });
    expect(twins.map((x) => x.id)).toEqual([]);
  });
});

describe("translations of train items (LABELLING §12)", () => {
  const translations = readFileSync("data/contextual/translations.jsonl", "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const byId = new Map(items.map((x) => [x.id, x]));

  it("are valid, one per source, each of a train item and in its other language", () => {
    expect(translations.length).toBeGreaterThan(0);
    const problems = translations
      .map((t, i) => {
        const r = translationSchema.safeParse(t);
        return `${i + 1} ${t.source}: ${r.success ? (translationProblem(r.data, byId.get(t.source)) ?? "") : r.error.issues.map((x) => x.path.join(".")).join(",")}`;
      })
      .filter((p) => !p.endsWith(": "));
    expect(problems).toEqual([]);
    expect(new Set(translations.map((t) => t.source)).size).toBe(translations.length);
  });

  it("retell no test item (a train story in one language may be a test story in the other)", () => {
    const testFps = items.filter((x) => x.split === "test").map((x) => ({ lang: x.lang, f: fingerprint(x) }));
    const leaks = translations.filter((t) => {
      const f = fingerprint(t);
      return testFps.some((c) => c.lang === t.lang && isNearDuplicate(c.f, f));
    });
    expect(leaks.map((t) => t.source)).toEqual([]);
  });

  it("refuses a translation of a test item and one in its source's language", () => {
    const t = { source: "fr-0001", lang: "en" as const, title: "A title", text: "A text long enough to pass the schema's minimum length." };
    expect(translationProblem(t, { lang: "fr", split: "train" })).toBeNull();
    expect(translationProblem(t, { lang: "fr", split: "test" })).toMatch(/only train items/);
    expect(translationProblem({ ...t, lang: "fr" }, { lang: "fr", split: "train" })).toMatch(/other language/);
    expect(translationProblem(t, undefined)).toMatch(/not a corpus item/);
  });
});

describe("corpus rules", () => {
  const base = { id: "fr-9000", lang: "fr", section: "sport", title: "Un titre correct", text: "Un texte assez long pour passer la longueur minimale demandée par le schéma.", tonality: "neutral", risk: "none", garm: [], iab: ["483", "533"], iab_tier1: "483", trap: false };

  it("rejects a tier-2 id that is not a child of the tier-1 and garm on a none item", () => {
    expect(corpusItemSchema.safeParse(base).success).toBe(true);
    const bad = corpusItemSchema.safeParse({ ...base, iab: ["483", "217"], garm: ["terrorism"] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["garm", "iab"]);
  });

  it("puts every 4th item of a stratum in test, strata kept apart", () => {
    const mk = (n: number, risk: string) => ({ id: `fr-${String(n).padStart(4, "0")}`, lang: "fr", risk, trap: false });
    const split = assignSplits([1, 2, 3, 4, 5, 6, 7, 8].map((n) => mk(n, n % 2 ? "none" : "medium")));
    expect([...split.entries()].filter(([, s]) => s === "test").map(([id]) => id)).toEqual(["fr-0007", "fr-0008"]);
  });

  it("orders ids by number, so five-digit ids come after every four-digit one and move none of them", () => {
    const mk = (id: string) => ({ id, lang: "fr", risk: "none", trap: false });
    const four = ["fr-0001", "fr-0002", "fr-9998"].map(mk);
    const split = assignSplits([mk("fr-10000"), ...four]);
    expect(split.get("fr-10000")).toBe("test");
    for (const it of four) expect(split.get(it.id)).toBe(assignSplits(four).get(it.id));
    expect(corpusItemSchema.safeParse({ ...base, id: "fr-10000" }).success).toBe(true);
    expect(corpusItemSchema.safeParse({ ...base, id: "fr-100000" }).success).toBe(false);
  });

  it("calls the same event retold a near-duplicate, and two different events not", () => {
    const a = fingerprint({ title: "Two workers lose their lives in blast at Teesside refinery", text: "An explosion at the refinery on Tuesday killed two contractors, the operator said; the site was evacuated." });
    const b = fingerprint({ title: "Three workers killed in blast at Teesside refinery", text: "The explosion at the refinery on Tuesday killed three contractors, the operator confirmed; the site was evacuated." });
    const c = fingerprint({ title: "Storm leaves 40,000 homes without power", text: "Gales brought down lines across the county overnight and engineers expect repairs to take two days." });
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(isNearDuplicate(a, c)).toBe(false);
  });

  it("requires a blocklist word for a trap and a trap flag for a none item holding one", () => {
    expect(trapProblem({ title: "Tarte au citron", text: "Une recette.", risk: "none", trap: false }, terms)).toMatch(/is a trap/);
    expect(trapProblem({ title: "Tarte aux pommes", text: "Une recette.", risk: "none", trap: true }, terms)).toMatch(/no blocklist entry/);
    expect(trapProblem({ title: "Tarte au citron", text: "Une recette.", risk: "none", trap: true }, terms)).toBeNull();
  });
});
