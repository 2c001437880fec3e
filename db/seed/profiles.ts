import { createHash } from "node:crypto";
import { CONSENT_TEMPLATES, type Population, personBrandCount } from "./audience";
import { copyLine } from "./copy";
import { BRANDS } from "./data/brands";
import { REGIONS } from "./data/places";
import { type Rng, cumulative, deriveRng, drawCumulative, pick, uuidV4, weightedIndex, weightedKey } from "./random";

/*
 * Profile rows, written after the events so created_at / last_seen_at match them.
 * Subscribers carry declared attributes (INSEE region + a département of that region, PCS
 * group consistent with age, plan and tenure, newsletters) and a SHA-256 of a fake email;
 * anonymous browsers carry none of that.
 */

export const PROFILE_COLUMNS = [
  "id", "external_id", "kind", "email_sha256", "age_band", "gender", "region", "departement", "csp", "plan",
  "subscribed_at", "newsletters", "consent_purposes", "consent_vendor", "consent_special", "consent_updated_at",
  "created_at", "last_seen_at",
] as const;
export const LINK_COLUMNS = ["browser_profile_id", "person_profile_id", "first_seen_at", "last_seen_at"] as const;

export const AGE_BANDS = { "18-24": 6, "25-34": 14, "35-49": 27, "50-64": 28, "65+": 25 } as const;
type AgeBand = keyof typeof AGE_BANDS;
const GENDERS = { f: 47, m: 52, x: 1 } as const;
export const CSP_GROUPS = [
  "agriculteurs", "artisans_commercants", "cadres", "prof_intermediaires", "employes", "ouvriers", "retraites", "etudiants", "sans_activite",
] as const;
/** PCS group weights by age band (news subscribers skew towards managers and retirees). */
const CSP_BY_AGE: Record<AgeBand, number[]> = {
  "18-24": [0, 1, 4, 10, 20, 8, 0, 55, 3],
  "25-34": [1, 5, 30, 25, 22, 8, 0, 4, 5],
  "35-49": [2, 9, 32, 25, 18, 8, 0, 0, 6],
  "50-64": [3, 9, 27, 22, 18, 8, 8, 0, 5],
  "65+": [1, 2, 3, 0, 0, 0, 92, 0, 2],
};
const PLANS_BY_AGE: Record<AgeBand, Record<string, number>> = {
  "18-24": { free: 60, digital: 32, premium: 6, print_digital: 2 },
  "25-34": { free: 45, digital: 38, premium: 13, print_digital: 4 },
  "35-49": { free: 38, digital: 36, premium: 17, print_digital: 9 },
  "50-64": { free: 36, digital: 32, premium: 16, print_digital: 16 },
  "65+": { free: 32, digital: 24, premium: 14, print_digital: 30 },
};
const MAIL_DOMAINS = ["example.org", "example.com", "example.net"];
const FIRST = ["camille", "julien", "sophie", "thomas", "lea", "nicolas", "manon", "pierre", "ines", "hugo", "claire", "karim", "marie", "louis", "emma", "lucas"];
const LAST = ["martin", "bernard", "dubois", "moreau", "laurent", "garnier", "roux", "fournier", "girard", "bonnet", "lambert", "fontaine", "mercier", "nguyen"];
const DEPT_TABLES = REGIONS.map((r) => cumulative(r.departements.map((d) => d.pop)));
const DAY = 86_400_000;

export type ProfileWriteParams = {
  seed: number;
  pop: Population;
  now: Date;
  days: number;
  writeProfile: (line: string) => Promise<void> | void;
  onProgress?: (done: number, total: number) => void;
};

export type ProfileStats = { subscribers: number; anonymous: number };

/** A browser's first/last activity; a browser whose visit found no article counts its anchor day. */
function browserSeen(pop: Population, b: number, windowStart: number): [number, number] {
  const first = pop.browserFirstSeen[b] || windowStart + pop.browserAnchorDay[b] * DAY + 12 * 3_600_000;
  return [first, pop.browserLastSeen[b] || first];
}

/** identity_links rows (browser ↔ subscriber), in a second pass once profiles exist (FK). */
export async function writeIdentityLinks(pop: Population, now: Date, days: number, write: (line: string) => Promise<void> | void): Promise<number> {
  const windowStart = now.getTime() - days * DAY;
  let links = 0;
  for (let person = 0; person < pop.persons; person++) {
    const subscriberId = pop.personSubscriberId[person];
    if (!subscriberId) continue;
    const first = pop.personFirstBrowser[person];
    for (let b = first; b < first + pop.personBrowserCount[person]; b++) {
      const [seenFirst, seenLast] = browserSeen(pop, b, windowStart);
      const pending = write(copyLine([pop.browserProfileId[b], subscriberId, new Date(seenFirst), new Date(seenLast)]));
      if (pending) await pending;
      links++;
    }
  }
  return links;
}

