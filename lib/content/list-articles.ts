import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DomainError } from "@/lib/errors";
import type { RiskTier, Tonality } from "@/lib/contextual/types";
import { decodeCursor, encodeCursor } from "./article-filters";

export type ListArticlesParams = {
  /** The brand scope: null = all brands. */
  brandId: string | null;
  sectionId?: number;
  tonality?: Tonality;
  risk?: RiskTier;
  /** IAB id (tier 1 or tier 2). */
  iab?: string;
  status?: "labelled" | "pending" | "overridden";
  q?: string;
  cursor?: string;
  limit?: number;
};

export type ArticleListItem = {
  id: number;
  brandId: string;
  brandName: string;
  sectionName: string | null;
  title: string;
  url: string;
  lang: string;
  source: string;
  publishedAt: string;
  receivedAt: string;
  label: {
    /** Effective values: the editorial override when there is one. */
    tonality: Tonality;
    risk: RiskTier;
    isOverridden: boolean;
    iab: { id: string; name: string; tier1: string }[];
    garm: string[];
    labelledAt: string;
    /** Arrival → stored labels, in milliseconds. */
    latencyMs: number;
  } | null;
};

export type ArticlePage = { items: ArticleListItem[]; nextCursor: string | null };

type Row = {
  id: string;
  brand_id: string;
  brand_name: string;
  section_name: string | null;
  title: string;
  url: string;
  lang: string;
  source: string;
  published_at: Date;
  received_at: Date;
  received_key: string;
  tonality: Tonality | null;
  risk: RiskTier | null;
  is_overridden: boolean | null;
  iab: { id: string; name: string; tier1: string }[] | null;
  garm: string[] | null;
  labelled_at: Date | null;
  latency_ms: string | null;
};

/** Newest arrivals first, keyset-paginated on (received_at, id); labels joined when present. */
export async function listArticles(db: Db, params: ListArticlesParams): Promise<ArticlePage> {
  const limit = Math.min(params.limit ?? 25, 100);
  const where: SQL[] = [];
  if (params.brandId) where.push(sql`a.brand_id = ${params.brandId}`);
  if (params.sectionId) where.push(sql`a.section_id = ${params.sectionId}`);
  if (params.tonality) where.push(sql`coalesce(l.override_tonality, l.tonality) = ${params.tonality}`);
  if (params.risk) where.push(sql`coalesce(l.override_risk, l.risk) = ${params.risk}`);
  if (params.iab) where.push(sql`l.iab_ids @> array[${params.iab}]::text[]`);
  if (params.status === "labelled") where.push(sql`l.article_id is not null`);
  if (params.status === "pending") where.push(sql`l.article_id is null`);
  if (params.status === "overridden") where.push(sql`(l.override_tonality is not null or l.override_risk is not null)`);
  if (params.q) where.push(sql`a.title ilike ${`%${escapeLike(params.q)}%`}`);
  if (params.cursor) {
    const cursor = decodeCursor(params.cursor);
    if (!cursor) throw new DomainError("invalid", "invalid cursor", { cursor: ["invalid cursor"] });
    where.push(sql`(a.received_at, a.id) < (${cursor.receivedAt}::timestamptz, ${cursor.id})`);
  }
  const whereSql = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;

  const { rows } = await db.execute<Row>(sql`
    select a.id, a.brand_id, b.name as brand_name, s.name as section_name, a.title, a.url, a.lang, a.source,
           a.published_at, a.received_at, a.received_at::text as received_key,
           coalesce(l.override_tonality, l.tonality) as tonality,
           coalesce(l.override_risk, l.risk) as risk,
           (l.override_tonality is not null or l.override_risk is not null) as is_overridden,
           (select coalesce(jsonb_agg(jsonb_build_object('id', e->>'id', 'name', e->>'name', 'tier1', e->>'tier1')), '[]'::jsonb)
              from (select e from jsonb_array_elements(l.iab) e limit 3) top(e)) as iab,
           l.garm, l.labelled_at,
           round(extract(epoch from (l.labelled_at - a.received_at)) * 1000) as latency_ms
      from articles a
      join brands b on b.id = a.brand_id
      left join sections s on s.id = a.section_id
      left join article_labels l on l.article_id = a.id
      ${whereSql}
     order by a.received_at desc, a.id desc
     limit ${limit + 1}`);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(last.received_key, Number(last.id)) : null,
  };
}

function toItem(r: Row): ArticleListItem {
  return {
    id: Number(r.id),
    brandId: r.brand_id,
    brandName: r.brand_name,
    sectionName: r.section_name,
    title: r.title,
    url: r.url,
    lang: r.lang,
    source: r.source,
    publishedAt: new Date(r.published_at).toISOString(),
    receivedAt: new Date(r.received_at).toISOString(),
    label:
      r.tonality && r.risk && r.labelled_at
        ? {
            tonality: r.tonality,
            risk: r.risk,
            isOverridden: Boolean(r.is_overridden),
            iab: r.iab ?? [],
            garm: r.garm ?? [],
            labelledAt: new Date(r.labelled_at).toISOString(),
            latencyMs: Math.max(0, Number(r.latency_ms ?? 0)),
          }
        : null,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
