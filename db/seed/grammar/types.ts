import type { Pools } from "./engine";

export const TONES = ["optimistic", "neutral", "pessimistic", "anxious"] as const;
export type Tone = (typeof TONES)[number];

/**
 * One language of a topic. Template entries may start with a tone tag — "+" optimistic,
 * "-" pessimistic, "!" anxious — untagged entries are neutral and fill in for any tone.
 */
export type TopicLang = {
  titles: readonly string[];
  /** Sentence 1 of the lead: the fact. */
  open: readonly string[];
  /** Sentence 2: detail, figure or quote. */
  detail: readonly string[];
  /** Sentence 3: context or outlook. */
  close: readonly string[];
  /** Sentences carrying the topic's value vocabulary (what term expansion learns from). */
  values?: readonly string[];
  /** Harmless sentences using alarming words figuratively ("tuer le match", "tarte au citron"). */
  traps?: readonly string[];
  trapTitles?: readonly string[];
  slots: Pools;
};

export type Topic = {
  id: string;
  /** Intended tone mix of the topic's articles (weights). */
  tones: Partial<Record<Tone, number>>;
  /** Share of articles that carry one or two value sentences. */
  valueRate?: number;
  /** Share of articles that carry a figurative trap. */
  trapRate?: number;
  fr: TopicLang;
  en: TopicLang;
};
