import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { brands, sections } from "@/db/schema";
import { IAB_ROWS } from "@/lib/contextual/taxonomy.generated";

export type ContentFilterOptions = {
  brands: { id: string; name: string }[];
  sections: Record<string, { id: number; name: string }[]>;
  iab: { id: string; name: string; children: { id: string; name: string }[] }[];
};

/** Brands, their sections and the IAB 3.1 tree (tiers 1–2) for the content filters. */
export async function listContentFilterOptions(db: Db, params: { brandId: string | null }): Promise<ContentFilterOptions> {
  const [brandRows, sectionRows] = await Promise.all([
    db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(brands.name)),
    db
      .select({ id: sections.id, brandId: sections.brandId, name: sections.name })
      .from(sections)
      .where(params.brandId ? eq(sections.brandId, params.brandId) : undefined)
      .orderBy(asc(sections.name)),
  ]);
  const bySection: ContentFilterOptions["sections"] = {};
  for (const s of sectionRows) (bySection[s.brandId] ??= []).push({ id: s.id, name: s.name });
  const tier1 = IAB_ROWS.filter((r) => r.tier === 1).sort((a, b) => a.name.localeCompare(b.name));
  const iab = tier1.map((t) => ({
    id: t.id,
    name: t.name,
    children: IAB_ROWS.filter((r) => r.parent === t.id)
      .map((r) => ({ id: r.id, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  return { brands: brandRows, sections: bySection, iab };
}
