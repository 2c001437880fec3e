"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { AddBriefKeywords, CreateBrief, RemoveBriefKeyword, UpdateBriefSuitability } from "@/lib/briefs/brief-schemas";
import { createBrief } from "@/lib/briefs/create-brief";
import { updateBriefSuitability } from "@/lib/briefs/update-brief-suitability";
import { addBriefKeywords, removeBriefKeyword } from "@/lib/briefs/update-brief-keywords";

const EDITORS = ["data_staff", "admin"] as const;

/** Creates a brief; the page then navigates to it. */
export const createBriefAction = defineAction({ name: "createBrief", roles: [...EDITORS], input: CreateBrief }, async (input, { user }) => {
  const created = await createBrief(getDb(), { ...input, actorId: user.id });
  revalidatePath("/briefs");
  return created;
});

/** Stores the brief's suitability profile (audited). */
export const updateBriefSuitabilityAction = defineAction(
  { name: "updateBriefSuitability", roles: [...EDITORS], input: UpdateBriefSuitability },
  async (input, { user }) => {
    await updateBriefSuitability(getDb(), { ...input, actorId: user.id });
    revalidatePath(`/briefs/${input.briefId}`);
    revalidatePath("/briefs");
    return { briefId: input.briefId };
  },
);

/** Adds accepted term suggestions (or typed keywords) to the brief. */
export const addBriefKeywordsAction = defineAction({ name: "addBriefKeywords", roles: [...EDITORS], input: AddBriefKeywords }, async (input, { user }) => {
  const keywords = await addBriefKeywords(getDb(), { ...input, actorId: user.id });
  revalidatePath(`/briefs/${input.briefId}`);
  return { keywords };
});

export const removeBriefKeywordAction = defineAction(
  { name: "removeBriefKeyword", roles: [...EDITORS], input: RemoveBriefKeyword },
  async (input, { user }) => {
    const keywords = await removeBriefKeyword(getDb(), { ...input, actorId: user.id });
    revalidatePath(`/briefs/${input.briefId}`);
    return { keywords };
  },
);
