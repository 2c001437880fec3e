import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { labelColumnsOf, suitabilityCondition, type SuitabilityProfile } from "../suitability";
import type { Explanation } from "../types";
import { deriveTierSetting, type GarmCoverage } from "./derive-tier-setting";
import { explainHarmless, explainRisky } from "./explain-verdict";
import { matchBlocklist, type BlocklistMatch } from "./match-blocklist";
import { SCAN, scanPredicates, withBlocklistScan, type BlocklistScope, type Tx } from "./scan-blocklist";

export type DiagnoseBlocklistParams = BlocklistScope & {
  /** How many harmless-blocked and risky-missed examples to return (most viewed first). */
  sampleLimit?: number;
};

/** Inventory figures for one brand (or the whole scope). */
export type InventoryFigures = {
  /** Articles published in the period. */
  articles: number;
  labelledArticles: number;
  /** Article pageviews in the period. */
  pageviews: number;
  blockedArticles: number;
  blockedPageviews: number;
  harmlessBlocked: number;
  riskyArticles: number;
  riskyMissed: number;
  /** Removed by the equivalent tier-based setting (labelled articles only). */
  settingArticles: number;
  settingPageviews: number;
};

export type BrandDiagnosis = InventoryFigures & { brandId: string; brandName: string };

export type DiagnosedArticle = {
  id: number;
  brandId: string;
  brandName: string;
  title: string;
  url: string;
  publishedAt: string;
  pageviews: number;
  risk: string;
  tonality: string;
  garm: string[];
  matches: BlocklistMatch[];
  /** The classifier's reasons: why it is harmless (blocked) or risky (missed). */
  reasons: Explanation[];
};

export type TermHits = { term: string; articles: number; harmless: number; risky: number; pageviews: number };

export type BlocklistDiagnosis = {
  terms: string[];
  from: string;
  to: string;
  brands: BrandDiagnosis[];
  total: InventoryFigures;
  setting: SuitabilityProfile;
  garmCoverage: GarmCoverage[];
  termHits: TermHits[];
  harmlessBlocked: DiagnosedArticle[];
  riskyMissed: DiagnosedArticle[];
  elapsedMs: number;
};

const FIGURE_KEYS: (keyof InventoryFigures)[] = [
  "articles", "labelledArticles", "pageviews", "blockedArticles", "blockedPageviews", "harmlessBlocked",
  "riskyArticles", "riskyMissed", "settingArticles", "settingPageviews",
];

async function readGarmCoverage(tx: Tx): Promise<GarmCoverage[]> {
  const { rows } = await tx.execute<{ garm: string; articles: number; blocked: number }>(sql`
    select g as garm, count(*)::int as articles, count(*) filter (where ${scanPredicates.isBlocked})::int as blocked
    from ${SCAN} s, unnest(s.garm) as g where s.labelled and s.in_window group by g order by g`);
  return rows;
}

async function readBrandFigures(tx: Tx, setting: SuitabilityProfile): Promise<BrandDiagnosis[]> {
  const { isBlocked, isHarmless, isRisky } = scanPredicates;
  const removedBySetting = sql`(s.labelled and not ${suitabilityCondition(setting, labelColumnsOf("s"))})`;
  const { rows } = await tx.execute<BrandDiagnosis>(sql`
    select s.brand_id as "brandId", b.name as "brandName",
      count(*) filter (where s.in_window)::int as "articles",
      count(*) filter (where s.in_window and s.labelled)::int as "labelledArticles",
      coalesce(sum(s.pageviews), 0)::int as "pageviews",
      count(*) filter (where s.in_window and ${isBlocked})::int as "blockedArticles",
      coalesce(sum(s.pageviews) filter (where ${isBlocked}), 0)::int as "blockedPageviews",
      count(*) filter (where s.in_window and ${isBlocked} and ${isHarmless})::int as "harmlessBlocked",
      count(*) filter (where s.in_window and ${isRisky})::int as "riskyArticles",
      count(*) filter (where s.in_window and ${isRisky} and not ${isBlocked})::int as "riskyMissed",
      count(*) filter (where s.in_window and ${removedBySetting})::int as "settingArticles",
      coalesce(sum(s.pageviews) filter (where ${removedBySetting}), 0)::int as "settingPageviews"
    from ${SCAN} s join brands b on b.id = s.brand_id
    group by s.brand_id, b.name order by b.name`);
  return rows;
}

