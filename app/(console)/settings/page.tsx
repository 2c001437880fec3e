import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/actions/session";
import { listConsoleUsers } from "@/lib/overview/list-console-users";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: `${t("title")} · Audience3D` };
}

export default async function SettingsPage() {
  const user = await requireUser();
  const isAdmin = user.role === "admin";
  const [t, ts, format, users] = await Promise.all([
    getTranslations("settings"),
    getTranslations("shell"),
    getFormatter(),
    isAdmin ? listConsoleUsers(getDb()) : Promise.resolve(null),
  ]);
  const links = [
    { href: "/settings/feeds", title: t("feedsTitle"), description: t("feedsDescription"), testId: "settings-link-feeds" },
    { href: "/settings/api-keys", title: t("apiKeysTitle"), description: t("apiKeysDescription"), testId: "settings-link-api-keys" },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("linksTitle")}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            data-testid={link.testId}
            className="block rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs transition hover:border-indigo-300 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <p className="text-sm font-semibold text-slate-900">{link.title} →</p>
            <p className="mt-0.5 text-sm text-slate-500">{link.description}</p>
          </Link>
        ))}
      </div>
      <Card className="mt-6">
        <CardHeader title={t("usersTitle")} description={t("usersDescription")} />
        {users ? (
          <Table data-testid="settings-users">
            <THead>
              <tr>
                <Th>{t("tableName")}</Th>
                <Th>{t("tableEmail")}</Th>
                <Th>{t("tableRole")}</Th>
                <Th>{t("tableCreated")}</Th>
              </tr>
            </THead>
            <TBody>
              {users.map((u) => (
                <tr key={u.id}>
                  <Td className="font-medium text-slate-900">
                    {u.name}
                    {u.id === user.id ? <span className="ml-1 text-xs text-slate-400">({t("you")})</span> : null}
                  </Td>
                  <Td>{u.email}</Td>
                  <Td>
                    <Badge tone={u.role === "admin" ? "info" : "neutral"}>{ts(`roles.${u.role}`)}</Badge>
                  </Td>
                  <Td className="text-slate-500">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="px-4 py-6 text-sm text-slate-500" data-testid="settings-users-admin-only">
            {t("usersAdminOnly")}
          </p>
        )}
      </Card>
    </>
  );
}
