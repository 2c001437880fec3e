import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type ListBrandCoverageParams = { brandId: string | null };

export type BrandRow = { id: string; name: string; kind: string; articles: number; labelledArticles: number };

/** Per-brand content coverage for the overview table, largest first. */
export async function listBrandCoverage(db: Db, params: ListBrandCoverageParams): Promise<BrandRow[]> {
  const all = params.brandId === null;
  const { rows } = await db.execute<{ id: string; name: string; kind: string; articles: string; labelled: string }>(sql`
    select b.id, b.name, b.kind, count(a.id) as articles, count(l.article_id) as labelled
    from brands b
    left join articles a on a.brand_id = b.id
    left join article_labels l on l.article_id = a.id
    where ${all} or b.id = ${params.brandId}
    group by b.id, b.name, b.kind
    order by count(a.id) desc, b.name`);
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, articles: n(r.articles), labelledArticles: n(r.labelled) }));
}

function n(value: string | number | null | undefined) {
  return Number(value ?? 0);
}