/** Which persons opted in to at least one newsletter (drawn before events: it shapes referrers). */
export function drawNewsletterReaders(seed: number, pop: Population): Uint8Array {
  const rng = deriveRng(seed, "newsletters");
  const readers = new Uint8Array(pop.persons);
  for (let person = 0; person < pop.persons; person++) {
    if (pop.personSubscriberId[person] && rng.next() < 0.62) readers[person] = 1;
  }
  return readers;
}

export async function writeProfiles(p: ProfileWriteParams, newsletterReader: Uint8Array): Promise<ProfileStats> {
  const { pop } = p;
  const rng = deriveRng(p.seed, "profiles");
  const nowMs = p.now.getTime();
  const windowStart = nowMs - p.days * DAY;
  const stats: ProfileStats = { subscribers: 0, anonymous: 0 };
  for (let person = 0; person < pop.persons; person++) {
    const first = pop.personFirstBrowser[person];
    const count = pop.personBrowserCount[person];
    const subscriberId = pop.personSubscriberId[person];
    let personFirst = Infinity;
    let personLast = 0;
    const browserRows: string[] = [];
    for (let b = first; b < first + count; b++) {
      const [seenFirst, seenLast] = browserSeen(pop, b, windowStart);
      // Regular readers' cookies predate the window.
      const created = pop.personClass[person] >= 2 ? seenFirst - Math.floor(rng.next() * 400) * DAY : seenFirst;
      personFirst = Math.min(personFirst, created);
      personLast = Math.max(personLast, seenLast);
      const consent = CONSENT_TEMPLATES[pop.browserConsent[b]];
      const consentAt = new Date(Math.max(created, seenLast - Math.floor(rng.next() * 180) * DAY));
      browserRows.push(copyLine([
        pop.browserProfileId[b], `brw-${uuidV4(rng)}`, "anonymous", null, null, null, null, null, null, null, null, null,
        consent.purposes, consent.vendor, false, consentAt, new Date(created), new Date(seenLast),
      ]));
    }
    if (subscriberId) {
      const line = subscriberLine(rng, pop, person, subscriberId, newsletterReader[person] === 1, nowMs, personFirst, personLast);
      const pending = p.writeProfile(line);
      if (pending) await pending;
      stats.subscribers++;
    }
    for (const line of browserRows) {
      const pending = p.writeProfile(line);
      if (pending) await pending;
      stats.anonymous++;
    }
    if (person % 50_000 === 0) p.onProgress?.(person, pop.persons);
  }
  p.onProgress?.(pop.persons, pop.persons);
  return stats;
}

function subscriberLine(
  rng: Rng, pop: Population, person: number, id: number, readsNewsletters: boolean, nowMs: number, firstSeen: number, lastSeen: number,
): string {
  const age = weightedKey(rng, AGE_BANDS);
  const gender = weightedKey(rng, GENDERS);
  const regionIndex = pop.personRegion[person];
  const region = REGIONS[regionIndex];
  const departement = region.departements[drawCumulative(rng, DEPT_TABLES[regionIndex])];
  const csp = CSP_GROUPS[weightedIndex(rng, CSP_BY_AGE[age])];
  const plan = weightedKey(rng, PLANS_BY_AGE[age]);
  // Tenure: mostly a few years, a long tail of decade-old subscriptions.
  const tenureDays = Math.min(15 * 365, Math.floor(-Math.log(1 - rng.next()) * 3 * 365));
  const subscribedAt = Math.min(nowMs - tenureDays * DAY, firstSeen);
  const newsletters = readsNewsletters ? pickNewsletters(rng, pop, person) : [];
  const email = `${pick(rng, FIRST)}.${pick(rng, LAST)}.${id}@${pick(rng, MAIL_DOMAINS)}`;
  const emailSha256 = createHash("sha256").update(email).digest("hex");
  const firstBrowser = pop.personFirstBrowser[person];
  const consent = CONSENT_TEMPLATES[pop.browserConsent[firstBrowser]];
  const special = consent.purposes.length > 0 && rng.next() < 0.04;
  const consentAt = new Date(Math.max(subscribedAt, lastSeen - Math.floor(rng.next() * 180) * DAY));
  return copyLine([
    id, `crm-${String(id).padStart(9, "0")}`, "subscriber", emailSha256, age, gender, region.code, departement.code, csp, plan,
    new Date(subscribedAt), newsletters, consent.purposes, consent.vendor, special, consentAt, new Date(subscribedAt), new Date(lastSeen),
  ]);
}

function pickNewsletters(rng: Rng, pop: Population, person: number): string[] {
  const options: string[] = [];
  for (let i = 0; i < personBrandCount(pop, person); i++) {
    const brand = BRANDS[pop.personBrands[person * 3 + i]];
    for (const slug of brand.newsletters) options.push(`${brand.id}:${slug}`);
  }
  const count = 1 + Math.floor(rng.next() * Math.min(3, options.length));
  const chosen = new Set<string>();
  for (let i = 0; i < count * 2 && chosen.size < count; i++) chosen.add(pick(rng, options));
  return [...chosen];
}
