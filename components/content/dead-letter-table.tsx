"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";

export type DeadLetterRow = { jobId: string; articleId: number | null; articleTitle: string | null; brandId: string | null; error: string; failedAt: string };

/** Failed label jobs with their last error; each can be sent back to the queue. */
export function DeadLetterTable({
  rows,
  onRetry,
  onRetryAll,
}: {
  rows: DeadLetterRow[];
  onRetry: (input: { jobId: string }) => Promise<ActionResult<null>>;
  onRetryAll: (input: Record<string, never>) => Promise<ActionResult<{ retried: number }>>;
}) {
  const t = useTranslations("content.jobs");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.code === "internal" ? tc("genericError") : result.message);
      router.refresh();
    });

  return (
    <>
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2">
        <p className="text-xs text-rose-600" role="status">{error}</p>
        <Button size="sm" variant="secondary" disabled={isPending} onClick={() => run(() => onRetryAll({}))} data-testid="content-jobs-retry-all">
          {t("retryAll", { count: rows.length })}
        </Button>
      </div>
      <Table>
        <THead>
          <tr>
            <Th>{t("columns.failedAt")}</Th>
            <Th>{t("columns.article")}</Th>
            <Th>{t("columns.error")}</Th>
            <Th className="text-right">{t("columns.actions")}</Th>
          </tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <tr key={r.jobId} data-testid="content-dead-letter-row">
              <Td className="align-top whitespace-nowrap text-slate-500 tabular-nums">{format.dateTime(new Date(r.failedAt), { dateStyle: "short", timeStyle: "medium" })}</Td>
              <Td className="max-w-sm align-top">
                {r.articleId && r.articleTitle ? (
                  <Link href={`/content/${r.articleId}`} className="line-clamp-2 font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                    {r.articleTitle}
                  </Link>
                ) : (
                  <span className="text-slate-400">{t("unknownArticle")}</span>
                )}
                {r.brandId ? <p className="text-xs text-slate-500">{r.brandId}</p> : null}
              </Td>
              <Td className="align-top">
                <code className="block max-w-xl text-xs break-words whitespace-pre-wrap text-rose-700">{r.error}</code>
              </Td>
              <Td className="text-right align-top">
                <Button size="sm" variant="secondary" disabled={isPending} onClick={() => run(() => onRetry({ jobId: r.jobId }))} data-testid="content-dead-letter-retry">
                  {t("retry")}
                </Button>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
