import { BRANDS, type BrandKind } from "./data/brands";
import { apportion } from "./articles";
import { type Rng, deriveRng, logNormal, poisson, randInt, sample, weightedIndex, weightedKey } from "./random";

/*
 * Ad sales: ~150 advertisers (sectors = IAB Ad Product Taxonomy 2.0 tier-1 names), two
 * calendar years of campaigns whose share embedding first-party data rises over time,
 * monthly delivered revenue per campaign × brand (to date, summing to booked revenue once a
 * campaign is over), yearly targets, and the activation destinations.
 */

/** Tier-1 names of the IAB Ad Product Taxonomy 2.0 (checked against the TSV in a test), with weights. */
export const SECTORS: Record<string, number> = {
  Vehicles: 14, "Finance and Insurance": 14, Retail: 14, "Travel and Tourism": 10, "Consumer Electronics": 7, "Food and Beverage Services": 8,
  "Consumer Packaged Goods": 10, "Personal/Consumer Telecom": 6, "Real Estate": 5, "Education and Careers": 5, "Health and Medical Services": 5,
  Pharmaceuticals: 4, Media: 5, "Business and Industrial": 6, "Clothing and Accessories": 7, "Home and Garden Services": 4, "Durable Goods": 4,
  Alcohol: 3, Gambling: 3, "Green/Eco": 4, "Non-Profits": 3, "Culture and Fine Arts": 3, "Events and Performances": 3, "Sporting Goods": 4,
  "Computer Software": 4, "Legal Services": 1, "Gifts and Holiday Items": 2, "Pet Ownership": 2, "Cosmetic Services": 3, "Fitness Activities": 2,
  "Family and Parenting": 2,
};

