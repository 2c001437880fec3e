import type { Db } from "@/db/client";

export type DemoArticle = {
  id: number;
  title: string;
  lead: string;
  body: string;
  url: string;
  lang: string;
  publishedAt: Date;
  brandId: string;
  brandName: string;
  brandDomain: string;
  sectionName: string | null;
};

export type DemoArticleSummary = Pick<DemoArticle, "id" | "title" | "brandId" | "brandName" | "publishedAt">;

type Row = {
  id: string;
  title: string;
  lead: string;
  body: string;
  url: string;
  lang: string;
  published_at: Date;
  brand_id: string;
  brand_name: string;
  brand_domain: string;
  section_name: string | null;
};

/** One stored article with its brand, for the public demo page (null when absent). */
export async function getDemoArticle(db: Db, id: number): Promise<DemoArticle | null> {
  const { rows } = await db.$client.query<Row>(
    `select a.id, a.title, a.lead, a.body, a.url, a.lang, a.published_at, a.brand_id,
            b.name as brand_name, b.domain as brand_domain, s.name as section_name
       from articles a
       join brands b on b.id = a.brand_id
       left join sections s on s.id = a.section_id
      where a.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    title: r.title,
    lead: r.lead,
    body: r.body,
    url: r.url,
    lang: r.lang,
    publishedAt: r.published_at,
    brandId: r.brand_id,
    brandName: r.brand_name,
    brandDomain: r.brand_domain,
    sectionName: r.section_name,
  };
}

/** The latest published articles, to pick one on /demo. */
export async function listDemoArticles(db: Db, params: { limit: number }): Promise<DemoArticleSummary[]> {
  const { rows } = await db.$client.query<Pick<Row, "id" | "title" | "brand_id" | "brand_name" | "published_at">>(
    `select a.id, a.title, a.brand_id, b.name as brand_name, a.published_at
       from articles a join brands b on b.id = a.brand_id
      order by a.received_at desc, a.id desc
      limit $1`,
    [params.limit],
  );
  return rows.map((r) => ({ id: Number(r.id), title: r.title, brandId: r.brand_id, brandName: r.brand_name, publishedAt: r.published_at }));
}
