import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { classifyArticle } from "@/lib/contextual/index";
import { domainKey, formatExplainNote, parseExplainNote, type NoteTranslator } from "./explain-notes";

const root = resolve(import.meta.dirname, "../..");
const messages = (lang: "fr" | "en") => JSON.parse(readFileSync(resolve(root, `messages/${lang}.json`), "utf8"));
const translator = (lang: "fr" | "en") => createTranslator({ locale: lang, messages: messages(lang) }) as unknown as NoteTranslator;

describe("parseExplainNote", () => {
  it.each([
    ["given by caller", "givenByCaller", undefined],
    ["function words", "functionWords", undefined],
    ["learned word", "learnedWord", undefined],
    ["no strong tonal cue", "noToneCue", undefined],
    ["no risk cue", "noRiskCue", undefined],
    ["combined evidence", "combinedEvidence", undefined],
    ["model", "model", undefined],
    ["lexicon", "lexicon", undefined],
    ["negated", "negated", undefined],
    ["negated optimistic", "negatedTone", { tone: "optimistic" }],
    ["idiom (food)", "idiom", { domain: "food" }],
    ["lexicon: Rugby", "lexiconCategory", { name: "Rugby" }],
    ["food & drink context", "domainContext", { domain: "food & drink" }],
    ["figurative", "figurative", undefined],
    ["de-escalation", "deEscalation", undefined],
    ["cue", "cue", undefined],
    ["good trend", "goodTrend", undefined],
    ["bad trend", "badTrend", undefined],
    ["arms_ammunition", "garm", { name: "Arms & Ammunition" }],
  ])("%s → %s", (note, key, values) => {
    expect(parseExplainNote(note)).toEqual(values ? { key, values } : { key });
  });

  it("leaves unknown notes and tones alone", () => {
    expect(parseExplainNote("something new")).toBeNull();
    expect(parseExplainNote("negated cheerful")).toBeNull();
  });
});

describe("formatExplainNote", () => {
  const fr = translator("fr");
  const en = translator("en");

  it("translates each kind into French, the dynamic part kept or translated", () => {
    expect(formatExplainNote(fr, "negated")).toBe("nié");
    expect(formatExplainNote(fr, "negated optimistic")).toBe("négation d'un indice « Optimiste »");
    expect(formatExplainNote(fr, "idiom (food)")).toBe("expression figée (cuisine)");
    expect(formatExplainNote(fr, "sports context")).toBe("contexte sport");
    expect(formatExplainNote(fr, "food & drink context")).toBe("contexte cuisine et boissons");
    expect(formatExplainNote(fr, "lexicon: War and Conflicts")).toBe("lexique : War and Conflicts");
    expect(formatExplainNote(fr, "no risk cue")).toBe("aucun indice de risque");
    expect(formatExplainNote(fr, "arms_ammunition")).toBe("GARM : Arms & Ammunition");
    expect(formatExplainNote(en, "bad trend")).toBe("bad trend");
    expect(formatExplainNote(en, "negated anxious")).toBe("negated “Anxious” cue");
  });

  it("falls back to the raw text: unknown kinds and unknown domains", () => {
    expect(formatExplainNote(fr, "something new")).toBe("something new");
    expect(formatExplainNote(fr, "idiom (astrology)")).toBe("expression figée (astrology)");
    expect(formatExplainNote(fr, undefined)).toBe("");
  });

  it("has a French and an English message for every note the classifier gives on the team corpus", () => {
    const corpus = readFileSync(resolve(root, "data/contextual/corpus.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { title: string; text: string; lang?: "fr" | "en" });
    const notes = new Set<string>();
    for (const item of corpus) for (const e of classifyArticle({ title: item.title, text: item.text }).explain) if (e.note) notes.add(e.note);
    notes.add("given by caller");
    expect(notes.size).toBeGreaterThan(20);
    const fr = messages("fr").explainNotes;
    const en = messages("en").explainNotes;
    const untranslated = [...notes].filter((note) => {
      const parsed = parseExplainNote(note);
      if (!parsed || !fr[parsed.key] || !en[parsed.key]) return true;
      const domain = parsed.values?.domain;
      return domain !== undefined && !(fr.domains[domainKey(domain)] && en.domains[domainKey(domain)]);
    });
    expect(untranslated).toEqual([]);
  });
});
