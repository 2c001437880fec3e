"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { AddFeed, addFeed, deleteFeed, setFeedEnabled } from "@/lib/contextual/intake/feeds";
import { getSenderBoss } from "@/lib/jobs/app-boss";
import { POLL_FEEDS_QUEUE } from "@/lib/jobs/boss";

const FeedId = z.object({ id: z.coerce.number().int().positive() });

export const addFeedAction = defineAction({ name: "addFeed", roles: ["admin"], input: AddFeed }, async (input, { user }) => {
  const db = getDb();
  const feed = await addFeed(db, { ...input, actorId: user.id });
  // First poll now rather than at the next cron tick.
  await (await getSenderBoss(db)).send(POLL_FEEDS_QUEUE, { feedId: feed.id });
  revalidatePath("/settings/feeds");
  return feed;
});

export const setFeedEnabledAction = defineAction(
  { name: "setFeedEnabled", roles: ["admin"], input: FeedId.extend({ isEnabled: z.boolean() }) },
  async (input, { user }) => {
    await setFeedEnabled(getDb(), { ...input, actorId: user.id });
    revalidatePath("/settings/feeds");
    return null;
  },
);

export const deleteFeedAction = defineAction({ name: "deleteFeed", roles: ["admin"], input: FeedId }, async (input, { user }) => {
  await deleteFeed(getDb(), { id: input.id, actorId: user.id });
  revalidatePath("/settings/feeds");
  return null;
});

export const pollFeedNowAction = defineAction({ name: "pollFeedNow", roles: ["admin"], input: FeedId }, async ({ id }) => {
  const db = getDb();
  await (await getSenderBoss(db)).send(POLL_FEEDS_QUEUE, { feedId: id });
  return null;
});
