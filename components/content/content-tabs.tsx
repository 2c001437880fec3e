"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";

type Tab = { href: string; key: "feed" | "inventory" | "jobs" | "blocklist"; badge?: number };

/** Sub-navigation of the content section. The dead-letter tab shows only to roles that can act on it. */
export function ContentTabs({ canSeeJobs, deadLetters = 0 }: { canSeeJobs: boolean; deadLetters?: number }) {
  const t = useTranslations("content.tabs");
  const pathname = usePathname();
  const tabs: Tab[] = [
    { href: "/content", key: "feed" },
    { href: "/content/inventory", key: "inventory" },
    ...(canSeeJobs ? [{ href: "/content/jobs", key: "jobs" as const, badge: deadLetters }] : []),
    { href: "/content/blocklist", key: "blocklist" },
  ];
  const isActive = (href: string) => (href === "/content" ? pathname === "/content" || /^\/content\/\d+$/.test(pathname) : pathname.startsWith(href));
  return (
    <nav aria-label={t("label")} className="mb-5 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          data-testid={`content-tab-${tab.key}`}
          aria-current={isActive(tab.href) ? "page" : undefined}
          className={cx(
            "-mb-px flex shrink-0 items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium",
            isActive(tab.href) ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
          )}
        >
          {t(tab.key)}
          {tab.badge ? (
            <span className="rounded-full bg-rose-100 px-1.5 text-xs font-semibold text-rose-700 tabular-nums">{tab.badge}</span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
