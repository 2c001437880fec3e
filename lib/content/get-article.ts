import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articleLabels, articles, auditLog, brands, sections, users } from "@/db/schema";
import type { Explanation, RiskTier, Tonality } from "@/lib/contextual/types";
import { DomainError } from "@/lib/errors";

export type ArticleDetail = {
  id: number;
  brandId: string;
  brandName: string;
  sectionName: string | null;
  externalId: string;
  url: string;
  lang: string;
  title: string;
  lead: string;
  source: string;
  publishedAt: Date;
  receivedAt: Date;
  updatedAt: Date;
  label: {
    classifierVersion: string;
    lang: string;
    iab: { id: string; name: string; tier1: string; score: number }[];
    tonality: Tonality;
    tonalityScores: Record<Tonality, number>;
    risk: RiskTier;
    garm: string[];
    keywords: string[];
    explain: Explanation[];
    labelledAt: Date;
    /** Labels older than the article's last change: a relabel is on its way. */
    isStale: boolean;
    override: { tonality: Tonality | null; risk: RiskTier | null; by: string | null; byName: string | null; reason: string | null; at: Date | null } | null;
  } | null;
  audit: { id: number; at: Date; action: string; actorName: string | null; details: Record<string, unknown> }[];
};

/** One article with its labels, explanations and audit trail; `brandId` enforces the brand scope. */
export async function getArticleWithLabels(db: Db, params: { id: number; brandId?: string | null }): Promise<ArticleDetail> {
  const [row] = await db
    .select({ a: articles, brandName: brands.name, sectionName: sections.name, l: articleLabels, overrideByName: users.name })
    .from(articles)
    .innerJoin(brands, eq(brands.id, articles.brandId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(articleLabels, eq(articleLabels.articleId, articles.id))
    .leftJoin(users, eq(users.id, articleLabels.overrideBy))
    .where(and(eq(articles.id, params.id), params.brandId ? eq(articles.brandId, params.brandId) : undefined));
  if (!row) throw new DomainError("not_found", "article not found");

  const audit = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, "article"), eq(auditLog.entityId, String(params.id))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(50);

  const { a, l } = row;
  const hasOverride = Boolean(l && (l.overrideTonality || l.overrideRisk));
  return {
    id: a.id,
    brandId: a.brandId,
    brandName: row.brandName,
    sectionName: row.sectionName,
    externalId: a.externalId,
    url: a.url,
    lang: a.lang,
    title: a.title,
    lead: a.lead,
    source: a.source,
    publishedAt: a.publishedAt,
    receivedAt: a.receivedAt,
    updatedAt: a.updatedAt,
    label: l
      ? {
          classifierVersion: l.classifierVersion,
          lang: l.lang,
          iab: l.iab,
          tonality: l.tonality as Tonality,
          tonalityScores: l.tonalityScores,
          risk: l.risk as RiskTier,
          garm: l.garm,
          keywords: l.keywords,
          explain: (l.explain as Explanation[]).filter(isExplanation),
          labelledAt: l.labelledAt,
          isStale: l.labelledAt.getTime() < a.updatedAt.getTime(),
          override: hasOverride
            ? {
                tonality: (l.overrideTonality as Tonality | null) ?? null,
                risk: (l.overrideRisk as RiskTier | null) ?? null,
                by: l.overrideBy,
                byName: row.overrideByName,
                reason: l.overrideReason,
                at: l.overrideAt,
              }
            : null,
        }
      : null,
    audit: audit.map((e) => ({ ...e, details: e.details ?? {} })),
  };
}

function isExplanation(value: unknown): value is Explanation {
  const e = value as Explanation | null;
  return Boolean(e && typeof e.span === "string" && typeof e.label === "string" && typeof e.value === "string");
}
