"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";

export type ApiKeyRow = {
  id: number;
  brandId: string;
  brandName: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

type Created = { id: number; brandId: string; name: string; prefix: string; key: string };

/** Settings → API keys (admins): create a key (shown once, with a copy button) and revoke keys. */
export function ApiKeysManager({
  keys,
  brands,
  defaultBrand,
  endpoint,
  onCreate,
  onRevoke,
}: {
  keys: ApiKeyRow[];
  brands: { id: string; name: string }[];
  defaultBrand: string | null;
  endpoint: string;
  onCreate: (input: { brandId: string; name: string }) => Promise<ActionResult<Created>>;
  onRevoke: (input: { id: number }) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations("content.apiKeys");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [created, setCreated] = useState<Created | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);
  const brandName = (id: string) => brands.find((b) => b.id === id)?.name ?? id;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const fail = (result: Extract<ActionResult<unknown>, { ok: false }>) =>
    setError({ message: result.code === "internal" ? tc("genericError") : result.message, fieldErrors: result.fieldErrors ?? {} });

  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader title={t("createTitle")} />
        <CardBody>
          <form
            className="grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-end"
            action={(form) =>
              startTransition(async () => {
                const result = await onCreate({ brandId: String(form.get("brandId") ?? ""), name: String(form.get("name") ?? "") });
                if (!result.ok) return fail(result);
                setError(null);
                setIsCopied(false);
                setCreated(result.data);
                router.refresh();
              })
            }
          >
            <div>
              <Label htmlFor="key-brand">{t("brand")}</Label>
              <Select id="key-brand" name="brandId" defaultValue={defaultBrand ?? brands[0]?.id} data-testid="api-keys-brand">
                {brands.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </Select>
            </div>
            <div>
              <Label htmlFor="key-name">{t("name")}</Label>
              <Input id="key-name" name="name" required maxLength={80} placeholder={t("namePlaceholder")} aria-invalid={Boolean(error?.fieldErrors.name)} data-testid="api-keys-name" />
            </div>
            <Button type="submit" disabled={isPending} data-testid="api-keys-create">
              {t("create")}
            </Button>
          </form>
          {error ? <p className="mt-2 text-sm text-rose-600" role="alert">{error.message}</p> : null}
          {created ? (
            <div className="mt-4 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200" data-testid="api-keys-created">
              <p className="text-sm font-semibold text-amber-900">{t("createdTitle")}</p>
              <p className="text-xs text-amber-800">{t("createdHint", { brand: brandName(created.brandId) })}</p>
              <div className="mt-2 flex items-center gap-2">
                <code className="flex-1 overflow-x-auto rounded bg-white px-2 py-1.5 font-mono text-sm text-slate-900 ring-1 ring-amber-200" data-testid="api-keys-secret">
                  {created.key}
                </code>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(created.key).catch(() => {});
                    setIsCopied(true);
                  }}
                >
                  {isCopied ? t("copied") : t("copy")}
                </Button>
              </div>
              <p className="mt-3 text-xs font-medium text-amber-900">{t("usageTitle")}</p>
              <p className="text-xs text-amber-800">{t("usage")}</p>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-2 text-[11px] leading-relaxed text-slate-100">
                {`curl -X POST ${endpoint} \\\n  -H "Authorization: Bearer ${created.key}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"externalId":"123","url":"https://…","title":"…","lead":"…","body":"…","section":"…","publishedAt":"${new Date().toISOString().slice(0, 19)}Z"}'`}
              </pre>
            </div>
          ) : null}
        </CardBody>
      </Card>
      <Card data-testid="api-keys-list">
        {keys.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.brand")}</Th>
                <Th>{t("columns.key")}</Th>
                <Th>{t("columns.created")}</Th>
                <Th>{t("columns.lastUsed")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th className="text-right">{t("columns.actions")}</Th>
              </tr>
            </THead>
            <TBody>
              {keys.map((k) => (
                <tr key={k.id} data-testid="api-keys-row" className={k.revokedAt ? "opacity-60" : undefined}>
                  <Td className="font-medium text-slate-900">{k.name || "—"}</Td>
                  <Td className="whitespace-nowrap">{k.brandName}</Td>
                  <Td>
                    <code className="font-mono text-xs">{k.prefix}…</code>
                  </Td>
                  <Td className="text-xs whitespace-nowrap text-slate-500">
                    {date(k.createdAt)}
                    {k.createdByName ? <span className="block">{t("by", { name: k.createdByName })}</span> : null}
                  </Td>
                  <Td className="text-xs whitespace-nowrap text-slate-500">{k.lastUsedAt ? format.relativeTime(new Date(k.lastUsedAt)) : t("never")}</Td>
                  <Td>{k.revokedAt ? <Badge>{t("revoked")}</Badge> : <Badge tone="success">{t("active")}</Badge>}</Td>
                  <Td className="text-right">
                    {k.revokedAt ? (
                      <span className="text-xs text-slate-400">{date(k.revokedAt)}</span>
                    ) : (
                      <Button
                        size="sm"
                        variant="ghost"
                        className="text-rose-600 hover:text-rose-700"
                        disabled={isPending}
                        data-testid="api-keys-revoke"
                        onClick={() =>
                          window.confirm(t("confirmRevoke")) &&
                          startTransition(async () => {
                            const result = await onRevoke({ id: k.id });
                            if (!result.ok) fail(result);
                            router.refresh();
                          })
                        }
                      >
                        {t("revoke")}
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
