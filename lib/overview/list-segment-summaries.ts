import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type ListSegmentSummariesParams = { brandId: string | null; limit?: number };
export type SegmentSummary = { id: number; name: string; brandName: string | null; status: string; isPersona: boolean; updatedAt: Date };

/** Saved segments of the scope (plus group-wide ones), most recently updated first. */
export async function listSegmentSummaries(db: Db, params: ListSegmentSummariesParams): Promise<SegmentSummary[]> {
  const all = params.brandId === null;
  const { rows } = await db.execute<{ id: number; name: string; brand_name: string | null; status: string; is_persona: boolean; updated_at: string | Date }>(sql`
    select s.id, s.name, b.name as brand_name, s.status, s.is_persona, s.updated_at
    from segments s left join brands b on b.id = s.brand_id
    where ${all} or s.brand_id = ${params.brandId} or s.brand_id is null
    order by s.updated_at desc, s.id desc
    limit ${params.limit ?? 50}`);
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    brandName: r.brand_name,
    status: r.status,
    isPersona: r.is_persona,
    updatedAt: new Date(r.updated_at),
  }));
}
