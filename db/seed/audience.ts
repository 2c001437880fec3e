import { BRANDS } from "./data/brands";
import { REGIONS } from "./data/places";
import { TOPIC_INDEX } from "./grammar";
import { type Cumulative, type Rng, cumulative, deriveRng, drawCumulative, weightedIndex } from "./random";

/*
 * The reader population, held in typed arrays so a million profiles fit in a few dozen MB.
 * A "person" is a subscriber (one subscriber profile + 1–4 browser profiles linked by login)
 * or an anonymous browser. Events belong to browsers; people carry the tastes.
 */

/** one-shot, light, regular, loyal: the long tail of news readership. */
export const CLASSES = ["one_shot", "light", "regular", "loyal"] as const;
/** Visit probability per day (the browser also always visits on its anchor day). */
export const CLASS_DAILY_RATE = [0, 0.02, 0.1, 0.35];
/** Mean pageviews per visit. */
export const CLASS_PAGES_PER_VISIT = [1.25, 1.35, 1.6, 1.9];
const ANON_CLASS_MIX = [0.66, 0.24, 0.075, 0.025];
const SUBSCRIBER_CLASS_MIX = [0.12, 0.4, 0.33, 0.15];
/** Chosen so that subscribers are ~15% of profiles given ~2.1 browsers each. */
export const SUBSCRIBER_PERSON_SHARE = 0.219;
const BROWSERS_PER_SUBSCRIBER = [0.3, 0.4, 0.2, 0.1];
const ENGLISH_READER_SHARE = 0.07;

export const DEVICES = ["mobile", "desktop", "tablet"] as const;
const ANON_DEVICE_MIX = [0.58, 0.34, 0.08];

/** TCF consent snapshots: purposes with consent, our vendor bit, weight. */
export const CONSENT_TEMPLATES: { purposes: number[]; vendor: boolean; weight: number }[] = [
  { purposes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], vendor: true, weight: 0.74 },
  { purposes: [], vendor: false, weight: 0.09 },
  { purposes: [1, 7, 8, 9, 10], vendor: false, weight: 0.07 },
  { purposes: [1, 8, 9], vendor: false, weight: 0.04 },
  { purposes: [1, 5, 6, 8, 9, 10, 11], vendor: false, weight: 0.03 },
  { purposes: [1, 2, 3, 4, 7, 8, 9, 10], vendor: false, weight: 0.03 },
];
const CONSENT_WEIGHTS = CONSENT_TEMPLATES.map((t) => t.weight);

/**
 * Same rule as ingestion's consent gate (lib/ingest/consent.ts): purpose 1 (storage) and
 * purposes 8–9 (measurement) are needed to tie events to a profile; the vendor bit is not.
 */
export function hasMeasurementConsent(purposes: readonly number[]): boolean {
  return purposes.includes(1) && purposes.includes(8) && purposes.includes(9);
}
const LINKED_TEMPLATE = CONSENT_TEMPLATES.map((t) => (hasMeasurementConsent(t.purposes) ? 1 : 0));

export type Population = {
  persons: number;
  browsers: number;
  profiles: number;
  personClass: Uint8Array;
  /** Up to 3 brand indexes per person (255 = none), most read first. */
  personBrands: Uint8Array;
  /** Up to 3 favourite topic indexes per person (255 = none). */
  personTopics: Uint8Array;
  personEnglish: Uint8Array;
  personRegion: Uint8Array;
  /** Profile id of the person's subscriber profile, 0 for anonymous people. */
  personSubscriberId: Float64Array;
  personFirstBrowser: Int32Array;
  personBrowserCount: Uint8Array;
  browserPerson: Int32Array;
  browserProfileId: Float64Array;
  browserDevice: Uint8Array;
  browserRate: Float32Array;
  browserAnchorDay: Uint16Array;
  browserConsent: Uint8Array;
  browserLinked: Uint8Array;
  /** Epoch seconds of the first/last event, filled by event generation (0 = none). */
  browserFirstSeen: Float64Array;
  browserLastSeen: Float64Array;
};

export type BuildPopulationParams = { seed: number; profiles: number; days: number; firstProfileId: number };