const SUFFIX: Record<string, string[]> = {
  Vehicles: ["Automobiles", "Motors", "Mobilité"], "Finance and Insurance": ["Banque", "Assurances", "Crédit", "Mutuelle"], Retail: ["Hypermarchés", "Distribution", "Magasins"],
  "Travel and Tourism": ["Voyages", "Croisières", "Hôtels"], "Consumer Electronics": ["Électronique", "Audio"], "Food and Beverage Services": ["Restauration", "Traiteur"],
  "Consumer Packaged Goods": ["Alimentaire", "Laiterie", "Biscuiterie"], "Personal/Consumer Telecom": ["Télécom", "Mobile"], "Real Estate": ["Immobilier", "Promotion"],
  "Education and Careers": ["Formation", "École"], "Health and Medical Services": ["Santé", "Cliniques"], Pharmaceuticals: ["Laboratoires", "Pharma"], Media: ["Médias", "Studios"],
  "Business and Industrial": ["Industries", "Services"], "Clothing and Accessories": ["Mode", "Maroquinerie"], "Home and Garden Services": ["Maison", "Jardinerie"],
  "Durable Goods": ["Électroménager", "Cuisines"], Alcohol: ["Vins & Spiritueux", "Brasserie"], Gambling: ["Paris sportifs", "Jeux"], "Green/Eco": ["Énergies vertes", "Solaire"],
  "Non-Profits": ["Fondation", "Association"], "Culture and Fine Arts": ["Musées", "Éditions"], "Events and Performances": ["Spectacles", "Festivals"], "Sporting Goods": ["Sport", "Outdoor"],
  "Computer Software": ["Logiciels", "Cloud"], "Legal Services": ["Avocats"], "Gifts and Holiday Items": ["Cadeaux"], "Pet Ownership": ["Animalerie"], "Cosmetic Services": ["Instituts", "Cosmétiques"],
  "Fitness Activities": ["Fitness"], "Family and Parenting": ["Puériculture"],
};
const STEMS = [
  "Solis", "Arvel", "Norvane", "Kestra", "Valmont", "Orsini", "Tessier", "Marlin", "Siréna", "Opaline", "Brisa", "Azur", "Lumen", "Hélios", "Boréal",
  "Vega", "Altis", "Nova", "Sylva", "Terra", "Iris", "Mistral", "Sirocco", "Tramontane", "Estran", "Calanque", "Garrigue", "Galet", "Granit", "Ardoise",
  "Lavande", "Mimosa", "Platane", "Tilleul", "Chêne", "Alizé", "Cobalt", "Émeraude", "Corail", "Ondine", "Phare", "Rivage", "Sommet", "Vallée", "Cèdre",
];
/** Which kinds of titles a sector books (weights), on top of the big national reach. */
const SECTOR_KINDS: Record<string, Partial<Record<BrandKind, number>>> = {
  Vehicles: { automotive: 5, national_daily: 3, regional_daily: 3, business: 2 }, "Finance and Insurance": { business: 5, national_daily: 4, news_weekly: 3, regional_daily: 2 },
  Retail: { regional_daily: 5, national_daily: 3, womens: 2, lifestyle: 2 }, "Travel and Tourism": { lifestyle: 5, national_daily: 3, news_weekly: 2 },
  "Clothing and Accessories": { womens: 6, lifestyle: 2, national_daily: 1 }, "Cosmetic Services": { womens: 6, lifestyle: 2 }, "Sporting Goods": { sports: 6, regional_daily: 2 },
  "Computer Software": { tech: 5, business: 4 }, "Consumer Electronics": { tech: 5, national_daily: 2, sports: 1 }, "Family and Parenting": { kids_family: 6, womens: 2 },
  "Culture and Fine Arts": { culture: 6, news_weekly: 2 }, "Events and Performances": { culture: 4, regional_daily: 4 }, Gambling: { sports: 7, regional_daily: 1 },
  "Business and Industrial": { business: 6, national_daily: 2 }, "Real Estate": { regional_daily: 4, business: 3, lifestyle: 2 }, "Green/Eco": { business: 3, national_daily: 3, lifestyle: 2 },
};
const DEFAULT_KINDS: Partial<Record<BrandKind, number>> = { national_daily: 4, regional_daily: 3, news_weekly: 1, lifestyle: 1, womens: 1 };
const BASE_CPM: Record<string, number> = { Vehicles: 14, "Finance and Insurance": 16, "Computer Software": 18, "Business and Industrial": 17, "Clothing and Accessories": 12, Retail: 8 };
const THEMES = ["Lancement", "Notoriété", "Promotion", "Soldes", "Rentrée", "Fêtes", "Printemps", "Été", "Salon", "Nouvelle gamme", "Marque employeur", "Fidélisation"];
/** Booking seasonality by month (Q4 and September heavy, August light). */
const MONTH_WEIGHTS = [0.7, 0.8, 1, 1, 1.05, 1, 0.8, 0.45, 1.15, 1.25, 1.4, 1.2];
const DAY = 86_400_000;

export type AdvertiserRow = { id: number; name: string; sector: string };
export type CampaignRow = {
  id: number; advertiserId: number; name: string; brandIds: string[]; startsOn: string; endsOn: string;
  bookedCents: number; impressions: number; cpm: string; embedsData: boolean;
};
export type RevenueLineRow = { campaignId: number; brandId: string; month: string; cents: number; impressions: number };
/** revenue_eur in euros; data_revenue_share and data_campaign_share as fractions in [0, 1] (0.4 = 40%). */
export type TargetRow = { year: number; brandId: string | null; metric: "revenue_eur" | "data_revenue_share" | "data_campaign_share"; value: string };
export type DestinationRow = { name: string; kind: "gam" | "openrtb" | "cleanroom" | "file"; config: Record<string, unknown>; isEnabled: boolean };

export type Commerce = { advertisers: AdvertiserRow[]; campaigns: CampaignRow[]; revenueLines: RevenueLineRow[]; targets: TargetRow[]; destinations: DestinationRow[] };

export type GenerateCommerceParams = { seed: number; now: Date; firstAdvertiserId: number; firstCampaignId: number; advertisers?: number };

