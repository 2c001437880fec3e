import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { brands } from "@/db/schema";

export type BrandOption = { id: string; name: string; kind: string };

/** Every brand, alphabetical: the brand switcher's options. */
export async function listBrandOptions(db: Db): Promise<BrandOption[]> {
  return db.select({ id: brands.id, name: brands.name, kind: brands.kind }).from(brands).orderBy(asc(brands.name));
}
