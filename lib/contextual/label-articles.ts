import type { Db } from "@/db/client";
import { classifierVersion, classifyArticle } from "./index";
import { tier1Of } from "./taxonomy";
import type { Classification, Lang } from "./types";

export type LabelArticlesParams = {
  /** Only these articles (unknown ids are ignored). Default: every article. */
  articleIds?: number[];
  /** Skip articles that already have a label row (any classifier version). */
  onlyMissing?: boolean;
  /** Only articles without a label from the running classifier version (missing or older). */
  onlyOutdated?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Articles classified and written per statement. */
  batchSize?: number;
};

export type LabelArticlesResult = {
  /** Label rows written (inserted or replaced). */
  labelled: number;
  /** Articles considered (after the onlyMissing filter). */
  total: number;
  classifierVersion: string;
};

type ArticleRow = { id: string; title: string; lead: string; body: string; lang: string };

type LabelRow = {
  article_id: number;
  classifier_version: string;
  lang: Lang;
  iab: Classification["iab"];
  iab_ids: string[];
  tonality: string;
  tonality_scores: Classification["tonalityScores"];
  risk: string;
  garm: string[];
  keywords: string[];
  explain: Classification["explain"];
};

const DEFAULT_BATCH = 500;

/**
 * (Re)labels articles with the contextual classifier. Articles are read in id order with
 * keyset pagination (no OFFSET, no long-held snapshot) and each batch is written by ONE
 * upsert, so a batch is either fully labelled or not at all. Editorial overrides
 * (override_* columns) are raw facts: a relabel never touches them.
 */
export async function labelArticles(db: Db, params: LabelArticlesParams = {}): Promise<LabelArticlesResult> {
  const batchSize = params.batchSize ?? DEFAULT_BATCH;
  const ids = params.articleIds ? [...new Set(params.articleIds)] : null;
  if (ids && ids.length === 0) return { labelled: 0, total: 0, classifierVersion: classifierVersion() };
  const filters = buildFilters(ids, params.onlyMissing ?? false, params.onlyOutdated ?? false);

  const { rows: countRows } = await db.$client.query<{ n: string }>(
    `select count(*) as n from articles a where true ${filters.sql}`,
    filters.values,
  );
  const total = Number(countRows[0].n);
  params.onProgress?.(0, total);

  let lastId = 0;
  let done = 0;
  let labelled = 0;
  for (;;) {
    const values = [...filters.values, lastId, batchSize];
    const n = filters.values.length;
    const { rows } = await db.$client.query<ArticleRow>(
      `select a.id, a.title, a.lead, a.body, a.lang from articles a
        where a.id > $${n + 1} ${filters.sql}
        order by a.id limit $${n + 2}`,
      values,
    );
    if (rows.length === 0) break;
    const labels = rows.map(toLabelRow);
    labelled += await upsertLabels(db, labels);
    lastId = Number(rows[rows.length - 1].id);
    done += rows.length;
    params.onProgress?.(Math.min(done, total), total);
    if (rows.length < batchSize) break;
  }
  return { labelled, total, classifierVersion: classifierVersion() };
}

function buildFilters(ids: number[] | null, onlyMissing: boolean, onlyOutdated: boolean): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  let sql = "";
  if (ids) {
    values.push(ids);
    sql += ` and a.id = any($${values.length}::bigint[])`;
  }
  if (onlyMissing) sql += " and not exists (select 1 from article_labels l where l.article_id = a.id)";
  if (onlyOutdated) {
    values.push(classifierVersion());
    sql += ` and not exists (select 1 from article_labels l where l.article_id = a.id and l.classifier_version = $${values.length})`;
  }
  return { sql, values };
}

function toLabelRow(article: ArticleRow): LabelRow {
  const lang: Lang = article.lang === "en" ? "en" : "fr";
  const text = article.body ? `${article.lead}\n${article.body}` : article.lead;
  const c = classifyArticle({ id: String(article.id), title: article.title, text, lang });
  return {
    article_id: Number(article.id),
    classifier_version: classifierVersion(),
    lang: c.lang,
    iab: c.iab,
    iab_ids: iabIdsWithParents(c.iab),
    tonality: c.tonality,
    tonality_scores: c.tonalityScores,
    risk: c.risk,
    garm: c.garm,
    keywords: c.keywords,
    explain: c.explain,
  };
}

/** Tier-2 labels also count for their tier-1 parent in "articles in category X" filters. */
export function iabIdsWithParents(iab: Classification["iab"]): string[] {
  const ids = new Set<string>();
  for (const label of iab) {
    ids.add(label.id);
    const parent = tier1Of(label.id);
    if (parent) ids.add(parent.id);
  }
  return [...ids];
}

/** One statement per batch; articles deleted meanwhile are skipped by the join. */
async function upsertLabels(db: Db, labels: LabelRow[]): Promise<number> {
  const { rowCount } = await db.$client.query(
    `insert into article_labels
       (article_id, classifier_version, lang, iab, iab_ids, tonality, tonality_scores, risk, garm, keywords, explain, labelled_at)
     select x.article_id, x.classifier_version, x.lang, x.iab, x.iab_ids, x.tonality, x.tonality_scores, x.risk,
            x.garm, x.keywords, x.explain, now()
       from jsonb_to_recordset($1::jsonb) as x(
              article_id bigint, classifier_version text, lang text, iab jsonb, iab_ids text[], tonality text,
              tonality_scores jsonb, risk text, garm text[], keywords text[], explain jsonb)
       join articles a on a.id = x.article_id
     on conflict (article_id) do update set
       classifier_version = excluded.classifier_version,
       lang = excluded.lang,
       iab = excluded.iab,
       iab_ids = excluded.iab_ids,
       tonality = excluded.tonality,
       tonality_scores = excluded.tonality_scores,
       risk = excluded.risk,
       garm = excluded.garm,
       keywords = excluded.keywords,
       explain = excluded.explain,
       labelled_at = excluded.labelled_at`,
    [JSON.stringify(labels)],
  );
  return rowCount ?? 0;
}
