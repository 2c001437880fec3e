"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { logUnexpected } from "@/lib/actions/errors";
import { auth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/public-paths";
import { createSignInThrottle } from "@/lib/auth/sign-in-throttle";

export type SignInState = {
  error?: "invalidCredentials" | "invalidInput" | "throttled" | "generic";
  email?: string;
};

const SignInInput = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
  next: z.string().max(2000).optional(),
});

const throttle = createSignInThrottle();

/** The sign-in form's action: public by nature (no session yet), throttled per email. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = SignInInput.safeParse({
    email: String(form.get("email") ?? "").trim().toLowerCase(),
    password: String(form.get("password") ?? ""),
    next: form.get("next") ? String(form.get("next")) : undefined,
  });
  const email = String(form.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { error: "invalidInput", email };
  const key = parsed.data.email;
  if (throttle.isBlocked(key, Date.now())) return { error: "throttled", email };
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 400)) {
      throttle.recordFailure(key, Date.now());
      return { error: "invalidCredentials", email };
    }
    logUnexpected("action signIn", error);
    return { error: "generic", email };
  }
  throttle.reset(key);
  redirect(safeNextPath(parsed.data.next));
}
