import { describe, expect, it } from "vitest";
import { deriveTierSetting } from "./derive-tier-setting";
import { explainHarmless, explainRisky } from "./explain-verdict";

describe("deriveTierSetting", () => {
  it("keeps up to low risk and excludes the GARM categories the list systematically blocks", () => {
    const setting = deriveTierSetting([
      { garm: "illegal_drugs_tobacco_vaping_alcohol", articles: 10, blocked: 9 },
      { garm: "terrorism", articles: 5, blocked: 2 },
      // Blocked, but rarely: not what the list is about.
      { garm: "crime_harmful_acts_human_rights", articles: 40, blocked: 3 },
      // Fully blocked but a single article: no evidence of intent.
      { garm: "online_piracy", articles: 1, blocked: 1 },
    ]);
    expect(setting).toEqual({
      allowedTonalities: ["optimistic", "neutral", "pessimistic", "anxious"],
      maxRisk: "low",
      excludedGarm: ["illegal_drugs_tobacco_vaping_alcohol", "terrorism"],
    });
  });

  it("excludes nothing when the list targets no category", () => {
    expect(deriveTierSetting([]).excludedGarm).toEqual([]);
  });
});

describe("explain verdicts", () => {
  const matches = [{ term: "crise", span: "crise", start: 4, end: 9, context: "Une crise de fou rire" }];
  const explain = [
    { label: "tonality", value: "optimistic", span: "fou rire", weight: 1 },
    { label: "risk", value: "medium", span: "scandale", weight: -0.2, note: "negated" },
    { label: "risk", value: "medium", span: "crise de fou rire", weight: -0.5, note: "idiom" },
    { label: "garm", value: "terrorism", span: "bombe", weight: 2 },
    "not an explanation",
  ];

  it("puts the discounted reading of the matched words first", () => {
    expect(explainHarmless(matches, explain).map((e) => e.note)).toEqual(["idiom", "negated"]);
  });

  it("gives the strongest positive risk signals for a missed article", () => {
    expect(explainRisky(explain).map((e) => e.span)).toEqual(["bombe"]);
  });

  it("falls back to the classifier's low-risk verdict, never to positive cues", () => {
    const plain = [
      { label: "risk", value: "low", span: "", weight: 1.3, note: "combined evidence" },
      { label: "risk", value: "death_injury_military_conflict", span: "mortalité", weight: 1, note: "cue" },
    ];
    expect(explainHarmless(matches, plain).map((e) => e.note)).toEqual(["combined evidence"]);
  });

  it("merges the risk and GARM entries of one span and names nothing twice", async () => {
    const { groupReasons } = await import("./explain-verdict");
    const garm = new Set(["death_injury_military_conflict", "crime_harmful_acts_human_rights"]);
    const reasons = groupReasons(
      [
        { label: "risk", value: "death_injury_military_conflict", span: "épidémie", weight: 2, note: "cue" },
        { label: "garm", value: "death_injury_military_conflict", span: "épidémie", weight: 2, note: "cue" },
        { label: "risk", value: "medium", span: "Braquage", weight: 1, note: "crime_harmful_acts_human_rights" },
        { label: "risk", value: "none", span: "bombe", weight: -1, note: "sports context" },
      ],
      garm,
    );
    expect(reasons).toEqual([
      { span: "épidémie", notes: [], garm: ["death_injury_military_conflict"] },
      { span: "Braquage", notes: [], garm: ["crime_harmful_acts_human_rights"] },
      { span: "bombe", notes: ["sports context"], garm: [] },
    ]);
  });

  it("copes with a missing or malformed explanation", () => {
    expect(explainHarmless(matches, null)).toEqual([]);
    expect(explainRisky({})).toEqual([]);
  });
});
