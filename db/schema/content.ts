import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { brands, sections } from "./brands";

export const articles = pgTable(
  "articles",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    brandId: text("brand_id").notNull().references(() => brands.id),
    sectionId: integer("section_id").references(() => sections.id),
    /** The CMS's own id for the article, unique per brand (upsert key with the URL). */
    externalId: text("external_id").notNull(),
    url: text("url").notNull(),
    lang: text("lang").notNull().default("fr"),
    title: text("title").notNull(),
    lead: text("lead").notNull().default(""),
    body: text("body").notNull().default(""),
    /** SHA-256 of title+lead+body: a re-push with the same hash is not relabelled. */
    contentHash: text("content_hash").notNull(),
    /** cms | rss | seed */
    source: text("source").notNull().default("cms"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Serves: CMS upsert by (brand, external id).
    uniqueIndex("articles_brand_external_key").on(t.brandId, t.externalId),
    // Serves: CMS upsert / tag resolution by URL.
    uniqueIndex("articles_url_key").on(t.url),
    // Serves: content list filtered by brand, newest first.
    index("articles_brand_published_idx").on(t.brandId, t.publishedAt.desc()),
    // Serves: live feed of incoming articles (newest received first).
    index("articles_received_idx").on(t.receivedAt.desc()),
    // Serves: live feed filtered by brand (keyset on received_at, id), the console's default view.
    index("articles_brand_received_idx").on(t.brandId, t.receivedAt.desc(), t.id.desc()),
    // Serves: term expansion's scan of the articles added or changed since the last term build.
    index("articles_updated_idx").on(t.updatedAt),
    // Serves: blocklist diagnosis and export — the articles whose title and lead hold a term
    // (a word, a word prefix or every word of a phrase), one index search per term, instead of
    // folding every article's text per request (lib/contextual/blocklist/match-articles-sql.ts).
    // folded_words() is created by migration 0003: fold-text.ts's folding as a tsvector of words.
    index("articles_folded_words_gin").using("gin", sql`folded_words(${t.title}, ${t.lead})`),
  ],
);

/**
 * Derived: the contextual classifier's output for an article (rebuilt from `articles` by
 * one command), plus the editorial override, which is a raw fact kept across relabelling.
 */
export const articleLabels = pgTable(
  "article_labels",
  {
    articleId: bigint("article_id", { mode: "number" })
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    classifierVersion: text("classifier_version").notNull(),
    lang: text("lang").notNull(),
    /** [{ id, name, tier1, score }] ordered by score. */
    iab: jsonb("iab").$type<{ id: string; name: string; tier1: string; score: number }[]>().notNull(),
    /** IAB ids (tier 1 and tier 2) for indexed filtering and audience joins. */
    iabIds: text("iab_ids").array().notNull(),
    tonality: text("tonality").notNull(),
    tonalityScores: jsonb("tonality_scores")
      .$type<{ optimistic: number; neutral: number; pessimistic: number; anxious: number }>()
      .notNull(),
    risk: text("risk").notNull(),
    garm: text("garm").array().notNull(),
    keywords: text("keywords").array().notNull(),
    /** Explanation spans: which terms drove which label. */
    explain: jsonb("explain").$type<unknown[]>().notNull(),
    labelledAt: timestamp("labelled_at", { withTimezone: true }).notNull().defaultNow(),
    overrideTonality: text("override_tonality"),
    overrideRisk: text("override_risk"),
    overrideBy: text("override_by"),
    overrideReason: text("override_reason"),
    overrideAt: timestamp("override_at", { withTimezone: true }),
  },
  (t) => [
    // Serves: content filters and suitability shares by tonality / risk.
    index("article_labels_tonality_risk_idx").on(t.tonality, t.risk),
    // Serves: "articles in IAB category X" (segment content leaves, filters).
    index("article_labels_iab_ids_gin").using("gin", t.iabIds),
  ],
);

/** Derived by the term-expansion build: corpus vocabulary with document frequency. */
export const corpusTerms = pgTable("corpus_terms", {
  term: text("term").primaryKey(),
  lang: text("lang").notNull(),
  docFreq: integer("doc_freq").notNull(),
  /** Article ids that best illustrate the term (evidence). */
  sampleArticleIds: bigint("sample_article_ids", { mode: "number" }).array().notNull(),
  builtAt: timestamp("built_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Derived: PPMI association between corpus terms, rebuilt by one command. */
export const termAssociations = pgTable(
  "term_associations",
  {
    term: text("term").notNull(),
    related: text("related").notNull(),
    ppmi: real("ppmi").notNull(),
    coDocs: integer("co_docs").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.term, t.related] }),
    // Serves: top related terms for a seed term, strongest first.
    index("term_associations_term_ppmi_idx").on(t.term, t.ppmi.desc()),
  ],
);

/**
 * Derived by the term-expansion build: which articles contain each corpus term, so that a
 * suggestion request reads its seed set's terms and each term's articles instead of
 * re-tokenising and scanning every article. A row exists when the article's folded text
 * contains the folded term on word boundaries (the blocklist/keyword match, accents and case
 * ignored) or its tokens hold the term; `tf` counts the term among the article's own terms
 * (0 = found only by the accent-insensitive match). Replaced with corpus_terms, in one
 * transaction; articles changed after the build (watermark "corpus_terms") are read live.
 */
export const corpusTermArticles = pgTable(
  "corpus_term_articles",
  {
    term: text("term").notNull(),
    articleId: bigint("article_id", { mode: "number" }).notNull(),
    tf: integer("tf").notNull(),
  },
  (t) => [
    // Serves: the articles containing a suggested (or seed) term.
    primaryKey({ columns: [t.term, t.articleId] }),
    // Serves: the terms of the seed set's articles (co-occurrence with the seed set).
    index("corpus_term_articles_article_idx").on(t.articleId),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleLabel = typeof articleLabels.$inferSelect;
export type NewArticleLabel = typeof articleLabels.$inferInsert;
