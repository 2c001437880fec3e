import { describe, expect, it } from "vitest";
import { computePpmi, countDocFreq, pmi, rankScore } from "./compute-ppmi";
import { detectPhrases, extractDocTerms, forEachTermOccurrence, TokenCorpus } from "./extract-terms";
import { DEFAULT_TERM_SHAPE, TermShapes } from "./term-shape";
import { BOUNDARY, joinPhrase, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("keeps accents and hyphenated words, splits elisions and marks sentence and phrase ends", () => {
    expect(tokenize("L'esprit d'équipe, après la troisième mi-temps. Aujourd'hui")).toEqual([
      "l'", "esprit", "d'", "équipe", BOUNDARY, "après", "la", "troisième", "mi-temps", BOUNDARY, "aujourd'hui",
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
    const assoc = computePpmi(docs, 4, { minCoDocs: 1, topK: 10, weighByCount: false });
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
    expect(computePpmi(docs, 4, { minCoDocs: 3, topK: 10, weighByCount: false })).toEqual([]);
    const top1 = computePpmi(docs, 4, { minCoDocs: 1, topK: 1, weighByCount: false });
    expect(top1.filter((a) => a.term === 0).map((a) => a.related)).toEqual([2]);
  });

  it("can weigh the ranking by co-occurrence count, never the stored value", () => {
    // a (0) meets b (1) once — b's only document — and c (2) in 8 documents; N = 20.
    // PPMI(a,b) = ln(1·20/(9·1)) = 0.7985 beats PPMI(a,c) = ln(8·20/(9·10)) = 0.5754,
    // but ppmi·ln(1+co) ranks c first: 0.5754·ln 9 = 1.2643 > 0.7985·ln 2 = 0.5535.
    const many = [[0, 1], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [2], [2], [3], [3], [3], [3], [3], [3], [3], [3], [3]];
    const byPpmi = computePpmi(many, 4, { minCoDocs: 1, topK: 2, weighByCount: false }).filter((a) => a.term === 0);
    expect(byPpmi.map((a) => [a.related, Number(a.ppmi.toFixed(4))])).toEqual([[1, 0.7985], [2, 0.5754]]);
    const weighed = computePpmi(many, 4, { minCoDocs: 1, topK: 2, weighByCount: true }).filter((a) => a.term === 0);
    expect(weighed.map((a) => a.related)).toEqual([2, 1]);
    expect(rankScore(weighed[0], true)).toBeCloseTo(Math.log(160 / 90) * Math.log(9), 10);
    expect(weighed[1].ppmi).toBeCloseTo(byPpmi[0].ppmi, 12);
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

describe("diversify", () => {
  it("keeps one term per recurring phrasing, preferring the longer phrase", async () => {
    const { diversify } = await import("./diversify");
    const candidates = [
      { term: "priorité", score: 3, docFreq: 90 },
      { term: "priorité des éducateurs", score: 3, docFreq: 90 },
      { term: "éducateurs", score: 3, docFreq: 91 },
      { term: "troisième mi-temps", score: 2.5, docFreq: 260 },
      { term: "solidarité", score: 2.4, docFreq: 565 },
    ];
    const co = new Map([
      ["priorité des éducateurs|priorité", 90],
      ["priorité des éducateurs|éducateurs", 90],
      // Often together, but "solidarité" mostly lives elsewhere: 120 < 0.8 · 260.
      ["troisième mi-temps|solidarité", 120],
    ]);
    const picked = diversify(candidates, (a, b) => co.get(`${a}|${b}`), 10);
    expect(picked.map((c) => c.term)).toEqual(["priorité des éducateurs", "troisième mi-temps", "solidarité"]);
    expect(diversify(candidates, () => undefined, 2).map((c) => c.term)).toEqual(["priorité des éducateurs", "éducateurs"]);
  });
});

describe("seed-set expansion", () => {
  it("finds vocabulary words and phrases in a text, never stop words", async () => {
    const { findVocabularyTerms } = await import("./seed-set");
    const vocabulary = new Set(["esprit d'équipe", "troisième mi-temps", "club", "de", "mi-temps"]);
    expect([...findVocabularyTerms("L'esprit d'équipe du club. Troisième mi-temps !", vocabulary)].sort()).toEqual(
      ["club", "esprit d'équipe", "mi-temps", "troisième mi-temps"],
    );
  });

  it("scores PPMI with the seed set: ln(co·N / (|S|·df))", async () => {
    const { rankSeedSetTerms } = await import("./seed-set");
    // N = 100 articles; |S| = 4; "mêlée" in 3 of them (df 5), "club" in 4 (df 50), "budget" in 1.
    const ranked = rankSeedSetTerms({
      docs: [
        { id: 1, text: "Mêlée et club" }, { id: 2, text: "Mêlée, club" }, { id: 3, text: "Une mêlée au club" }, { id: 4, text: "Le club vote le budget" },
      ],
      docFreq: new Map([["mêlée", 5], ["club", 50], ["budget", 8]]),
      corpusSize: 100,
      minCoDocs: 1,
      isExcluded: (t) => t === "budget",
    });
    expect(ranked.map((r) => [r.term, Number(r.ppmi.toFixed(6)), r.coDocs, r.docIds])).toEqual([
      ["mêlée", Number(Math.log((3 * 100) / (4 * 5)).toFixed(6)), 3, [1, 2, 3]], // ln 15 = 2.70805
      ["club", Number(Math.log((4 * 100) / (4 * 50)).toFixed(6)), 4, [1, 2, 3, 4]], // ln 2 = 0.693147
    ]);
  });

  it("broadens to a category only when the seeds name it", async () => {
    const { chooseBroadening } = await import("./seed-set");
    const rugby = { id: "527", seedArticles: 680, categoryArticles: 1125 };
    const sports = { id: "483", seedArticles: 681, categoryArticles: 5200 };
    expect(chooseBroadening([sports, rugby], 681)).toEqual(rugby);
    // "berline": most of its articles are automotive, but berlines are a small part of it.
    expect(chooseBroadening([{ id: "1", seedArticles: 150, categoryArticles: 900 }], 159)).toBeNull();
    expect(chooseBroadening([{ id: "527", seedArticles: 12, categoryArticles: 16 }], 16)).toBeNull();
  });
});

describe("phrase boundaries", () => {
  it("never joins words across a comma, a bracket or a quote", () => {
    const corpus = new TokenCorpus();
    for (let i = 0; i < 8; i++) {
      corpus.addDocument(`Le club ${i} a validé sa montée, au terme d'une saison remarquable. Respect, solidarité (partage).`);
      corpus.addDocument(`Le budget ${i} est voté. La mairie décide.`);
    }
    const phrases = detectPhrases(corpus, { minCount: 5, minNpmi: 0.5 });
    const terms = [...extractDocTerms(corpus, phrases, 0, 5).keys()];
    // Eight times side by side, but never in the same phrase.
    expect(terms).not.toContain("montée au terme");
    expect(terms).not.toContain("respect solidarité");
    expect(terms).not.toContain("solidarité partage");
    expect(terms).toContain("saison remarquable");
  });
});

describe("term shape", () => {
  // A small rugby and motoring desk: every word below recurs in the same rugby articles,
  // so document statistics alone would suggest all of them for "rugby".
  const TOWNS = ["Agen", "Brive", "Castres", "Pau", "Bayonne", "Dax", "Albi", "Auch", "Tarbes", "Cahors"];
  const corpus = new TokenCorpus();
  const isEnglish: boolean[] = [];
  const add = (text: string, english = false) => {
    corpus.addDocument(text);
    isEnglish.push(english);
  };
  TOWNS.forEach((town, i) => {
    add(
      `Porté par son pack, le club de ${town} a signé sa ${i + 3}e victoire. L'essai est venu après un ballon porté. ` +
        `La solidarité du groupe a fait la différence. La troisième mi-temps a réuni les bénévoles. ` +
        `Les cadres dirigeants ${["saluent", "défendent", "célèbrent"][i % 3]} les valeurs de solidarité. Les anciens transmettent aux jeunes le goût de l'effort.`,
    );
    add(`La berline familiale de ${town} séduit les parents. Les parents privilégient le confort et la sécurité des enfants.`);
    add(`The ${town} club hosted a tournament. Volunteers run the bar and the volunteers drive the minibus.`, true);
  });
  const phrases = detectPhrases(corpus, { minCount: 5, minNpmi: 0.5 });
  const shapes = new TermShapes(corpus, phrases.connectors);
  corpus.docs.forEach((doc, d) => forEachTermOccurrence(corpus, phrases, d, 5, (term, start, end) => shapes.record(term, doc, start, end, isEnglish[d])));

  it("keeps nouns and noun phrases", () => {
    for (const term of ["solidarité", "troisième mi-temps", "bénévoles", "victoire", "cadres dirigeants", "volunteers", "sécurité"]) expect([term, shapes.verdict(term)]).toEqual([term, "ok"]);
  });

  it("rejects bare participles, adjectives after their noun and verbs", () => {
    // "après un ballon porté", "Porté par son pack": never after a determiner or a preposition.
    expect(shapes.verdict("porté")).toBe("not a noun phrase");
    expect(shapes.verdict("familiale")).toBe("not a noun phrase");
    expect(shapes.verdict("séduit")).toBe("not a noun phrase");
    expect(shapes.verdict("transmettent aux jeunes")).toBe("not a noun phrase");
  });

  it("rejects a subject and its verb, whose object follows", () => {
    expect(shapes.verdict("parents privilégient")).toBe("ends with a verb");
    expect(shapes.describe("parents privilégient")!.objectShare).toBe(1);
    // French "a" is a verb, not the English article: "la différence" after "a fait" is no object of "solidarité".
    expect(shapes.describe("solidarité")!.objectShare).toBe(0);
  });

  it("rejects pieces of a longer expression, not a noun that takes a complement", () => {
    // "cadres" only ever comes as "cadres dirigeants".
    expect(shapes.verdict("cadres")).toBe("fragment");
    expect(shapes.verdict("dirigeants")).not.toBe("ok");
    // "la solidarité du groupe" half of the time: still a noun of its own.
    expect(shapes.describe("solidarité")!.neighbourShare).toBeLessThan(DEFAULT_TERM_SHAPE.maxNeighbourShare);
  });
});
