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

export type FeedRow = {
  id: number;
  brandId: string;
  brandName: string;
  url: string;
  isEnabled: boolean;
  lastPolledAt: string | null;
  lastError: string | null;
  lastItemCount: number | null;
};

type Actions = {
  onAdd: (input: { brandId: string; url: string }) => Promise<ActionResult<{ id: number }>>;
  onSetEnabled: (input: { id: number; isEnabled: boolean }) => Promise<ActionResult<null>>;
  onDelete: (input: { id: number }) => Promise<ActionResult<null>>;
  onPollNow: (input: { id: number }) => Promise<ActionResult<null>>;
};

/** Settings → Feeds: the feed list with its poll status; admins add, pause, poll and delete. */
export function FeedsManager({
  feeds,
  brands,
  defaultBrand,
  canManage,
  actions,
}: {
  feeds: FeedRow[];
  brands: { id: string; name: string }[];
  defaultBrand: string | null;
  canManage: boolean;
  actions: Actions;
}) {
  const t = useTranslations("content.feeds");
  const tc = useTranslations("common");
  const tu = useTranslations("feedUrl");
  // Field errors on "url" are codes (lib/contextual/intake/feeds.ts); unknown ones show as sent.
  const urlError = (code: string) => (tu.has(code) ? tu(code) : code);
  const format = useFormatter();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formKey, setFormKey] = useState(0);

  const run = (action: () => Promise<ActionResult<unknown>>, okText?: string, onOk?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setFieldErrors({});
        setStatus(okText ? { tone: "ok", text: okText } : null);
        onOk?.();
        router.refresh();
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        // A refused URL is explained under the field; the generic status would repeat it in English.
        setStatus(result.fieldErrors?.url ? null : { tone: "error", text: result.code === "internal" ? tc("genericError") : result.message });
      }
    });

  return (
    <div className="grid gap-4">
      {canManage ? (
        <Card>
          <CardHeader title={t("addTitle")} />
          <CardBody>
            <form
              key={formKey}
              className="grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-end"
              action={(form) =>
                run(
                  () => actions.onAdd({ brandId: String(form.get("brandId") ?? ""), url: String(form.get("url") ?? "").trim() }),
                  t("added"),
                  () => setFormKey((k) => k + 1),
                )
              }
            >
              <div>
                <Label htmlFor="feed-brand">{t("brand")}</Label>
                <Select id="feed-brand" name="brandId" defaultValue={defaultBrand ?? brands[0]?.id} data-testid="feeds-brand">
                  {brands.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <Label htmlFor="feed-url">{t("url")}</Label>
                <Input
                  id="feed-url"
                  name="url"
                  type="url"
                  required
                  placeholder={t("urlPlaceholder")}
                  aria-invalid={Boolean(fieldErrors.url)}
                  aria-describedby={fieldErrors.url ? "feed-url-error" : undefined}
                  data-testid="feeds-url"
                />
              </div>
              <Button type="submit" disabled={isPending} data-testid="feeds-add">
                {t("add")}
              </Button>
            </form>
            {fieldErrors.url ? (
              <p id="feed-url-error" role="alert" className="mt-1 text-xs text-rose-600" data-testid="feeds-url-error">
                {fieldErrors.url.map(urlError).join(" ")}
              </p>
            ) : null}
          </CardBody>
        </Card>
      ) : (
        <p className="text-sm text-slate-500" data-testid="feeds-admin-only">{t("adminOnly")}</p>
      )}
      {status ? (
        <p role="status" className={status.tone === "ok" ? "text-sm text-emerald-700" : "text-sm text-rose-600"} data-testid="feeds-status">
          {status.text}
        </p>
      ) : null}
      <Card data-testid="feeds-list">
        {feeds.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.brand")}</Th>
                <Th>{t("columns.url")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th>{t("columns.lastPoll")}</Th>
                <Th numeric>{t("columns.items")}</Th>
                {canManage ? <Th className="text-right">{t("columns.actions")}</Th> : null}
              </tr>
            </THead>
            <TBody>
              {feeds.map((f) => (
                <tr key={f.id} data-testid="feeds-row">
                  <Td className="align-top whitespace-nowrap">{f.brandName}</Td>
                  <Td className="max-w-md align-top">
                    <span className="block truncate font-mono text-xs" title={f.url}>
                      {f.url}
                    </span>
                    {f.lastError ? (
                      <span className="mt-0.5 block text-xs text-rose-600" data-testid="feeds-error">
                        {t("columns.lastError")}: {f.lastError}
                      </span>
                    ) : null}
                  </Td>
                  <Td className="align-top">
                    {!f.isEnabled ? (
                      <Badge>{t("disabled")}</Badge>
                    ) : f.lastError ? (
                      <Badge tone="danger">{t("enabled")}</Badge>
                    ) : (
                      <Badge tone="success">{t("enabled")}</Badge>
                    )}
                  </Td>
                  <Td className="align-top whitespace-nowrap text-slate-500">
                    {f.lastPolledAt ? format.relativeTime(new Date(f.lastPolledAt)) : t("never")}
                  </Td>
                  <Td numeric className="align-top">{f.lastItemCount ?? "—"}</Td>
                  {canManage ? (
                    <Td className="align-top">
                      <div className="flex justify-end gap-1">
                        <Button size="sm" variant="ghost" disabled={isPending || !f.isEnabled} onClick={() => run(() => actions.onPollNow({ id: f.id }), t("pollQueued"))} data-testid="feeds-poll">
                          {t("pollNow")}
                        </Button>
                        <Button size="sm" variant="ghost" disabled={isPending} onClick={() => run(() => actions.onSetEnabled({ id: f.id, isEnabled: !f.isEnabled }))} data-testid="feeds-toggle">
                          {f.isEnabled ? t("pause") : t("resume")}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          className="text-rose-600 hover:text-rose-700"
                          disabled={isPending}
                          onClick={() => window.confirm(t("confirmDelete")) && run(() => actions.onDelete({ id: f.id }))}
                          data-testid="feeds-delete"
                        >
                          {t("delete")}
                        </Button>
                      </div>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