const BRAND_WEIGHTS = [0.72, 0.2, 0.08];
export const BRAND_WEIGHT_TABLE: Cumulative[] = [cumulative([1]), cumulative(BRAND_WEIGHTS.slice(0, 2)), cumulative(BRAND_WEIGHTS)];

const FRENCH_NATIONAL = BRANDS.map((b, i) => (b.kind !== "regional_daily" && b.lang === "fr" ? i : -1)).filter((i) => i >= 0);
const NATIONAL_TABLE = cumulative(FRENCH_NATIONAL.map((i) => BRANDS[i].reach));
const REGIONAL_BY_REGION = new Map<string, number[]>();
BRANDS.forEach((b, i) => {
  if (b.kind === "regional_daily" && b.lang === "fr" && b.region) {
    REGIONAL_BY_REGION.set(b.region, [...(REGIONAL_BY_REGION.get(b.region) ?? []), i]);
  }
});
const PARIS_TRIBUNE = BRANDS.findIndex((b) => b.id === "the-paris-tribune");
const RIVIERA_POST = BRANDS.findIndex((b) => b.id === "riviera-post");
/** French titles with an English section, read by English speakers too. */
const BILINGUAL = BRANDS.map((b, i) => (b.lang === "fr" && b.sections.some((s) => s.lang === "en") ? i : -1)).filter((i) => i >= 0);
const REGION_TABLE = cumulative(REGIONS.map((r) => r.pop));

/** Per brand: topic distribution readers of that brand are interested in. */
const BRAND_TOPIC_TABLES = BRANDS.map((brand) => {
  const weights = new Map<number, number>();
  const sectionTotal = brand.sections.reduce((a, s) => a + s.weight, 0);
  for (const section of brand.sections) {
    const topicTotal = Object.values(section.topics).reduce((a, b) => a + b, 0);
    for (const [topic, w] of Object.entries(section.topics)) {
      const index = TOPIC_INDEX.get(topic)!;
      weights.set(index, (weights.get(index) ?? 0) + (section.weight / sectionTotal) * (w / topicTotal));
    }
  }
  const topics = [...weights.keys()];
  return { topics, table: cumulative(topics.map((t) => weights.get(t)!)) };
});

/** Builds the population; browser and subscriber profile ids are consecutive from firstProfileId. */
export function buildPopulation({ seed, profiles, days, firstProfileId }: BuildPopulationParams): Population {
  const rng = deriveRng(seed, "population");
  // Upper bounds: every profile could be its own person / browser.
  const cap = profiles;
  const pop: Population = {
    persons: 0, browsers: 0, profiles: 0,
    personClass: new Uint8Array(cap), personBrands: new Uint8Array(cap * 3).fill(255), personTopics: new Uint8Array(cap * 3).fill(255),
    personEnglish: new Uint8Array(cap), personRegion: new Uint8Array(cap), personSubscriberId: new Float64Array(cap),
    personFirstBrowser: new Int32Array(cap), personBrowserCount: new Uint8Array(cap),
    browserPerson: new Int32Array(cap), browserProfileId: new Float64Array(cap), browserDevice: new Uint8Array(cap),
    browserRate: new Float32Array(cap), browserAnchorDay: new Uint16Array(cap), browserConsent: new Uint8Array(cap),
    browserLinked: new Uint8Array(cap), browserFirstSeen: new Float64Array(cap), browserLastSeen: new Float64Array(cap),
  };
  let nextId = firstProfileId;
  while (pop.profiles < profiles) {
    const person = pop.persons++;
    const room = profiles - pop.profiles;
    // A subscriber needs room for its own profile and at least one browser.
    const isSubscriber = room >= 2 && rng.next() < SUBSCRIBER_PERSON_SHARE;
    const klass = weightedIndex(rng, isSubscriber ? SUBSCRIBER_CLASS_MIX : ANON_CLASS_MIX);
    pop.personClass[person] = klass;
    const region = drawCumulative(rng, REGION_TABLE);
    pop.personRegion[person] = region;
    const english = rng.next() < ENGLISH_READER_SHARE ? 1 : 0;
    pop.personEnglish[person] = english;
    chooseBrands(rng, pop, person, region, english === 1);
    chooseTopics(rng, pop, person);

    let browserCount = 1;
    if (isSubscriber) {
      pop.personSubscriberId[person] = nextId++;
      pop.profiles++;
      browserCount = Math.min(1 + weightedIndex(rng, BROWSERS_PER_SUBSCRIBER), profiles - pop.profiles);
    }
    const personConsent = weightedIndex(rng, CONSENT_WEIGHTS);
    pop.personFirstBrowser[person] = pop.browsers;
    pop.personBrowserCount[person] = browserCount;
    // Multi-device people read a little more in total, spread over their devices.
    const rate = isSubscriber ? (CLASS_DAILY_RATE[klass] * 1.1) / browserCount : CLASS_DAILY_RATE[klass];
    const firstDevice = rng.next() < 0.5 ? 1 : 0;
    for (let b = 0; b < browserCount; b++) {
      const browser = pop.browsers++;
      pop.browserPerson[browser] = person;
      pop.browserProfileId[browser] = nextId++;
      pop.profiles++;
      // A subscriber's devices: phone or computer first, then the other one, then a tablet.
      pop.browserDevice[browser] = isSubscriber ? [firstDevice, 1 - firstDevice, 2, 0][b] : weightedIndex(rng, ANON_DEVICE_MIX);
      pop.browserRate[browser] = rate;
      pop.browserAnchorDay[browser] = Math.floor(rng.next() * days);
      const consent = rng.next() < 0.85 ? personConsent : weightedIndex(rng, CONSENT_WEIGHTS);
      pop.browserConsent[browser] = consent;
      pop.browserLinked[browser] = LINKED_TEMPLATE[consent];
    }
  }
  return pop;
}

