"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { NAV_ICONS, type NavIcon } from "./nav-icons";

type Item = { href: string; key: NavIcon };
type Group = { key: "audiences" | "data" | "business" | "governance" | null; items: Item[] };

const GROUPS: Group[] = [
  { key: null, items: [{ href: "/", key: "overview" }] },
  { key: "audiences", items: [{ href: "/segments", key: "segments" }, { href: "/briefs", key: "briefs" }] },
  { key: "data", items: [{ href: "/content", key: "content" }, { href: "/engagement", key: "engagement" }] },
  { key: "business", items: [{ href: "/revenue", key: "revenue" }, { href: "/activation", key: "activation" }] },
  { key: "governance", items: [{ href: "/privacy", key: "privacy" }, { href: "/settings", key: "settings" }] },
];

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Vertical navigation (sidebar) or a horizontal strip on narrow screens. */
export function SidebarNav({ layout = "vertical" }: { layout?: "vertical" | "horizontal" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  if (layout === "horizontal") {
    return (
      <nav aria-label={t("label")} className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-white px-4 py-2 lg:hidden">
        {GROUPS.flatMap((g) => g.items).map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={isActive(pathname, item.href) ? "page" : undefined}
            className={cx(
              "shrink-0 rounded-md px-2.5 py-1.5 text-sm font-medium",
              isActive(pathname, item.href) ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100",
            )}
          >
            {t(item.key)}
          </Link>
        ))}
      </nav>
    );
  }
  return (
    <nav aria-label={t("label")} className="flex flex-1 flex-col gap-5 px-3 py-4">
      {GROUPS.map((group) => (
        <div key={group.key ?? "top"}>
          {group.key ? <p className="mb-1 px-2 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">{t(group.key)}</p> : null}
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const active = isActive(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    data-testid={`nav-${item.key}`}
                    className={cx(
                      "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm font-medium transition-colors",
                      "focus-visible:outline-2 focus-visible:outline-indigo-400",
                      active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white",
                    )}
                  >
                    {NAV_ICONS[item.key]}
                    {t(item.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
