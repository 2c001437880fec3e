"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { cx } from "@/components/ui/cx";

const LOCALES = ["fr", "en"] as const;

/**
 * FR | EN toggle. A plain form per locale so it works without JavaScript; `onSwitch` is the
 * server action (passed from the server so this component does not import app/).
 */
export function LanguageSwitcher({ onSwitch, tone = "light" }: { onSwitch: (form: FormData) => Promise<void>; tone?: "light" | "dark" }) {
  const t = useTranslations("shell.language");
  const current = useLocale();
  const [isPending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("label")} className={cx("inline-flex rounded-md p-0.5 text-xs font-semibold", tone === "dark" ? "bg-slate-800" : "bg-slate-100")}>
      {LOCALES.map((locale) => (
        <form
          key={locale}
          action={(form) => startTransition(() => onSwitch(form))}
        >
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-pressed={current === locale}
            title={t(locale)}
            disabled={isPending}
            data-testid={`shell-locale-${locale}`}
            className={cx(
              "rounded px-2 py-1 uppercase transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500",
              current === locale
                ? tone === "dark" ? "bg-slate-600 text-white" : "bg-white text-slate-900 shadow-xs"
                : tone === "dark" ? "text-slate-400 hover:text-white" : "text-slate-500 hover:text-slate-900",
            )}
          >
            {locale}
          </button>
        </form>
      ))}
    </div>
  );
}
