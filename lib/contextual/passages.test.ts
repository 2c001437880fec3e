import { describe, expect, it } from "vitest";
import { classifyArticle } from "./index";
import { LONG_TEXT, splitPassages } from "./passages";

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

// A council story of eight paragraphs (~330 words) whose fifth paragraph reports a killing.
const PARAGRAPHS = [
  "Le conseil municipal de Saint-Aubin-des-Prés a voté lundi soir le budget de l'année prochaine, après une séance de près de trois heures. La majorité a défendu un texte qu'elle juge « sérieux et tourné vers les familles ».",
  "Le principal chantier concerne la rénovation de l'école élémentaire Jules-Ferry, dont la toiture fuit depuis deux hivers. Les travaux doivent commencer en avril et durer six mois, pour un coût de 1,2 million d'euros.",
  "L'opposition a demandé que la piscine municipale rouvre le dimanche matin. Le maire a promis une étude, en rappelant que le personnel manque et que le recrutement d'un maître-nageur prend du temps.",
  "Les associations sportives verront leurs subventions maintenues. Le club de handball, qui a gagné deux montées en trois saisons, recevra une aide exceptionnelle pour ses déplacements.",
  "En début de séance, le maire a demandé une minute de silence pour Karim B., 34 ans, tué de plusieurs coups de couteau samedi soir devant un bar du centre-ville. Le suspect, un homme de 27 ans, a été placé en garde à vue et l'enquête pour meurtre a été confiée à la police judiciaire.",
  "La question du stationnement a occupé une bonne partie des débats. Quarante places supplémentaires seront créées près de la gare, et la zone bleue sera étendue à la rue du Marché.",
  "Le budget prévoit aussi la plantation de deux cents arbres le long des boulevards, un projet porté par le conseil municipal des jeunes.",
  "Le prochain conseil se tiendra le 14 mars. Les habitants pourront poser leurs questions en ligne jusqu'à la veille de la séance.",
];
const TITLE = "Saint-Aubin-des-Prés vote son budget, l'école Jules-Ferry rénovée";

describe("splitPassages", () => {
  it("leaves a lead-length text whole", () => {
    expect(splitPassages("Un titre court", "Une phrase. Une autre phrase.")).toEqual([]);
  });

  it("cuts a long article into passages of whole sentences, in order, losing no word", () => {
    const text = PARAGRAPHS.join("\n\n");
    const passages = splitPassages(TITLE, text);
    expect(passages.length).toBeGreaterThan(3);
    expect(passages.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
    for (const p of passages) {
      expect(p).toMatch(/[.!?»"]$/);
      // One sentence may exceed the target on its own; packing never adds a second one past it.
      expect(words(p) <= LONG_TEXT.passageWords || !/[.!?»]\s/.test(p)).toBe(true);
    }
  });
});

describe("long articles", () => {
  it("are risky when one passage reports a killing, and not when that passage is left out", () => {
    const withKilling = classifyArticle({ title: TITLE, text: PARAGRAPHS.join("\n\n") });
    const without = classifyArticle({ title: TITLE, text: PARAGRAPHS.filter((_, i) => i !== 4).join("\n\n") });
    expect(["medium", "high"]).toContain(withKilling.risk);
    expect(withKilling.garm).toContain("crime_harmful_acts_human_rights");
    expect(without.risk).toBe("none");
    expect(without.iab[0].tier1).toBe(withKilling.iab[0].tier1);
  });
});
