import type { Db } from "@/db/client";

/**
 * Brand ids rarely change (38 titles), but every batch must name existing ones. A per-pool
 * in-memory set of known ids avoids a query per batch; ids missing from it are looked up by
 * primary key (one cheap query), so a brand created a moment ago is found at once. The set
 * is dropped every minute so a deleted brand stops being accepted.
 */
const TTL_MS = 60_000;

type Entry = { ids: Set<string>; loadedAt: number };
const cache = new WeakMap<Db, Entry>();

/** The subset of `brandIds` that do not exist. */
export async function findUnknownBrands(db: Db, brandIds: Iterable<string>): Promise<string[]> {
  let entry = cache.get(db);
  if (!entry || Date.now() - entry.loadedAt > TTL_MS) {
    entry = { ids: new Set(), loadedAt: Date.now() };
    cache.set(db, entry);
  }
  const known = entry.ids;
  const missing = [...new Set(brandIds)].filter((id) => !known.has(id));
  if (!missing.length) return [];
  const { rows } = await db.$client.query<{ id: string }>("select id from brands where id = any($1::text[])", [missing]);
  for (const row of rows) known.add(row.id);
  return missing.filter((id) => !known.has(id));
}
