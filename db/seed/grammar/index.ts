import { type Rng, chance, pick, weightedKey } from "../random";
import { type ExpandContext, type Lang, sentence } from "./engine";
import { SHARED, computedSlots, type PlaceContext } from "./shared";
import { BUSINESS, ECONOMY, ENVIRONMENT, FINANCE, JOBS, REAL_ESTATE, SOCIAL, STARTUPS } from "./topics-business";
import { AGRICULTURE, BOOKS, CINEMA, EDUCATION, EXHIBITIONS, HEALTH, LOCAL_LIFE, MUSIC, SCIENCE, TECH } from "./topics-culture";
import { CELEBRITIES, FASHION_BEAUTY, FOOD, HOME_GARDEN, KIDS, PARENTING, TRAVEL, WELLNESS } from "./topics-life";
import { ACCIDENT, CRIME, DISASTER, DRUGS_ARMS_TERROR, EPIDEMIC, INTERNATIONAL, JUSTICE, POLITICS, WAR } from "./topics-society";
import { CYCLING, FOOTBALL, OTHER_SPORTS, TENNIS } from "./topics-sport";
import { CAR_ELECTRIC, CAR_FAMILY, CAR_LUXURY, RUGBY } from "./topics-values";
import { EXTRA_TITLES } from "./topics-extra";
import type { Tone, Topic, TopicLang } from "./types";

export type { Tone, Topic } from "./types";
export type { Lang } from "./engine";

const BASE_TOPICS: readonly Topic[] = [
  POLITICS, INTERNATIONAL, WAR, ECONOMY, BUSINESS, STARTUPS, FINANCE, REAL_ESTATE, JOBS, SOCIAL, ENVIRONMENT,
  DISASTER, CRIME, ACCIDENT, JUSTICE, HEALTH, EPIDEMIC, DRUGS_ARMS_TERROR, EDUCATION, LOCAL_LIFE, AGRICULTURE, SCIENCE,
  RUGBY, FOOTBALL, CYCLING, TENNIS, OTHER_SPORTS, CAR_FAMILY, CAR_LUXURY, CAR_ELECTRIC, TECH,
  CINEMA, MUSIC, BOOKS, EXHIBITIONS, FOOD, FASHION_BEAUTY, CELEBRITIES, TRAVEL, HOME_GARDEN, PARENTING, KIDS, WELLNESS,
];

export const TOPICS: readonly Topic[] = BASE_TOPICS.map(withExtraTitles);

function withExtraTitles(topic: Topic): Topic {
  const extra = EXTRA_TITLES[topic.id];
  if (!extra) return topic;
  return {
    ...topic,
    fr: { ...topic.fr, titles: [...topic.fr.titles, ...(extra.fr ?? [])], slots: { ...topic.fr.slots, ...extra.frSlots } },
    en: { ...topic.en, titles: [...topic.en.titles, ...(extra.en ?? [])], slots: { ...topic.en.slots, ...extra.enSlots } },
  };
}

export type TopicId = string;
export const TOPIC_INDEX: ReadonlyMap<string, number> = new Map(TOPICS.map((t, i) => [t.id, i]));

export function topicById(id: string): Topic {
  const index = TOPIC_INDEX.get(id);
  if (index === undefined) throw new Error(`unknown seed topic "${id}"`);
  return TOPICS[index];
}

const TAGS: Record<string, Tone> = { "+": "optimistic", "-": "pessimistic", "!": "anxious" };

function toneOf(entry: string): Tone {
  return TAGS[entry[0]] ?? "neutral";
}

function untag(entry: string): string {
  return TAGS[entry[0]] ? entry.slice(1) : entry;
}

/** Entries matching the tone; neutral ones fill in when the tone has none. */
function forTone(entries: readonly string[], tone: Tone): string[] {
  const exact = entries.filter((e) => toneOf(e) === tone);
  if (exact.length) return exact;
  const neutral = entries.filter((e) => toneOf(e) === "neutral");
  return neutral.length ? neutral : [...entries];
}

/** Slots that name the story's one subject: the same value throughout an article. */
const MEMO_SLOTS: ReadonlySet<string> = new Set([
  "city", "film", "startup", "coname", "Company", "label", "stormname", "phone", "maker", "fmodel", "lmodel", "emodel", "painter",
  "dest", "bill", "warzone", "stock", "rclub", "fclub", "country", "capital", "dossier", "familycar", "luxcar", "star", "starF", "dish",
]);

export type ArticleText = {
  title: string;
  lead: string;
  /** What the generator intended; the classifier has to find it on its own. */
  tone: Tone;
  hasTrap: boolean;
  hasValues: boolean;
};

