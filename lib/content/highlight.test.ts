import { describe, expect, it } from "vitest";
import type { Explanation } from "@/lib/contextual/types";
import { highlightSpans } from "./highlight";

const e = (span: string, weight = 1, label: Explanation["label"] = "tonality", value = "anxious"): Explanation => ({ label, value, span, weight });

describe("highlightSpans", () => {
  it("marks each occurrence, case-insensitively, on whole words only", () => {
    const segments = highlightSpans("Crise au club : la crise de rire des supporters. Crises ?", [e("crise")]);
    expect(segments.filter((s) => s.marks.length).map((s) => s.text)).toEqual(["Crise", "crise"]);
    expect(segments.map((s) => s.text).join("")).toBe("Crise au club : la crise de rire des supporters. Crises ?");
  });

  it("prefers the longer span on overlap and groups explanations of the same span", () => {
    const segments = highlightSpans("Une troisième mi-temps mémorable", [
      e("mi-temps", 0.2, "iab", "483"),
      e("troisième mi-temps", -0.8, "risk", "none"),
      e("Troisième mi-temps", 0.5, "tonality", "optimistic"),
    ]);
    const marked = segments.filter((s) => s.marks.length);
    expect(marked).toHaveLength(1);
    expect(marked[0].text).toBe("troisième mi-temps");
    expect(marked[0].marks.map((m) => m.label).sort()).toEqual(["risk", "tonality"]);
  });

  it("handles accents, regex characters and spans absent from the text", () => {
    const segments = highlightSpans("Attentat déjoué (selon la police) à Nice", [e("déjoué"), e("(selon"), e("explosion")]);
    expect(segments.filter((s) => s.marks.length).map((s) => s.text)).toEqual(["déjoué", "(selon"]);
  });
});
