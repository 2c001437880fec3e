import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advertisers } from "@/db/schema";

export type AdvertiserOption = { id: number; name: string; sector: string };

/** Advertisers for pickers, by name. */
export async function listAdvertisers(db: Db): Promise<AdvertiserOption[]> {
  return db.select({ id: advertisers.id, name: advertisers.name, sector: advertisers.sector }).from(advertisers).orderBy(asc(advertisers.name));
}
