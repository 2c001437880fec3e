"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { clearArticleOverride, overrideArticleLabel, OverrideArticleLabel } from "@/lib/content/override-label";
import { getSenderBoss } from "@/lib/jobs/app-boss";
import { listDeadLetters, retryDeadLetter } from "@/lib/jobs/dead-letters";

const EDITORS = ["data_staff", "admin"] as const;

/** Overrides are limited to the console's brand scope: another brand's article is "not_found". */
const scopedBrandId = async () => brandIdOf(await getBrandScope());

export const overrideArticleLabelAction = defineAction(
  { name: "overrideArticleLabel", roles: [...EDITORS], input: OverrideArticleLabel },
  async (input, { user }) => {
    await overrideArticleLabel(getDb(), { ...input, actorId: user.id, brandId: await scopedBrandId() });
    revalidatePath(`/content/${input.articleId}`);
    return null;
  },
);

export const clearArticleOverrideAction = defineAction(
  { name: "clearArticleOverride", roles: [...EDITORS], input: z.object({ articleId: z.coerce.number().int().positive() }) },
  async (input, { user }) => {
    await clearArticleOverride(getDb(), { articleId: input.articleId, actorId: user.id, brandId: await scopedBrandId() });
    revalidatePath(`/content/${input.articleId}`);
    return null;
  },
);

export const retryDeadLetterAction = defineAction(
  { name: "retryDeadLetter", roles: [...EDITORS], input: z.object({ jobId: z.uuid() }) },
  async ({ jobId }) => {
    const db = getDb();
    await retryDeadLetter(await getSenderBoss(db), db, { jobId });
    revalidatePath("/content/jobs");
    return null;
  },
);

export const retryAllDeadLettersAction = defineAction(
  { name: "retryAllDeadLetters", roles: [...EDITORS], input: z.object({}) },
  async () => {
    const db = getDb();
    const boss = await getSenderBoss(db);
    const dead = await listDeadLetters(db, { limit: 500 });
    for (const d of dead) await retryDeadLetter(boss, db, { jobId: d.jobId });
    revalidatePath("/content/jobs");
    return { retried: dead.length };
  },
);
