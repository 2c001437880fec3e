import { describe, expect, it } from "vitest";
import { createConsentCache, decideConsent, DEFAULT_CONSENT_POLICY } from "./consent";
import { TCF_EXAMPLES } from "./tcf-fixtures";

describe("decideConsent on the shared TCF examples", () => {
  it("links a TCF 2.2 accept-all string (policy 5) and records purposes and vendor 755", () => {
    const d = decideConsent(TCF_EXAMPLES.acceptAllV5);
    expect(d).toMatchObject({ isLinked: true, reason: "granted", vendor: true, isDecoded: true });
    expect(d.purposes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("links policy 4 accept-all even with an empty Publisher TC segment (core vector counts)", () => {
    const d = decideConsent(TCF_EXAMPLES.acceptAllV4WithEmptyPublisher);
    expect(d.isLinked).toBe(true);
    expect(d.purposes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("refuses the spec example: vendor bits set but no purpose consented (purpose AND vendor matter)", () => {
    for (const tc of [TCF_EXAMPLES.specRefusing, TCF_EXAMPLES.specRefusingWithPublisher]) {
      const d = decideConsent(tc);
      expect(d).toMatchObject({ isLinked: false, reason: "refused", purposes: [], isDecoded: true });
    }
  });

  it("refuses the CLI example (nothing consented)", () => {
    expect(decideConsent(TCF_EXAMPLES.cliNothing)).toMatchObject({ isLinked: false, reason: "refused" });
  });

  it("does not link an outdated policy-2 string even when purposes 1–10 are consented", () => {
    const d = decideConsent(TCF_EXAMPLES.outdatedAllPurposes);
    expect(d).toMatchObject({ isLinked: false, reason: "outdated_policy" });
    expect(d.purposes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("treats corrupt, v1, garbage and absent strings as no consent (never throws)", () => {
    expect(decideConsent(TCF_EXAMPLES.corrupt)).toMatchObject({ isLinked: false, reason: "undecodable" });
    expect(decideConsent(TCF_EXAMPLES.v1)).toMatchObject({ isLinked: false, reason: "unsupported_version" });
    expect(decideConsent("zzz")).toMatchObject({ isLinked: false, reason: "undecodable" });
    expect(decideConsent("")).toMatchObject({ isLinked: false, reason: "missing" });
    expect(decideConsent(undefined)).toMatchObject({ isLinked: false, reason: "missing" });
    expect(decideConsent(null)).toMatchObject({ isLinked: false, reason: "missing" });
  });

  it("applies a stricter policy: requiring purpose 3 consent still links accept-all", () => {
    const policy = { ...DEFAULT_CONSENT_POLICY, consentPurposes: [1, 3] };
    expect(decideConsent(TCF_EXAMPLES.acceptAllV5, policy).isLinked).toBe(true);
    // Vendor 3 has no consent in 4a: a policy recording it shows false.
    expect(decideConsent(TCF_EXAMPLES.acceptAllV5, { ...policy, vendorId: 3 }).vendor).toBe(false);
  });

  it("memoises decisions and bounds the cache", () => {
    const decide = createConsentCache(DEFAULT_CONSENT_POLICY, 2);
    const first = decide(TCF_EXAMPLES.acceptAllV5);
    expect(decide(TCF_EXAMPLES.acceptAllV5)).toBe(first);
    decide(TCF_EXAMPLES.cliNothing);
    decide(TCF_EXAMPLES.specRefusing); // evicts the oldest (acceptAllV5)
    expect(decide(TCF_EXAMPLES.acceptAllV5)).not.toBe(first);
    expect(decide(TCF_EXAMPLES.acceptAllV5)).toEqual(first);
  });
});
