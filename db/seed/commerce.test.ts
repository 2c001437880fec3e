import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { deliverCampaign, generateCommerce, SECTORS } from "./commerce";
import { BRANDS } from "./data/brands";
import { createRng } from "./random";

const NOW = new Date(Date.UTC(2025, 5, 1));
const commerce = generateCommerce({ seed: 9, now: NOW, firstAdvertiserId: 1, firstCampaignId: 1 });
const AD_PRODUCT_TSV = resolve(process.cwd(), "../shared/data/iab/Ad Product Taxonomy 2.0.tsv");

describe("generateCommerce", () => {
  it("is deterministic for a seed", () => {
    const again = generateCommerce({ seed: 9, now: NOW, firstAdvertiserId: 1, firstCampaignId: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(commerce));
    expect(JSON.stringify(generateCommerce({ seed: 10, now: NOW, firstAdvertiserId: 1, firstCampaignId: 1 }))).not.toBe(JSON.stringify(commerce));
  });

  it("creates ~150 uniquely named advertisers across sectors", () => {
    expect(commerce.advertisers).toHaveLength(150);
    expect(new Set(commerce.advertisers.map((a) => a.name)).size).toBe(150);
    expect(new Set(commerce.advertisers.map((a) => a.sector)).size).toBeGreaterThan(20);
  });

  it.skipIf(!existsSync(AD_PRODUCT_TSV))("uses IAB Ad Product Taxonomy 2.0 tier-1 names as sectors", () => {
    const tier1 = new Set(
      readFileSync(AD_PRODUCT_TSV, "utf8").split("\n").slice(1).map((l) => l.split("\t")).filter((c) => c[3] && !c[4]?.trim()).map((c) => c[3].trim()),
    );
    for (const sector of Object.keys(SECTORS)) expect(tier1, sector).toContain(sector);
  });

  it("books two calendar years of campaigns on known brands, with a rising data share", () => {
    const brandIds = new Set(BRANDS.map((b) => b.id));
    for (const c of commerce.campaigns) {
      for (const b of c.brandIds) expect(brandIds.has(b)).toBe(true);
      expect(c.startsOn <= c.endsOn).toBe(true);
      expect(c.startsOn >= "2024-01-01").toBe(true);
      expect(Math.abs(c.bookedCents - Math.round((c.impressions * Number(c.cpm)) / 10))).toBeLessThanOrEqual(1);
    }
    const share = commerce.campaigns.filter((c) => c.embedsData).length / commerce.campaigns.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.45);
    const firstYear = commerce.campaigns.filter((c) => c.startsOn < "2024-07-01");
    const lastPart = commerce.campaigns.filter((c) => c.startsOn >= "2025-01-01");
    const rate = (list: typeof firstYear) => list.filter((c) => c.embedsData).length / list.length;
    expect(rate(lastPart)).toBeGreaterThan(rate(firstYear));
  });

  it("delivers revenue lines that sum to booked revenue once a campaign is over, and never beyond", () => {
    const byCampaign = new Map<number, number>();
    for (const line of commerce.revenueLines) byCampaign.set(line.campaignId, (byCampaign.get(line.campaignId) ?? 0) + line.cents);
    let finished = 0;
    for (const c of commerce.campaigns) {
      const delivered = byCampaign.get(c.id) ?? 0;
      if (c.endsOn < "2025-06-01") {
        finished++;
        expect(delivered).toBe(c.bookedCents);
      } else expect(delivered).toBeLessThanOrEqual(c.bookedCents);
      if (c.startsOn >= "2025-06-01") expect(byCampaign.has(c.id)).toBe(false);
    }
    expect(finished).toBeGreaterThan(100);
    for (const line of commerce.revenueLines) expect(line.month).toMatch(/^\d{4}-\d{2}-01$/);
  });

  it("splits a campaign by brand and month in proportion to its flight", () => {
    const lines = deliverCampaign(createRng(1), {
      id: 1, advertiserId: 1, name: "x", brandIds: ["le-quotidien"], startsOn: "2025-01-22", endsOn: "2025-02-10", bookedCents: 2_000_00, impressions: 200_000, cpm: "10.00", embedsData: false,
    }, NOW);
    expect(lines.map((l) => [l.month, l.cents])).toEqual([["2025-01-01", 1_000_00], ["2025-02-01", 1_000_00]]);
  });

  it("sets group and per-brand targets for both years on the three metrics", () => {
    for (const year of [2024, 2025]) {
      for (const metric of ["revenue_eur", "data_revenue_share", "data_campaign_share"]) {
        expect(commerce.targets.filter((t) => t.year === year && t.metric === metric)).toHaveLength(BRANDS.length + 1);
      }
    }
    expect(commerce.destinations.map((d) => d.kind).sort()).toEqual(["cleanroom", "file", "gam", "openrtb"]);
  });
});
