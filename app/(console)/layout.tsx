import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BrandSwitcher } from "@/components/shell/brand-switcher";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { QueryProvider } from "@/components/shell/query-provider";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { getDb } from "@/db/client";
import { getSessionUser } from "@/lib/actions/session";
import { getBrandScope } from "@/lib/actions/scope";
import { listBrandOptions } from "@/lib/overview/list-brand-options";
import { switchLocaleAction } from "../locale-actions";
import { signOutAction, switchBrandAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // The proxy only checks that a cookie exists; the layout checks the session itself.
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const [t, brands, scope] = await Promise.all([getTranslations("shell"), listBrandOptions(getDb()), getBrandScope()]);

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <aside className="fixed inset-y-0 left-0 z-30 hidden w-56 flex-col bg-slate-900 lg:flex">
        <div className="flex h-14 items-center gap-2 border-b border-slate-800 px-5">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-indigo-500 text-xs font-bold text-white">3D</span>
          <div className="leading-tight">
            <p className="text-sm font-semibold text-white">Audience3D</p>
            <p className="text-[11px] text-slate-400">{t("productTagline")}</p>
          </div>
        </div>
        <SidebarNav />
      </aside>
      <div className="lg:pl-56">
        <header className="sticky top-0 z-20 flex h-14 items-center gap-4 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:px-6">
          <BrandSwitcher brands={brands.map(({ id, name }) => ({ id, name }))} current={scope} onSwitch={switchBrandAction} />
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitcher onSwitch={switchLocaleAction} />
            <UserMenu user={user} onSignOut={signOutAction} />
          </div>
        </header>
        <SidebarNav layout="horizontal" />
        <QueryProvider>
          <main id="main" className="mx-auto max-w-[1440px] px-4 py-6 sm:px-6">
            {children}
          </main>
        </QueryProvider>
      </div>
    </div>
  );
}