export type ArticleTextParams = { topic: Topic; lang: Lang; place: PlaceContext };

/**
 * Title + 3-sentence lead. Value sentences replace the detail and/or closing sentence at
 * the topic's valueRate, in random positions; trap sentences (figurative alarm words)
 * replace the title or a sentence at its trapRate, and only in non-alarming articles.
 */
export function generateArticleText(rng: Rng, { topic, lang, place }: ArticleTextParams): ArticleText {
  const grammar: TopicLang = topic[lang];
  const ctx: ExpandContext = {
    rng, lang, pools: [grammar.slots, SHARED[lang]], computed: computedSlots(lang, place), memo: new Map(), memoSlots: MEMO_SLOTS,
  };
  const tone = weightedKey(rng, topic.tones as Record<Tone, number>);
  const say = (entries: readonly string[]) => sentence(untag(pick(rng, forTone(entries, tone))), ctx);
  // Non-neutral stories often run under a neutral headline; it also keeps titles varied.
  const sayTitle = (entries: readonly string[]) =>
    tone !== "neutral" && chance(rng, 0.4) ? sentence(untag(pick(rng, forTone(entries, "neutral"))), ctx) : say(entries);

  const calm = tone === "neutral" || tone === "optimistic";
  const hasTrap = calm && !!topic.trapRate && (grammar.traps?.length || grammar.trapTitles?.length) ? chance(rng, topic.trapRate) : false;
  const hasValues = !!grammar.values?.length && chance(rng, topic.valueRate ?? 0);

  let title: string;
  let trapSlot = 0;
  const sentences = [say(grammar.open), say(grammar.detail), say(grammar.close)];
  if (hasTrap) {
    const trapInTitle = grammar.trapTitles?.length && (!grammar.traps?.length || chance(rng, 0.55));
    title = trapInTitle ? say(grammar.trapTitles!) : sayTitle(grammar.titles);
    if (!trapInTitle || chance(rng, 0.3)) {
      trapSlot = chance(rng, 0.5) ? 1 : 2;
      sentences[trapSlot] = say(grammar.traps?.length ? grammar.traps : grammar.trapTitles!);
    }
  } else {
    title = sayTitle(grammar.titles);
  }
  if (hasValues) {
    const values = grammar.values!;
    const first = pick(rng, values);
    const slot = trapSlot ? 3 - trapSlot : chance(rng, 0.5) ? 1 : 2;
    sentences[slot] = sentence(first, ctx);
    if (!trapSlot && values.length > 1 && chance(rng, 0.4)) {
      let second = pick(rng, values);
      if (second === first) second = values[(values.indexOf(first) + 1) % values.length];
      sentences[slot === 1 ? 2 : 1] = sentence(second, ctx);
    }
  }
  if (chance(rng, KICKER_RATE)) title = addKicker(rng, title, ctx);
  return { title: stripFinalPeriod(title), lead: sentences.join(" "), tone, hasTrap, hasValues };
}

/* Newsroom kickers ("VIDÉO.", ": ce que l'on sait"): how real titles vary around one story. */
const KICKER_RATE = 0.35;
const KICKERS: Record<Lang, { prefix: string[]; suffix: string[] }> = {
  fr: {
    prefix: ["VIDÉO. ", "PHOTOS. ", "ENQUÊTE. ", "TÉMOIGNAGES. ", "INFOGRAPHIE. ", "DIRECT. ", "{city}. ", "ANALYSE. ", "REPORTAGE. ", "ENTRETIEN. "],
    suffix: [" : ce qu'il faut savoir", " : les explications", " : on fait le point", " : ce que l'on sait", " : le décryptage", " (vidéo)", " : les images", " : les réactions"],
  },
  en: {
    prefix: ["WATCH: ", "IN PICTURES: ", "ANALYSIS: ", "EXPLAINER: ", "LIVE: ", "INTERVIEW: "],
    suffix: [": what we know", ": what you need to know", " (video)", ": the reactions", ", explained"],
  },
};

function addKicker(rng: Rng, title: string, ctx: ExpandContext): string {
  const kickers = KICKERS[ctx.lang];
  if (title.includes(":") || chance(rng, 0.6)) {
    const prefix = sentence(pick(rng, kickers.prefix), ctx).trimEnd();
    return `${prefix} ${title}`;
  }
  return `${title}${pick(rng, kickers.suffix)}`;
}

function stripFinalPeriod(title: string): string {
  return title.endsWith(".") ? title.slice(0, -1) : title;
}
