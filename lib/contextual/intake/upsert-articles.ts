import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articleLabels, articles, brands, sections } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { detectLang, hashArticleContent, type ArticleInput } from "./article-input";

export type ArticleSource = "cms" | "rss" | "seed";
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type UpsertArticlesParams = {
  brandId: string;
  source: ArticleSource;
  articles: ArticleInput[];
  /**
   * Feeds have no section slugs the brand knows: unknown sections are then dropped
   * (section null) instead of rejecting the item.
   */
  unknownSection?: "reject" | "ignore";
};

export type UpsertStatus = "created" | "updated" | "unchanged";

export type UpsertResult = {
  index: number;
  externalId: string;
  id: number;
  status: UpsertStatus;
  /** New article, changed title/lead/body, or no labels yet: the classifier must run. */
  needsLabels: boolean;
};

type Existing = {
  id: number;
  brandId: string;
  externalId: string;
  url: string;
  contentHash: string;
  sectionId: number | null;
  lang: string;
  publishedAt: Date;
  hasLabels: boolean;
};

/**
 * Inserts or updates a brand's articles by (brand, external id), else by URL, all or nothing.
 * Throws DomainError "invalid" (unknown brand/section, duplicates in the batch) or
 * "conflict" (URL owned by another brand or another article). Field paths are
 * `articles.<index>.<field>`.
 */
export async function upsertArticles(db: Db, params: UpsertArticlesParams): Promise<UpsertResult[]> {
  const { brandId, source, articles: inputs } = params;
  if (inputs.length === 0) return [];
  assertNoDuplicates(inputs);

  try {
    return await db.transaction(async (tx) => {
      const [brand] = await tx.select({ lang: brands.lang }).from(brands).where(eq(brands.id, brandId));
      if (!brand) throw new DomainError("invalid", `unknown brand ${brandId}`, { brand: ["unknown brand"] });
      const fallbackLang = brand.lang === "en" ? "en" : "fr";

      const sectionIds = await resolveSections(tx, brandId, inputs, params.unknownSection ?? "reject");

      const existingRows = await tx
        .select({
          id: articles.id,
          brandId: articles.brandId,
          externalId: articles.externalId,
          url: articles.url,
          contentHash: articles.contentHash,
          sectionId: articles.sectionId,
          lang: articles.lang,
          publishedAt: articles.publishedAt,
          hasLabels: sql<boolean>`${articleLabels.articleId} is not null`,
        })
        .from(articles)
        .leftJoin(articleLabels, eq(articleLabels.articleId, articles.id))
        .where(
          or(
            and(eq(articles.brandId, brandId), inArray(articles.externalId, inputs.map((a) => a.externalId))),
            inArray(articles.url, inputs.map((a) => a.url)),
          ),
        )
        .for("update", { of: articles });
      const byExternal = new Map<string, Existing>();
      const byUrl = new Map<string, Existing>();
      for (const row of existingRows) {
        if (row.brandId === brandId) byExternal.set(row.externalId, row);
        byUrl.set(row.url, row);
      }

      const results: UpsertResult[] = [];
      const conflicts: Record<string, string[]> = {};
      const toInsert: { index: number; values: typeof articles.$inferInsert }[] = [];

      for (const [index, input] of inputs.entries()) {
        const contentHash = hashArticleContent(input);
        const lang = input.lang ?? detectLang(`${input.title}\n${input.lead}`, fallbackLang);
        const sectionId = input.section ? (sectionIds.get(input.section) ?? null) : null;
        const publishedAt = new Date(input.publishedAt);
        const ext = byExternal.get(input.externalId);
        const atUrl = byUrl.get(input.url);

        if (atUrl && atUrl.brandId !== brandId) {
          conflicts[`articles.${index}.url`] = ["URL already belongs to another brand's article"];
          continue;
        }
        if (ext && atUrl && ext.id !== atUrl.id) {
          conflicts[`articles.${index}.url`] = [`URL already used by article ${atUrl.externalId}`];
          continue;
        }
        const target = ext ?? atUrl;
        if (!target) {
          toInsert.push({
            index,
            values: {
              brandId,
              sectionId,
              externalId: input.externalId,
              url: input.url,
              lang,
              title: input.title,
              lead: input.lead,
              body: input.body,
              contentHash,
              source,
              publishedAt,
            },
          });
          continue;
        }
        const hashChanged = target.contentHash !== contentHash;
        const metaChanged =
          target.externalId !== input.externalId ||
          target.url !== input.url ||
          target.sectionId !== sectionId ||
          target.lang !== lang ||
          target.publishedAt.getTime() !== publishedAt.getTime();
        if (hashChanged || metaChanged) {
          await tx
            .update(articles)
            .set({
              externalId: input.externalId,
              url: input.url,
              sectionId,
              lang,
              title: input.title,
              lead: input.lead,
              body: input.body,
              contentHash,
              publishedAt,
              updatedAt: sql`now()`,
              // A changed article "arrives" again: the live feed and the latency clock restart.
              ...(hashChanged ? { receivedAt: sql`now()` } : {}),
            })
            .where(eq(articles.id, target.id));
        }
        results.push({
          index,
          externalId: input.externalId,
          id: target.id,
          status: hashChanged || metaChanged ? "updated" : "unchanged",
          // A language change alters the classifier's input as much as the text does.
          needsLabels: hashChanged || target.lang !== lang || !target.hasLabels,
        });
      }

      if (Object.keys(conflicts).length > 0) {
        throw new DomainError("conflict", "some articles conflict with existing ones", conflicts);
      }
      if (toInsert.length > 0) {
        const inserted = await tx
          .insert(articles)
          .values(toInsert.map((r) => r.values))
          .returning({ id: articles.id, externalId: articles.externalId });
        const idByExternal = new Map(inserted.map((r) => [r.externalId, r.id]));
        for (const { index, values } of toInsert) {
          results.push({
            index,
            externalId: values.externalId,
            id: idByExternal.get(values.externalId)!,
            status: "created",
            needsLabels: true,
          });
        }
      }
      return results.sort((a, b) => a.index - b.index);
    });
  } catch (error) {
    // Two pushes racing on the same new article: the loser gets 409 and may retry.
    if (isUniqueViolation(error)) {
      throw new DomainError("conflict", "article was written concurrently, retry the request");
    }
    throw error;
  }
}