async function readTermHits(tx: Tx, terms: string[]): Promise<TermHits[]> {
  const { isHarmless, isRisky } = scanPredicates;
  const { rows } = await tx.execute<{ idx: number; articles: number; harmless: number; risky: number; pageviews: number }>(sql`
    select idx, count(*)::int as articles, count(*) filter (where ${isHarmless})::int as harmless,
      count(*) filter (where ${isRisky})::int as risky, coalesce(sum(s.pageviews), 0)::int as pageviews
    from ${SCAN} s, unnest(s.term_idx) as idx where s.in_window group by idx`);
  const byIdx = new Map(rows.map((r) => [r.idx, r]));
  return terms
    .map((term, i) => {
      const hit = byIdx.get(i + 1);
      return { term, articles: hit?.articles ?? 0, harmless: hit?.harmless ?? 0, risky: hit?.risky ?? 0, pageviews: hit?.pageviews ?? 0 };
    })
    .sort((a, b) => b.articles - a.articles || a.term.localeCompare(b.term));
}

type SampleRow = Omit<DiagnosedArticle, "matches" | "reasons"> & { lead: string; explain: unknown };

async function readSamples(tx: Tx, kind: "harmless" | "missed", limit: number): Promise<SampleRow[]> {
  const { isBlocked, isHarmless, isRisky } = scanPredicates;
  const where = kind === "harmless" ? sql`${isBlocked} and ${isHarmless}` : sql`${isRisky} and not ${isBlocked}`;
  const { rows } = await tx.execute<SampleRow>(sql`
    select a.id::int as id, s.brand_id as "brandId", b.name as "brandName", a.title, a.lead, a.url,
      a.published_at as "publishedAt", s.pageviews, coalesce(s.override_risk, s.risk) as risk,
      coalesce(s.override_tonality, s.tonality) as tonality, s.garm, l.explain
    from ${SCAN} s join articles a on a.id = s.article_id join brands b on b.id = s.brand_id
      join article_labels l on l.article_id = s.article_id
    where s.in_window and ${where}
    order by s.pageviews desc, a.published_at desc, a.id limit ${limit}`);
  return rows;
}

function sumFigures(brands: InventoryFigures[]): InventoryFigures {
  const total = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as InventoryFigures;
  for (const brand of brands) for (const k of FIGURE_KEYS) total[k] += brand[k];
  return total;
}

/**
 * Diagnoses an advertiser's keyword blocklist over the group's inventory: per brand, the
 * share of articles and pageviews it removes, the harmless articles it blocks and the risky
 * ones it misses (with the classifier's reasons), per-term hits, and the equivalent
 * tier-based setting with its own inventory share for comparison.
 */
export async function diagnoseBlocklist(db: Db, params: DiagnoseBlocklistParams): Promise<BlocklistDiagnosis> {
  const started = performance.now();
  const limit = params.sampleLimit ?? 20;
  const terms = params.terms.map((t) => t.term);
  const result = await withBlocklistScan(db, params, async (tx) => {
    const garmCoverage = await readGarmCoverage(tx);
    const setting = deriveTierSetting(garmCoverage);
    const brands = await readBrandFigures(tx, setting);
    const termHits = await readTermHits(tx, terms);
    const harmless = await readSamples(tx, "harmless", limit);
    const missed = await readSamples(tx, "missed", limit);
    return { garmCoverage, setting, brands, termHits, harmless, missed };
  });
  const toArticle = (row: SampleRow, kind: "harmless" | "missed"): DiagnosedArticle => {
    const { lead, explain, ...article } = row;
    const matches = kind === "harmless" ? matchBlocklist(`${row.title}\n${lead}`, params.terms) : [];
    return {
      ...article,
      publishedAt: new Date(row.publishedAt).toISOString(),
      matches,
      reasons: kind === "harmless" ? explainHarmless(matches, explain) : explainRisky(explain),
    };
  };
  return {
    terms,
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    brands: result.brands,
    total: sumFigures(result.brands),
    setting: result.setting,
    garmCoverage: result.garmCoverage,
    termHits: result.termHits,
    harmlessBlocked: result.harmless.map((r) => toArticle(r, "harmless")),
    riskyMissed: result.missed.map((r) => toArticle(r, "missed")),
    elapsedMs: Math.round(performance.now() - started),
  };
}
