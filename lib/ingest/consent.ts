import { TCString } from "@iabtechlabtcf/core";

/**
 * The consent gate of ingestion: may this batch's events be tied to the browser's profile?
 *
 * Rule (the group is a first-party publisher running its own DMP, not a GVL vendor):
 * - the TC string must decode as TCF v2 with policy version ≥ 4 (TCF 2.2+; the spec makes older
 *   strings invalid since 30 Sep 2023; v1 strings since 30 Sep 2020) — otherwise "no consent";
 * - purpose 1 (store and/or access information on a device — the browser id lives in
 *   localStorage) needs **consent** (TCF allows no legitimate interest for purpose 1);
 * - purposes 8 (measure content performance) and 9 (understand audiences through statistics)
 *   need consent **or** legitimate interest not objected to (TCF 2.2 allows LI for 8–10);
 * - a purpose counts as granted when the core purpose vector grants it OR the Publisher TC
 *   segment does: the publisher segment is where TCF signals the publisher's own purposes, but
 *   most CMPs only write the core vectors (the user's per-purpose choice), and an empty
 *   publisher segment is written by default by many CMPs;
 * - vendor bits are NOT required for linking (first-party processing, no vendor involved). The
 *   bit of the activation vendor (default 755, Google Advertising Products: segments are pushed
 *   to GAM) is recorded in the profile's consent snapshot for activation to check later.
 * Anything else — no string, undecodable, refused — stores events with profile_id null.
 */

export type ConsentPolicy = {
  /** Purposes that require consent (no legitimate interest). */
  consentPurposes: readonly number[];
  /** Purposes satisfied by consent or by legitimate interest. */
  consentOrLiPurposes: readonly number[];
  /** GVL vendor whose consent bit is recorded in the snapshot (not required for linking). */
  vendorId: number;
  minPolicyVersion: number;
};

export const DEFAULT_CONSENT_POLICY: ConsentPolicy = {
  consentPurposes: [1],
  consentOrLiPurposes: [8, 9],
  vendorId: 755,
  minPolicyVersion: 4,
};

export type ConsentReason =
  | "granted"
  | "missing"
  | "undecodable"
  | "unsupported_version"
  | "outdated_policy"
  | "refused";

export type ConsentDecision = {
  isLinked: boolean;
  reason: ConsentReason;
  /** Purposes 1–11 with consent (core or publisher segment), for the profile's snapshot. */
  purposes: number[];
  /** Consent bit of `policy.vendorId`. */
  vendor: boolean;
  /** True when the string decoded as a TCF v2 string (a refusal then is a real signal). */
  isDecoded: boolean;
};

const NONE = (reason: ConsentReason): ConsentDecision => ({
  isLinked: false,
  reason,
  purposes: [],
  vendor: false,
  isDecoded: false,
});

/** Decides from a TC string; pure (decoding never needs the GVL). */
export function decideConsent(tc: string | null | undefined, policy: ConsentPolicy = DEFAULT_CONSENT_POLICY): ConsentDecision {
  const value = tc?.trim();
  if (!value) return NONE("missing");
  let model: ReturnType<typeof TCString.decode>;
  try {
    model = TCString.decode(value);
  } catch {
    // The library throws DecodingError, but also plain TypeErrors on garbage input.
    return NONE("undecodable");
  }
  if (Number(model.version) !== 2) return NONE("unsupported_version");
  const purposes: number[] = [];
  for (let p = 1; p <= 11; p++) {
    if (model.purposeConsents.has(p) || model.publisherConsents.has(p)) purposes.push(p);
  }
  const hasConsent = (p: number) => purposes.includes(p);
  const hasConsentOrLi = (p: number) =>
    hasConsent(p) || model.purposeLegitimateInterests.has(p) || model.publisherLegitimateInterests.has(p);
  const vendor = model.vendorConsents.has(policy.vendorId);
  const base = { purposes, vendor, isDecoded: true };
  // A refusal is reported as such whatever the policy version (it is a real signal, used to
  // refresh an existing profile's snapshot); a grant only counts in a current string.
  const isGranted = policy.consentPurposes.every(hasConsent) && policy.consentOrLiPurposes.every(hasConsentOrLi);
  if (!isGranted) return { ...base, isLinked: false, reason: "refused" };
  if (Number(model.policyVersion) < policy.minPolicyVersion) return { ...base, isLinked: false, reason: "outdated_policy" };
  return { ...base, isLinked: true, reason: "granted" };
}

/**
 * Memoised `decideConsent`: a page's TC string is the same for every batch of a browser, and
 * decoding costs ~0.1–1 ms. Bounded (oldest entry evicted first) so garbage strings cannot
 * grow it.
 */
export function createConsentCache(policy: ConsentPolicy = DEFAULT_CONSENT_POLICY, size = 1000) {
  const cache = new Map<string, ConsentDecision>();
  return (tc: string | null | undefined): ConsentDecision => {
    if (!tc) return decideConsent(tc, policy);
    const hit = cache.get(tc);
    if (hit) return hit;
    const decision = decideConsent(tc, policy);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(tc, decision);
    return decision;
  };
}
