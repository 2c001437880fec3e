"use server";

import { headers, cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/action";
import { logUnexpected } from "@/lib/actions/errors";
import { BRAND_COOKIE, resolveBrandScope } from "@/lib/actions/scope";
import { auth } from "@/lib/auth/auth";
import { DomainError } from "@/lib/errors";

/** Stores the console's brand scope ("all" or a brand id that exists) in a cookie. */
export const switchBrandAction = defineAction(
  { name: "switchBrand", input: z.object({ brand: z.string().min(1).max(200) }) },
  async ({ brand }) => {
    const scope = await resolveBrandScope(getDb(), brand);
    if (scope !== brand) throw new DomainError("invalid", "Unknown brand.", { brand: ["Unknown brand."] });
    (await cookies()).set(BRAND_COOKIE, scope, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
    revalidatePath("/", "layout");
    return { scope };
  },
);

/** Ends the session (if any) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  try {
    await auth.api.signOut({ headers: await headers() });
  } catch (error) {
    // Already signed out (an auth APIError): nothing to undo, still leave the console.
    if (!isAPIError(error)) logUnexpected("action signOut", error);
  }
  redirect("/sign-in");
}
