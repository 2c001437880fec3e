import { describe, expect, it } from "vitest";
import { foldText } from "../blocklist/fold-text";
import { FoldedTermMatcher } from "./match-folded-terms";

describe("FoldedTermMatcher", () => {
  const terms = ["rugby", "troisième mi-temps", "esprit d'équipe", "club", "club amateur", "œuvre", "!!!", "solidarité"];
  const matcher = new FoldedTermMatcher(terms);
  const names = (text: string) => matcher.match(text).map((i) => terms[i]);

  it("matches accent- and case-insensitively on word boundaries, phrases across punctuation", () => {
    expect(names("RUGBY : une Troisieme mi temps au club-house. Esprit d’équipe !")).toEqual(["rugby", "troisième mi-temps", "esprit d'équipe", "club"]);
    expect(names("Le rugbyman et les clubs")).toEqual([]);
    expect(names("La solidarite du club amateur, une oeuvre")).toEqual(["club", "club amateur", "œuvre", "solidarité"]);
  });

  it("never matches a term that folds to nothing, and reports each term once", () => {
    expect(names("!!! rugby rugby rugby")).toEqual(["rugby"]);
    expect(new FoldedTermMatcher(["", "…"]).match("anything … at all")).toEqual([]);
  });

  it("agrees with the blocklist rule: ` folded term ` is a substring of the folded text", () => {
    const texts = [
      "Mi-temps : le club amateur de Dax. Troisième mi-temps joyeuse !",
      "L'esprit d'équipe, l'esprit d'Équipe; ESPRIT D EQUIPE",
      "Œuvre d'art, oeuvres, rugby-club, club",
      "",
    ];
    for (const text of texts) {
      const expected = terms.flatMap((t, i) => (foldText(t).trim() && foldText(text).includes(foldText(t)) ? [i] : []));
      expect(matcher.match(text)).toEqual(expected);
    }
  });
});
