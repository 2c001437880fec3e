import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advertisers, briefs } from "@/db/schema";
import type { SuitabilityProfile } from "@/lib/contextual/suitability";
import { DomainError } from "@/lib/errors";

export type BriefDetail = {
  id: number;
  title: string;
  objective: string;
  advertiserId: number;
  advertiserName: string;
  advertiserSector: string;
  status: string;
  keywords: string[];
  startsOn: string | null;
  endsOn: string | null;
  budgetEur: string | null;
  suitability: SuitabilityProfile | null;
  createdAt: Date;
};

/** One brief with its advertiser; DomainError not_found when absent. */
export async function getBrief(db: Db, params: { briefId: number }): Promise<BriefDetail> {
  const [row] = await db
    .select({
      id: briefs.id,
      title: briefs.title,
      objective: briefs.objective,
      advertiserId: briefs.advertiserId,
      advertiserName: advertisers.name,
      advertiserSector: advertisers.sector,
      status: briefs.status,
      keywords: briefs.keywords,
      startsOn: briefs.startsOn,
      endsOn: briefs.endsOn,
      budgetEur: briefs.budgetEur,
      suitability: briefs.suitability,
      createdAt: briefs.createdAt,
    })
    .from(briefs)
    .innerJoin(advertisers, eq(advertisers.id, briefs.advertiserId))
    .where(eq(briefs.id, params.briefId));
  if (!row) throw new DomainError("not_found", "Brief not found.");
  return row;
}
