import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiKeysManager } from "@/components/content/api-keys-manager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { brandIdOf, getBrandScope } from "@/lib/actions/scope";
import { requireUser } from "@/lib/actions/session";
import { listApiKeys } from "@/lib/contextual/intake/api-keys";
import { listBrandOptions } from "@/lib/overview/list-brand-options";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.apiKeys");
  return { title: `${t("title")} · Audience3D` };
}

/** Settings → API keys: administrators only (a key writes articles for a whole brand). */
export default async function ApiKeysPage() {
  const user = await requireUser();
  const [t, ts] = await Promise.all([getTranslations("content.apiKeys"), getTranslations("settings")]);
  const back = (
    <Link href="/settings" className="text-sm font-medium text-indigo-600 hover:underline">
      ← {ts("title")}
    </Link>
  );
  if (user.role !== "admin") {
    return (
      <>
        {back}
        <div className="mt-2">
          <PageHeader title={t("title")} />
        </div>
        <EmptyState title={t("adminOnly")} testId="api-keys-admin-only" />
      </>
    );
  }
  const db = getDb();
  const scope = brandIdOf(await getBrandScope());
  const [keys, brands, h] = await Promise.all([listApiKeys(db, { brandIds: scope ? [scope] : undefined }), listBrandOptions(db), headers()]);
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return (
    <>
      {back}
      <div className="mt-2">
        <PageHeader title={t("title")} description={t("description")} />
      </div>
      <ApiKeysManager
        keys={keys.map((k) => ({
          ...k,
          createdAt: k.createdAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          revokedAt: k.revokedAt?.toISOString() ?? null,
        }))}
        brands={brands.map(({ id, name }) => ({ id, name }))}
        defaultBrand={scope}
        endpoint={`${proto}://${host}/api/v1/articles`}
        onCreate={createApiKeyAction}
        onRevoke={revokeApiKeyAction}
      />
    </>
  );
}
