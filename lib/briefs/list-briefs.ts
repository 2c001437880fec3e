import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advertisers, briefs } from "@/db/schema";

export type BriefSummary = {
  id: number;
  title: string;
  advertiserId: number;
  advertiserName: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  keywordCount: number;
  hasSuitability: boolean;
  createdAt: Date;
};

export type ListBriefsParams = { advertiserId?: number; limit?: number };

/** Briefs, newest first, with their advertiser. */
export async function listBriefs(db: Db, params: ListBriefsParams = {}): Promise<BriefSummary[]> {
  const rows = await db
    .select({
      id: briefs.id,
      title: briefs.title,
      advertiserId: briefs.advertiserId,
      advertiserName: advertisers.name,
      status: briefs.status,
      startsOn: briefs.startsOn,
      endsOn: briefs.endsOn,
      keywords: briefs.keywords,
      suitability: briefs.suitability,
      createdAt: briefs.createdAt,
    })
    .from(briefs)
    .innerJoin(advertisers, eq(advertisers.id, briefs.advertiserId))
    .where(params.advertiserId ? eq(briefs.advertiserId, params.advertiserId) : undefined)
    .orderBy(desc(briefs.createdAt), desc(briefs.id))
    .limit(params.limit ?? 500);
  return rows.map(({ keywords, suitability, ...row }) => ({ ...row, keywordCount: keywords.length, hasSuitability: suitability !== null }));
}
