import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { advertisers, articleLabels, articles, brands, campaigns, events, profiles, sections } from "../db/schema";

/**
 * A tiny news group for the e2e run when the real seed (scripts/seed.ts) is not available:
 * three brands with different volumes so that scoping visibly changes the numbers.
 */
export async function insertMinimalFixtures(db: Db) {
  await db.transaction(async (tx) => {
    const group = [
      { id: "le-quotidien", name: "Le Quotidien", kind: "national_daily", domain: "lequotidien.example", articles: 6, events: 30 },
      { id: "l-eco-hebdo", name: "L'Éco Hebdo", kind: "business", domain: "ecohebdo.example", articles: 3, events: 12 },
      { id: "sport-mag", name: "Sport Mag", kind: "sports", domain: "sportmag.example", articles: 2, events: 5 },
    ];
    await tx.insert(brands).values(group.map(({ id, name, kind, domain }) => ({ id, name, kind, domain })));
    await tx.insert(sections).values(group.map((b) => ({ brandId: b.id, slug: "actualite", name: "Actualité" })));
    const [profile] = await tx.insert(profiles).values({ externalId: "e2e-subscriber-1", kind: "subscriber", region: "84" }).returning();
    await tx.insert(profiles).values({ externalId: "e2e-browser-1", kind: "anonymous" });
    for (const b of group) {
      const rows = await tx
        .insert(articles)
        .values(
          Array.from({ length: b.articles }, (_, i) => ({
            brandId: b.id,
            externalId: `${b.id}-${i}`,
            url: `https://${b.domain}/article-${i}`,
            title: `${b.name} article ${i}`,
            contentHash: `${b.id}-${i}`,
            source: "seed",
            publishedAt: new Date(Date.now() - i * 3_600_000),
          })),
        )
        .returning({ id: articles.id });
      await tx.insert(articleLabels).values(
        rows.slice(0, Math.ceil(rows.length / 2)).map((r) => ({
          articleId: r.id,
          classifierVersion: "e2e-fixture",
          lang: "fr",
          iab: [],
          iabIds: [],
          tonality: "neutral",
          tonalityScores: { optimistic: 0, neutral: 1, pessimistic: 0, anxious: 0 },
          risk: "none",
          garm: [],
          keywords: [],
          explain: [],
        })),
      );
      await tx.insert(events).values(
        Array.from({ length: b.events }, (_, i) => ({
          eventId: randomUUID(),
          type: "pageview",
          profileId: profile.id,
          articleId: rows[i % rows.length].id,
          brandId: b.id,
          occurredAt: new Date(Date.now() - i * 60_000),
        })),
      );
    }
    const [advertiser] = await tx.insert(advertisers).values({ name: "Constructeur Auto", sector: "Automotive" }).returning();
    const year = new Date().getFullYear();
    await tx.insert(campaigns).values([
      { advertiserId: advertiser.id, name: "Lancement SUV", brandIds: ["le-quotidien", "l-eco-hebdo"], startsOn: `${year}-01-10`, endsOn: `${year}-02-10`, bookedRevenueEur: "25000", cpmEur: "14", embedsData: true },
      { advertiserId: advertiser.id, name: "Salon auto", brandIds: ["sport-mag"], startsOn: `${year}-03-01`, endsOn: `${year}-03-31`, bookedRevenueEur: "8000", cpmEur: "9", embedsData: false },
    ]);
  });
}
