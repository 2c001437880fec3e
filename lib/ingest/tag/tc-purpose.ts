/**
 * Reads one purpose-consent bit straight from a TCF v2 TC string's core segment, without the
 * IAB library (the site tag must stay a few KB). Core segment layout (TCF v2 spec): Version 6
 * bits, Created 36, LastUpdated 36, CmpId 12, CmpVersion 12, ConsentScreen 6,
 * ConsentLanguage 12, VendorListVersion 12, TcfPolicyVersion 6, IsServiceSpecific 1,
 * UseNonStandardTexts 1, SpecialFeatureOptIns 12 → PurposesConsent starts at bit 152.
 * The server decides linking with the full library; the tag only needs "may I store an id?".
 */
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const PURPOSES_OFFSET = 152;

function bitAt(core: string, index: number): number {
  const value = BASE64URL.indexOf(core.charAt(Math.floor(index / 6)));
  return value < 0 ? -1 : (value >> (5 - (index % 6))) & 1;
}

/** True only for a TCF v2 string whose core segment grants `purpose` (1–24). */
export function hasPurposeConsent(tc: string | undefined | null, purpose: number): boolean {
  if (!tc) return false;
  const core = tc.split(".")[0];
  // Version: the first 6 bits, i.e. the first character, must be 2 ("C").
  if (BASE64URL.indexOf(core.charAt(0)) !== 2) return false;
  return bitAt(core, PURPOSES_OFFSET + purpose - 1) === 1;
}