export function generateCommerce({ seed, now, firstAdvertiserId, firstCampaignId, advertisers: advertiserCount = 150 }: GenerateCommerceParams): Commerce {
  const rng = deriveRng(seed, "commerce");
  const year = now.getUTCFullYear();
  const periodStart = Date.UTC(year - 1, 0, 1);
  const periodEnd = Math.min(Date.UTC(year, 11, 31), now.getTime() + 75 * DAY);
  const advertisers = makeAdvertisers(rng, advertiserCount, firstAdvertiserId);
  const campaigns: CampaignRow[] = [];
  for (const advertiser of advertisers) {
    const size = logNormal(rng, 1, 0.8);
    const perYear = Math.max(1, poisson(rng, 4.5 * Math.min(size, 3)));
    for (let i = 0; i < perYear * 2; i++) {
      const start = drawStart(rng, periodStart, periodEnd);
      if (start === null) continue;
      campaigns.push(makeCampaign(rng, advertiser, size, start, periodStart, periodEnd, firstCampaignId + campaigns.length));
    }
  }
  const revenueLines = campaigns.flatMap((c) => deliverCampaign(rng, c, now));
  return { advertisers, campaigns, revenueLines, targets: makeTargets(rng, year, campaigns, revenueLines), destinations: DESTINATIONS };
}

function makeAdvertisers(rng: Rng, count: number, firstId: number): AdvertiserRow[] {
  const used = new Set<string>();
  const rows: AdvertiserRow[] = [];
  for (let i = 0; rows.length < count && i < count * 20; i++) {
    const sector = weightedKey(rng, SECTORS);
    const name = `${STEMS[randInt(rng, 0, STEMS.length - 1)]} ${SUFFIX[sector][randInt(rng, 0, SUFFIX[sector].length - 1)]}`;
    if (used.has(name)) continue;
    used.add(name);
    rows.push({ id: firstId + rows.length, name, sector });
  }
  return rows;
}

function drawStart(rng: Rng, from: number, to: number): number | null {
  for (let tries = 0; tries < 20; tries++) {
    const t = from + Math.floor(rng.next() * ((to - from) / DAY)) * DAY;
    if (rng.next() * 1.4 < MONTH_WEIGHTS[new Date(t).getUTCMonth()]) return t;
  }
  return null;
}

function makeCampaign(rng: Rng, advertiser: AdvertiserRow, size: number, start: number, from: number, to: number, id: number): CampaignRow {
  const days = randInt(rng, 7, 60);
  const end = start + (days - 1) * DAY;
  const kinds = SECTOR_KINDS[advertiser.sector] ?? DEFAULT_KINDS;
  const candidates = BRANDS.filter((b) => kinds[b.kind]);
  const brandCount = Math.min(candidates.length, 1 + weightedIndex(rng, [0.3, 0.25, 0.2, 0.12, 0.08, 0.05]));
  const brands = sample(rng, candidates, brandCount * 2)
    .sort((a, b) => (kinds[b.kind] ?? 0) * b.reach - (kinds[a.kind] ?? 0) * a.reach)
    .slice(0, brandCount);
  // The share of campaigns embedding first-party data rises from ~28% to ~45% over the two years.
  const progress = (start - from) / (to - from);
  const embedsData = rng.next() < 0.28 + 0.17 * progress;
  const impressions = Math.round(Math.min(60e6, Math.max(100e3, logNormal(rng, 1.2e6, 0.9) * Math.sqrt(brandCount) * Math.sqrt(size))));
  const cpm = Math.round((BASE_CPM[advertiser.sector] ?? 11) * (embedsData ? 1.45 : 1) * logNormal(rng, 1, 0.2) * 100) / 100;
  const bookedCents = Math.round(impressions * cpm / 10);
  const startDate = new Date(start);
  return {
    id, advertiserId: advertiser.id, name: `${advertiser.name} — ${THEMES[randInt(rng, 0, THEMES.length - 1)]} ${startDate.getUTCFullYear()}`,
    brandIds: brands.map((b) => b.id), startsOn: isoDate(start), endsOn: isoDate(end), bookedCents, impressions, cpm: cpm.toFixed(2), embedsData,
  };
}

/**
 * Delivered revenue by brand × month, pro rata of flight days delivered by `now`. A finished
 * campaign's lines sum exactly to its booked revenue (cents apportioned by largest remainder).
 */
