import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type PrivacySummary = { profiles: number; withVendorConsent: number; withSpecialConsent: number; openRequests: number; doneRequests: number };

/** Consent coverage over known profiles and the state of access/erasure requests. */
export async function getPrivacySummary(db: Db): Promise<PrivacySummary> {
  const { rows } = await db.execute<Record<string, string>>(sql`select
    (select count(*) from profiles) as profiles,
    (select count(*) from profiles where consent_vendor) as vendor,
    (select count(*) from profiles where consent_special) as special,
    (select count(*) from dsar_requests where status in ('received', 'processing')) as open,
    (select count(*) from dsar_requests where status = 'done') as done`);
  const r = rows[0];
  return {
    profiles: Number(r.profiles),
    withVendorConsent: Number(r.vendor),
    withSpecialConsent: Number(r.special),
    openRequests: Number(r.open),
    doneRequests: Number(r.done),
  };
}