function chooseBrands(rng: Rng, pop: Population, person: number, region: number, english: boolean) {
  const count = 1 + weightedIndex(rng, [0.48, 0.32, 0.2]);
  const chosen: number[] = [];
  const regional = REGIONAL_BY_REGION.get(REGIONS[region].code) ?? [];
  const add = (brand: number) => {
    if (!chosen.includes(brand)) chosen.push(brand);
  };
  if (english) {
    add(REGIONS[region].code === "93" && rng.next() < 0.6 ? RIVIERA_POST : rng.next() < 0.8 ? PARIS_TRIBUNE : RIVIERA_POST);
    for (let tries = 0; chosen.length < count && tries < 6; tries++) add(rng.next() < 0.5 ? BILINGUAL[Math.floor(rng.next() * BILINGUAL.length)] : PARIS_TRIBUNE);
  } else {
    if (regional.length && rng.next() < 0.6) add(regional[Math.floor(rng.next() * regional.length)]);
    for (let tries = 0; chosen.length < count && tries < 8; tries++) {
      const useRegional = regional.length && rng.next() < 0.25;
      add(useRegional ? regional[Math.floor(rng.next() * regional.length)] : FRENCH_NATIONAL[drawCumulative(rng, NATIONAL_TABLE)]);
    }
  }
  chosen.forEach((brand, i) => {
    pop.personBrands[person * 3 + i] = brand;
  });
}

function chooseTopics(rng: Rng, pop: Population, person: number) {
  const count = 2 + (rng.next() < 0.4 ? 1 : 0);
  const chosen: number[] = [];
  for (let tries = 0; chosen.length < count && tries < 8; tries++) {
    // Mostly from the main title's mix (a sports-daily reader likes sport); sometimes another.
    const slot = tries === 0 || rng.next() < 0.7 ? 0 : 1;
    const brand = pop.personBrands[person * 3 + slot] === 255 ? pop.personBrands[person * 3] : pop.personBrands[person * 3 + slot];
    const { topics, table } = BRAND_TOPIC_TABLES[brand];
    const topic = topics[drawCumulative(rng, table)];
    if (!chosen.includes(topic)) chosen.push(topic);
  }
  chosen.forEach((topic, i) => {
    pop.personTopics[person * 3 + i] = topic;
  });
}

export function personBrandCount(pop: Population, person: number): number {
  let n = 0;
  while (n < 3 && pop.personBrands[person * 3 + n] !== 255) n++;
  return n;
}

export function personTopicList(pop: Population, person: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = pop.personTopics[person * 3 + i];
    if (t !== 255) list.push(t);
  }
  return list;
}