export function deliverCampaign(rng: Rng, c: CampaignRow, now: Date): RevenueLineRow[] {
  const start = Date.parse(`${c.startsOn}T00:00:00Z`);
  const end = Date.parse(`${c.endsOn}T00:00:00Z`);
  const flightDays = Math.round((end - start) / DAY) + 1;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const deliveredDays = Math.max(0, Math.min(flightDays, Math.round((today - start) / DAY)));
  if (deliveredDays === 0) return [];
  const months = new Map<string, number>();
  for (let d = 0; d < deliveredDays; d++) {
    const day = new Date(start + d * DAY);
    const month = `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-01`;
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  const deliveredCents = deliveredDays === flightDays ? c.bookedCents : Math.round((c.bookedCents * deliveredDays) / flightDays);
  const deliveredImpressions = Math.round((c.impressions * deliveredDays) / flightDays);
  const brandWeights = c.brandIds.map(() => 0.5 + rng.next());
  const cells: { brandId: string; month: string; weight: number }[] = [];
  c.brandIds.forEach((brandId, i) => {
    for (const [month, days] of months) cells.push({ brandId, month, weight: brandWeights[i] * days });
  });
  const cents = apportion(deliveredCents, cells.map((x) => x.weight));
  const impressions = apportion(deliveredImpressions, cells.map((x) => x.weight));
  return cells.map((cell, i) => ({ campaignId: c.id, brandId: cell.brandId, month: cell.month, cents: cents[i], impressions: impressions[i] }));
}

function makeTargets(rng: Rng, year: number, campaigns: CampaignRow[], lines: RevenueLineRow[]): TargetRow[] {
  const rows: TargetRow[] = [];
  const revenueByBrand = new Map<string, number>();
  let lastYearCents = 0;
  for (const line of lines) {
    if (!line.month.startsWith(String(year - 1))) continue;
    lastYearCents += line.cents;
    revenueByBrand.set(line.brandId, (revenueByBrand.get(line.brandId) ?? 0) + line.cents);
  }
  const plan = [
    { y: year - 1, growth: 1 + (rng.next() - 0.4) * 0.08, dataRevenue: 0.33, dataCampaigns: 0.3 },
    { y: year, growth: 1.08, dataRevenue: 0.4, dataCampaigns: 0.38 },
  ];
  const booked = campaigns.reduce((a, c) => a + c.bookedCents, 0) || 1;
  for (const { y, growth, dataRevenue, dataCampaigns } of plan) {
    const groupEur = Math.round(((lastYearCents || booked / 2) / 100) * growth / 10_000) * 10_000;
    rows.push({ year: y, brandId: null, metric: "revenue_eur", value: groupEur.toFixed(4) });
    rows.push({ year: y, brandId: null, metric: "data_revenue_share", value: dataRevenue.toFixed(4) });
    rows.push({ year: y, brandId: null, metric: "data_campaign_share", value: dataCampaigns.toFixed(4) });
    for (const brand of BRANDS) {
      const share = (revenueByBrand.get(brand.id) ?? 0) / (lastYearCents || 1);
      const brandEur = Math.max(10_000, Math.round((groupEur * share) / 1000) * 1000);
      const spread = (rng.next() - 0.5) * 0.1;
      rows.push({ year: y, brandId: brand.id, metric: "revenue_eur", value: brandEur.toFixed(4) });
      rows.push({ year: y, brandId: brand.id, metric: "data_revenue_share", value: (dataRevenue + spread).toFixed(4) });
      rows.push({ year: y, brandId: brand.id, metric: "data_campaign_share", value: (dataCampaigns + spread).toFixed(4) });
    }
  }
  return rows;
}

const DESTINATIONS: DestinationRow[] = [
  { name: "Google Ad Manager (key-values)", kind: "gam", isEnabled: true, config: { networkCode: "21700000", keyName: "a3d_seg", maxValuesPerKey: 100 } },
  { name: "Prebid / OpenRTB user.data", kind: "openrtb", isEnabled: true, config: { dataName: "audience3d.fr", segtax: 4, placement: "user.data" } },
  { name: "Clean room — partenaire distribution", kind: "cleanroom", isEnabled: true, config: { partner: "Retail media clean room", minAudience: 100, epsilon: 1, queryBudgetPerMonth: 40 } },
  { name: "Export fichier (SFTP)", kind: "file", isEnabled: false, config: { format: "csv", location: "sftp://exports.partner.example/audience3d" } },
];

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
