"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { CreateApiKey, createApiKey, revokeApiKey } from "@/lib/contextual/intake/api-keys";

/** Returns the clear key once; only its hash is stored. */
export const createApiKeyAction = defineAction({ name: "createApiKey", roles: ["admin"], input: CreateApiKey }, async (input, { user }) => {
  const created = await createApiKey(getDb(), { ...input, createdBy: user.id });
  revalidatePath("/settings/api-keys");
  return created;
});

export const revokeApiKeyAction = defineAction(
  { name: "revokeApiKey", roles: ["admin"], input: z.object({ id: z.coerce.number().int().positive() }) },
  async ({ id }, { user }) => {
    await revokeApiKey(getDb(), { id, revokedBy: user.id });
    revalidatePath("/settings/api-keys");
    return null;
  },
);
