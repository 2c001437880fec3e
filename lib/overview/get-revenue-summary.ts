import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type GetRevenueSummaryParams = { brandId: string | null; year: number; latestLimit?: number };
export type CampaignSummary = {
  id: number;
  name: string;
  advertiser: string;
  startsOn: string;
  endsOn: string;
  bookedRevenueEur: number;
  embedsData: boolean;
};
export type RevenueSummary = {
  campaigns: number;
  campaignsWithData: number;
  bookedRevenueEur: number;
  deliveredRevenueEur: number;
  dataDeliveredRevenueEur: number;
  latest: CampaignSummary[];
};

/** Campaign and delivered-revenue totals for the scope, and the latest campaigns. */
export async function getRevenueSummary(db: Db, params: GetRevenueSummaryParams): Promise<RevenueSummary> {
  const { brandId, year } = params;
  const all = brandId === null;
  const [totals, delivered, latest] = await Promise.all([
    db.execute<{ campaigns: string; with_data: string; booked: string }>(sql`
      select count(*) as campaigns, count(*) filter (where embeds_data) as with_data, coalesce(sum(booked_revenue_eur), 0) as booked
      from campaigns where ${all} or ${brandId} = any(brand_ids)`),
    db.execute<{ revenue: string; data_revenue: string }>(sql`
      select coalesce(sum(r.revenue_eur), 0) as revenue, coalesce(sum(r.revenue_eur) filter (where c.embeds_data), 0) as data_revenue
      from revenue_lines r join campaigns c on c.id = r.campaign_id
      where r.month >= ${`${year}-01-01`}::date and r.month < ${`${year + 1}-01-01`}::date and (${all} or r.brand_id = ${brandId})`),
    db.execute<{ id: number; name: string; advertiser: string; starts_on: string; ends_on: string; booked: string; embeds_data: boolean }>(sql`
      select c.id, c.name, a.name as advertiser, c.starts_on::text as starts_on, c.ends_on::text as ends_on,
        c.booked_revenue_eur as booked, c.embeds_data
      from campaigns c join advertisers a on a.id = c.advertiser_id
      where ${all} or ${brandId} = any(c.brand_ids)
      order by c.starts_on desc, c.id desc
      limit ${params.latestLimit ?? 15}`),
  ]);
  const t = totals.rows[0];
  const d = delivered.rows[0];
  return {
    campaigns: Number(t.campaigns),
    campaignsWithData: Number(t.with_data),
    bookedRevenueEur: Number(t.booked),
    deliveredRevenueEur: Number(d.revenue),
    dataDeliveredRevenueEur: Number(d.data_revenue),
    latest: latest.rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      advertiser: r.advertiser,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      bookedRevenueEur: Number(r.booked),
      embedsData: r.embeds_data,
    })),
  };
}
