import { describe, expect, it } from "vitest";
import { computePpmi, countDocFreq, pmi } from "./compute-ppmi";
import { detectPhrases, extractDocTerms, TokenCorpus } from "./extract-terms";
import { BOUNDARY, joinPhrase, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("keeps accents and hyphenated words, splits elisions and marks sentence ends", () => {
    expect(tokenize("L'esprit d'équipe, après la troisième mi-temps. Aujourd'hui")).toEqual([
      "l'", "esprit", "d'", "équipe", "après", "la", "troisième", "mi-temps", BOUNDARY, "aujourd'hui",
    ]);
    expect(tokenize("The team’s spirit!")).toEqual(["the", "team", "spirit", BOUNDARY]);
  });

  it("joins phrases without a space after an elision", () => {
    expect(joinPhrase(["esprit", "d'", "équipe"])).toBe("esprit d'équipe");
    expect(joinPhrase(["troisième", "mi-temps"])).toBe("troisième mi-temps");
  });
});

describe("computePpmi — golden values on a hand-computed corpus", () => {
  // Terms: 0 rugby, 1 solidarité, 2 mêlée, 3 budget. N = 5 documents.
  // df: rugby 3, solidarité 3, mêlée 2, budget 2.
  const docs = [[0, 1, 2], [0, 2], [0, 1], [3], [1, 3]];

  it("counts document frequencies", () => {
    expect(Array.from(countDocFreq(docs, 4))).toEqual([3, 3, 2, 2]);
  });

  it("gives PPMI = ln(co·N / (df_a·df_b)) and drops non-positive pairs", () => {
    const assoc = computePpmi(docs, 4, { minCoDocs: 1, topK: 10, shrink: 0 });
    const view = assoc.map((a) => [a.term, a.related, Number(a.ppmi.toFixed(6)), a.coDocs]);
    // rugby–mêlée: co 2 → ln(2·5/(3·2)) = ln(5/3) = 0.510826
    // rugby–solidarité: co 2 → ln(2·5/(3·3)) = ln(10/9) = 0.105361
    // solidarité–mêlée: co 1 → ln(5/6) < 0, dropped; solidarité–budget: co 1 → ln(5/6) < 0, dropped.
    expect(view).toEqual([
      [0, 2, 0.510826, 2],
      [0, 1, 0.105361, 2],
      [1, 0, 0.105361, 2],
      [2, 0, 0.510826, 2],
    ]);
    expect(pmi(2, 3, 2, 5)).toBeCloseTo(Math.log(5 / 3), 12);
  });

  it("applies the co-document floor and top-K", () => {
    expect(computePpmi(docs, 4, { minCoDocs: 3, topK: 10, shrink: 0 })).toEqual([]);
    const top1 = computePpmi(docs, 4, { minCoDocs: 1, topK: 1, shrink: 0 });
    expect(top1.filter((a) => a.term === 0).map((a) => a.related)).toEqual([2]);
  });

  it("shrinks the ranking of pairs seen in few documents, not the stored value", () => {
    // a (0) co-occurs with b (1) in 1 of its 2 docs, with c (2) in 8 of 8: PPMI(a,b) > PPMI(a,c) but b is one article.
    const many = [[0, 1], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [2], [2], [3], [3], [3], [3], [3], [3], [3], [3], [3]];
    const byPpmi = computePpmi(many, 4, { minCoDocs: 1, topK: 2, shrink: 0 }).filter((a) => a.term === 0);
    expect(byPpmi.map((a) => a.related)).toEqual([1, 2]);
    const shrunk = computePpmi(many, 4, { minCoDocs: 1, topK: 2, shrink: 5 }).filter((a) => a.term === 0);
    expect(shrunk.map((a) => a.related)).toEqual([2, 1]);
    expect(shrunk[1].ppmi).toBeCloseTo(byPpmi[0].ppmi, 12);
  });
});

describe("phrase detection", () => {
  it("finds bigram and connector phrases that recur, not chance neighbours", () => {
    const corpus = new TokenCorpus();
    for (let i = 0; i < 6; i++) {
      corpus.addDocument(`La troisième mi-temps a célébré l'esprit d'équipe du club numéro ${i}.`);
      corpus.addDocument(`Le budget municipal ${i} prévoit une piscine. Le club vote.`);
    }
    // "numéro" is frequent on its own: its six meetings with "club" are chance.
    for (let i = 0; i < 30; i++) corpus.addDocument(`Le numéro ${i} gagne la loterie nationale.`);
    const phrases = detectPhrases(corpus, { minCount: 5, minNpmi: 0.5 });
    const terms = extractDocTerms(corpus, phrases, 0, 5);
    expect(terms.get("troisième mi-temps")).toBe(1);
    expect(terms.get("esprit d'équipe")).toBe(1);
    expect(terms.get("mi-temps")).toBe(1);
    // Stop words and short tokens are never terms.
    expect(terms.has("la")).toBe(false);
    expect(terms.has("d'")).toBe(false);
    // Neighbours that mostly occur apart are not a phrase.
    expect([...terms.keys()].some((t) => t.startsWith("club "))).toBe(false);
  });
});
