import { getTranslations } from "next-intl/server";
import type { Role } from "@/db/schema/auth";
import { Badge } from "@/components/ui/badge";

/**
 * Account menu: a <details> disclosure, so it opens with Enter/Space and needs no script.
 * Server component: receives the user and the sign-out action as props.
 */
export async function UserMenu({ user, onSignOut }: { user: { name: string; email: string; role: Role }; onSignOut: () => Promise<void> }) {
  const t = await getTranslations("shell");
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();
  return (
    <details className="group relative" data-testid="shell-user-menu">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-1.5 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden"
        aria-label={t("user.menu")}
      >
        <span aria-hidden className="grid size-7 place-items-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700">
          {initials}
        </span>
        <span className="hidden text-left leading-tight sm:block">
          <span className="block text-sm font-medium text-slate-800">{user.name}</span>
          <span className="block text-xs text-slate-500" data-testid="shell-user-role">
            {t(`roles.${user.role}`)}
          </span>
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="text-xs text-slate-500">{t("user.signedInAs")}</p>
        <p className="truncate text-sm font-medium text-slate-900">{user.email}</p>
        <p className="mt-2 flex items-center gap-2 text-xs text-slate-500">
          {t("user.role")} <Badge tone="info">{t(`roles.${user.role}`)}</Badge>
        </p>
        <form action={onSignOut} className="mt-3 border-t border-slate-100 pt-3">
          <button
            type="submit"
            className="w-full rounded-md px-2 py-1.5 text-left text-sm font-medium text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-600"
            data-testid="shell-sign-out"
          >
            {t("user.signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
