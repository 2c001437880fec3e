import { TCString } from "@iabtechlabtcf/core";
import { describe, expect, it } from "vitest";
import { TCF_EXAMPLES } from "../tcf-fixtures";
import { hasPurposeConsent } from "./tc-purpose";

describe("hasPurposeConsent (the tag's tiny decoder)", () => {
  it("agrees with the IAB library on every purpose of every decodable v2 example", () => {
    const strings = [
      TCF_EXAMPLES.specRefusing,
      TCF_EXAMPLES.specRefusingWithPublisher,
      TCF_EXAMPLES.cliNothing,
      TCF_EXAMPLES.outdatedAllPurposes,
      TCF_EXAMPLES.acceptAllV5,
      TCF_EXAMPLES.acceptAllV4WithEmptyPublisher,
    ];
    for (const tc of strings) {
      const model = TCString.decode(tc);
      for (let p = 1; p <= 24; p++) expect(hasPurposeConsent(tc, p), `purpose ${p} of ${tc.slice(0, 12)}`).toBe(model.purposeConsents.has(p));
    }
    expect(hasPurposeConsent(TCF_EXAMPLES.acceptAllV5, 1)).toBe(true);
    expect(hasPurposeConsent(TCF_EXAMPLES.specRefusing, 1)).toBe(false);
  });

  it("says no for v1, empty and garbage strings", () => {
    expect(hasPurposeConsent(TCF_EXAMPLES.v1, 1)).toBe(false);
    expect(hasPurposeConsent("", 1)).toBe(false);
    expect(hasPurposeConsent(undefined, 1)).toBe(false);
    expect(hasPurposeConsent("C", 1)).toBe(false);
    expect(hasPurposeConsent("C!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", 1)).toBe(false);
  });
});
