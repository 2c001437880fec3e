import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "a3d_locale";

/** Locale from the user's cookie (set by the language switcher), else French. */
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = LOCALES.includes(fromCookie as Locale) ? (fromCookie as Locale) : DEFAULT_LOCALE;
  // One time zone for the whole console: the group and its ad sales work on Paris time.
  return { locale, timeZone: "Europe/Paris", messages: (await import(`../messages/${locale}.json`)).default };
});
