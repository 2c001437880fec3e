"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/request";

const SwitchLocale = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher. Deliberately open to signed-out visitors (the sign-in page has the
 * switcher too): it only sets a display preference for the caller's own browser.
 */
export async function switchLocaleAction(form: FormData): Promise<void> {
  const parsed = SwitchLocale.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
}
