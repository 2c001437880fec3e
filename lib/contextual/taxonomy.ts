/** Lookup over the generated IAB 3.1 rows and GARM categories. */
import { GARM_CATEGORIES, IAB_ROWS, type IabRow } from "./taxonomy.generated";

export const IAB_BY_ID: ReadonlyMap<string, IabRow> = new Map(IAB_ROWS.map((r) => [r.id, r]));
/** Tier-1 name → tier-1 row. */
export const IAB_TIER1_BY_NAME: ReadonlyMap<string, IabRow> = new Map(
  IAB_ROWS.filter((r) => r.tier === 1).map((r) => [r.name, r]),
);
export const GARM_IDS: ReadonlySet<string> = new Set(GARM_CATEGORIES.map((c) => c.id));

export function tier1Of(id: string): IabRow | undefined {
  const row = IAB_BY_ID.get(id);
  if (!row) return undefined;
  return row.tier === 1 ? row : IAB_TIER1_BY_NAME.get(row.tier1);
}
