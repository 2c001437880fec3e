import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type ActivationSummary = { destinations: number; enabledDestinations: number; exports: number; refusedExports: number };

/** Destinations and exports recorded so far (activation is group-wide). */
export async function getActivationSummary(db: Db): Promise<ActivationSummary> {
  const { rows } = await db.execute<Record<keyof ActivationSummary | "enabled" | "refused", string>>(sql`select
    (select count(*) from destinations) as destinations,
    (select count(*) from destinations where is_enabled) as enabled,
    (select count(*) from exports) as exports,
    (select count(*) from exports where status = 'refused') as refused`);
  const r = rows[0];
  return { destinations: Number(r.destinations), enabledDestinations: Number(r.enabled), exports: Number(r.exports), refusedExports: Number(r.refused) };
}
