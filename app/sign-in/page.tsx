import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { SignInForm } from "@/components/shell/sign-in-form";
import { getSessionUser } from "@/lib/actions/session";
import { safeNextPath } from "@/lib/auth/public-paths";
import { switchLocaleAction } from "../locale-actions";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: `${t("submit")} · Audience3D` };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const nextPath = typeof next === "string" ? safeNextPath(next) : undefined;
  if (await getSessionUser()) redirect(nextPath ?? "/");
  const t = await getTranslations("signIn");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <p className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
            <span aria-hidden className="grid size-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">3D</span>
            Audience3D
          </p>
          <LanguageSwitcher onSwitch={switchLocaleAction} />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold text-slate-900">{t("title")}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-500">{t("subtitle")}</p>
          <SignInForm action={signInAction} next={nextPath === "/" ? undefined : nextPath} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t("demoHint")}</p>
      </div>
    </main>
  );
}
