import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text";
import { isBlockedBy, matchBlocklist } from "./match-blocklist";
import { MAX_TERM_LENGTH, parseBlocklist, toBlocklistTerm } from "./parse-blocklist";

function terms(...entries: string[]) {
  return entries.map((entry) => {
    const term = toBlocklistTerm(entry);
    if (!term) throw new Error(`not a term: ${entry}`);
    return term;
  });
}

describe("foldText", () => {
  it("lowercases, strips accents and ligatures, and splits on punctuation", () => {
    expect(foldText("L'Été, à Noël : cœur-de-bœuf!")).toBe(" l ete a noel coeur de boeuf ");
    expect(foldText("  ")).toBe("  ");
    expect(foldText("COVID-19")).toBe(" covid 19 ");
  });
});

describe("matchBlocklist", () => {
  it("blocks the famous tarte au citron on the word 'citron'… and quotes it", () => {
    const text = "Recette : la tarte au citron meringuée de grand-mère, inratable.";
    const [match] = matchBlocklist(text, terms("citron"));
    expect(match.span).toBe("citron");
    expect(match.context).toContain("tarte au citron meringuée");
    expect(text.slice(match.start, match.end)).toBe("citron");
  });

  it("matches a multi-word term as a phrase, not as scattered words", () => {
    const phrase = terms("tarte au citron");
    expect(matchBlocklist("Une Tarte-au-Citron maison", phrase).map((m) => m.span)).toEqual(["Tarte-au-Citron"]);
    expect(isBlockedBy("Une tarte aux pommes et un citron pressé", phrase)).toBe(false);
  });

  it("respects word boundaries: 'crise' is not 'crises', 'crisette' or 'décrise'", () => {
    const crise = terms("crise");
    expect(isBlockedBy("Les crises se succèdent", crise)).toBe(false);
    expect(isBlockedBy("une crisette passagère", crise)).toBe(false);
    expect(isBlockedBy("Crise de fou rire au tribunal", crise)).toBe(true);
    const [match] = matchBlocklist("Une crise de fou rire générale", crise);
    expect(match.span).toBe("crise");
    expect(match.context).toBe("Une crise de fou rire générale");
  });

  it("is accent- and case-insensitive in both directions", () => {
    expect(isBlockedBy("ÉMEUTES à Nantes", terms("emeutes"))).toBe(true);
    expect(isBlockedBy("des emeutes a Nantes", terms("émeutes"))).toBe(true);
    expect(matchBlocklist("Un ŒUF dur", terms("oeuf"))[0].span).toBe("ŒUF");
  });

  it("treats apostrophes and hyphens as word separators (French elision)", () => {
    expect(matchBlocklist("Après l'attentat, la ville se recueille", terms("attentat"))[0].span).toBe("attentat");
    expect(isBlockedBy("la troisième mi-temps", terms("mi temps"))).toBe(true);
  });

  it("extends a trailing-* prefix term to the whole word", () => {
    const [match] = matchBlocklist("Le terrorisme recule", terms("terror*"));
    expect(match.span).toBe("terrorisme");
    expect(isBlockedBy("la terre", terms("terror*"))).toBe(false);
  });

  it("reports every occurrence in text order", () => {
    const found = matchBlocklist("Guerre des prix, pas guerre : la crise des prix", terms("crise", "guerre"));
    expect(found.map((m) => [m.term, m.span])).toEqual([
      ["guerre", "Guerre"],
      ["guerre", "guerre"],
      ["crise", "crise"],
    ]);
  });
});

describe("parseBlocklist", () => {
  it("reads one term per line, skips comments and blanks, dedupes by folded form", () => {
    const parsed = parseBlocklist("# marque X\ncrise\n\nAttentat\nattentat\nÉmeute, guerre\n!!!\n");
    expect(parsed.terms.map((t) => t.term)).toEqual(["crise", "Attentat", "Émeute", "guerre"]);
    expect(parsed.duplicates).toEqual(["attentat"]);
    expect(parsed.rejected).toEqual(["!!!"]);
  });

  it("uses the keyword column of a CSV export with a header", () => {
    const parsed = parseBlocklist('id;Mot-clé;match\n1;"tarte au citron";phrase\n2;crise;broad\n');
    expect(parsed.terms.map((t) => t.term)).toEqual(["tarte au citron", "crise"]);
    expect(parsed.terms[0].needle).toBe(" tarte au citron ");
  });

  it("keeps multi-word terms whole and marks prefix terms", () => {
    const parsed = parseBlocklist("crise de fou rire\nterror*");
    expect(parsed.terms).toEqual([
      { term: "crise de fou rire", needle: " crise de fou rire ", isPrefix: false },
      { term: "terror*", needle: " terror", isPrefix: true },
    ]);
  });
});

describe("prefilterRegex (SQL prefilter must never miss an exact match)", () => {
  const texts = [
    "Une CRISE de fou rire", "Les crises", "Cœur de bœuf et ŒUFS", "L'Été à l'hôtel", "tarte-au-citron", "TARTE  AU\tCITRON",
    "Ça déraille : émeutes", "Straße", "Łódź", "mi-temps", "Le terrorisme", "covid-19", "ÆON", "naïve façon",
  ];
  const entries = ["crise", "coeur", "oeufs", "ete", "tarte au citron", "ca", "emeutes", "strasse", "lodz", "mi temps", "terror*", "covid 19", "aeon", "naive facon", "boeuf"];
  it.each(entries)("accepts every text that %s blocks", async (entry) => {
    const { prefilterRegex } = await import("./match-articles-sql");
    const [term] = terms(entry);
    const regex = new RegExp(prefilterRegex(term.needle.trim()));
    for (const text of texts) if (isBlockedBy(text, [term])) expect(regex.test(text), `${entry} in ${text}`).toBe(true);
    expect(texts.some((text) => isBlockedBy(text, [term]))).toBe(true);
  });
});

describe("termTsquery (folded-words index search)", () => {
  it("searches a word, a word prefix, or every word of a phrase", async () => {
    const { termTsquery } = await import("./match-articles-sql");
    expect(terms("Crise", "terror*", "tarte au citron", "coup d'ét*", "covid-19").map(termTsquery)).toEqual([
      "'crise'", "'terror':*", "'tarte' & 'au' & 'citron'", "'coup' & 'd' & 'et':*", "'covid' & '19'",
    ]);
  });

  it("fits the longest term the parser accepts in an indexed word", async () => {
    const { INDEXED_WORD_LENGTH, termTsquery } = await import("./match-articles-sql");
    // Ligatures fold to two letters: the longest folded word a term can have.
    const [longest] = terms(`${"œ".repeat(MAX_TERM_LENGTH - 1)}*`);
    expect(longest.needle.trim().length).toBeLessThanOrEqual(INDEXED_WORD_LENGTH);
    expect(termTsquery(longest)).toBe(`'${"oe".repeat(MAX_TERM_LENGTH - 1)}':*`);
  });
});