function assertNoDuplicates(inputs: ArticleInput[]) {
  const errors: Record<string, string[]> = {};
  const seenExternal = new Set<string>();
  const seenUrl = new Set<string>();
  for (const [i, a] of inputs.entries()) {
    if (seenExternal.has(a.externalId)) errors[`articles.${i}.externalId`] = ["duplicate externalId in batch"];
    if (seenUrl.has(a.url)) errors[`articles.${i}.url`] = ["duplicate url in batch"];
    seenExternal.add(a.externalId);
    seenUrl.add(a.url);
  }
  if (Object.keys(errors).length) throw new DomainError("invalid", "duplicate articles in batch", errors);
}

async function resolveSections(
  tx: Tx,
  brandId: string,
  inputs: ArticleInput[],
  unknownSection: "reject" | "ignore",
): Promise<Map<string, number>> {
  const slugs = [...new Set(inputs.flatMap((a) => (a.section ? [a.section] : [])))];
  if (slugs.length === 0) return new Map();
  const rows = await tx
    .select({ id: sections.id, slug: sections.slug })
    .from(sections)
    .where(and(eq(sections.brandId, brandId), inArray(sections.slug, slugs)));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  if (unknownSection === "reject") {
    const errors: Record<string, string[]> = {};
    for (const [i, a] of inputs.entries()) {
      if (a.section && !ids.has(a.section)) errors[`articles.${i}.section`] = [`unknown section "${a.section}" for this brand`];
    }
    if (Object.keys(errors).length) throw new DomainError("invalid", "unknown section", errors);
  }
  return ids;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}
