import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { articleLabels, articles, auditLog } from "@/db/schema";
import { RISK_TIERS, TONALITIES } from "@/lib/contextual/types";
import { DomainError } from "@/lib/errors";

/*
 * Editorial override of an article's tonality and/or risk. The override columns are a raw
 * fact kept across relabelling; every change (and its undo) is written to audit_log with the
 * values before and after, in the same transaction.
 */

export const OverrideArticleLabel = z
  .object({
    articleId: z.coerce.number().int().positive(),
    tonality: z.preprocess((v) => (v === "" ? undefined : v), z.enum(TONALITIES).optional()),
    risk: z.preprocess((v) => (v === "" ? undefined : v), z.enum(RISK_TIERS).optional()),
    reason: z.string().trim().min(3).max(500),
  })
  .refine((v) => v.tonality !== undefined || v.risk !== undefined, {
    message: "choose a tonality or a risk tier",
    path: ["tonality"],
  });
export type OverrideArticleLabel = z.infer<typeof OverrideArticleLabel>;

type OverrideState = { tonality: string | null; risk: string | null; reason: string | null };

export async function overrideArticleLabel(
  db: Db,
  params: OverrideArticleLabel & { actorId: string; brandId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockLabel(tx, params.articleId, params.brandId);
    const after: OverrideState = { tonality: params.tonality ?? null, risk: params.risk ?? null, reason: params.reason };
    await tx
      .update(articleLabels)
      .set({
        overrideTonality: after.tonality,
        overrideRisk: after.risk,
        overrideReason: after.reason,
        overrideBy: params.actorId,
        overrideAt: sql`now()`,
      })
      .where(eq(articleLabels.articleId, params.articleId));
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: "article.label_override",
      entityType: "article",
      entityId: String(params.articleId),
      details: { before: before.override, after, classified: before.classified },
    });
  });
}

/** Undo: back to the classifier's labels. A no-op (and no audit line) without an override. */
export async function clearArticleOverride(
  db: Db,
  params: { articleId: number; actorId: string; brandId?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockLabel(tx, params.articleId, params.brandId);
    if (!before.override.tonality && !before.override.risk) return;
    await tx
      .update(articleLabels)
      .set({ overrideTonality: null, overrideRisk: null, overrideReason: null, overrideBy: null, overrideAt: null })
      .where(eq(articleLabels.articleId, params.articleId));
    await tx.insert(auditLog).values({
      actorId: params.actorId,
      action: "article.label_override_clear",
      entityType: "article",
      entityId: String(params.articleId),
      details: { before: before.override, after: { tonality: null, risk: null, reason: null }, classified: before.classified },
    });
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function lockLabel(tx: Tx, articleId: number, brandId?: string | null) {
  const [row] = await tx
    .select({
      tonality: articleLabels.tonality,
      risk: articleLabels.risk,
      overrideTonality: articleLabels.overrideTonality,
      overrideRisk: articleLabels.overrideRisk,
      overrideReason: articleLabels.overrideReason,
      brandId: articles.brandId,
    })
    .from(articles)
    .leftJoin(articleLabels, eq(articleLabels.articleId, articles.id))
    .where(and(eq(articles.id, articleId), brandId ? eq(articles.brandId, brandId) : undefined))
    // The article row serialises concurrent overrides (labels are the nullable side of the join).
    .for("update", { of: articles });
  if (!row) throw new DomainError("not_found", "article not found");
  if (!row.tonality || !row.risk) throw new DomainError("conflict", "the article is not labelled yet");
  return {
    classified: { tonality: row.tonality, risk: row.risk },
    override: { tonality: row.overrideTonality, risk: row.overrideRisk, reason: row.overrideReason } as OverrideState,
  };
}
