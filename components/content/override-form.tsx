"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Label } from "@/components/ui/input";
import { fieldClasses } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/result";
import { RISK_TIERS, TONALITIES, type RiskTier, type Tonality } from "@/lib/contextual/types";

type OverrideInput = { articleId: number; tonality?: string; risk?: string; reason: string };

/**
 * Editorial override of tonality and/or risk, with a mandatory reason. Undo clears the
 * override (back to the classifier's labels); both land in the audit trail.
 */
export function OverrideForm({
  articleId,
  classified,
  current,
  onOverride,
  onClear,
}: {
  articleId: number;
  classified: { tonality: Tonality; risk: RiskTier };
  current: { tonality: Tonality | null; risk: RiskTier | null; reason: string | null } | null;
  onOverride: (input: OverrideInput) => Promise<ActionResult<null>>;
  onClear: (input: { articleId: number }) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations("content");
  const tc = useTranslations("common");
  const tb = useTranslations("brandScope");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const handle = (result: ActionResult<null>, okText: string) => {
    if (result.ok) {
      setFieldErrors({});
      setMessage({ tone: "ok", text: okText });
      router.refresh();
    } else {
      setFieldErrors(result.fieldErrors ?? {});
      // Another brand's article (the console is scoped to one brand): translated, not the raw message.
      const text = result.code === "internal" ? tc("genericError") : result.code === "not_found" ? tb("articleOutOfScope") : result.message;
      setMessage({ tone: "error", text });
    }
  };

  return (
    <Card data-testid="content-override">
      <CardHeader title={t("override.title")} description={t("override.description")} />
      <CardBody>
        <form
          className="grid gap-3"
          action={(form) =>
            startTransition(async () => {
              const input: OverrideInput = {
                articleId,
                tonality: String(form.get("tonality") ?? "") || undefined,
                risk: String(form.get("risk") ?? "") || undefined,
                reason: String(form.get("reason") ?? ""),
              };
              handle(await onOverride(input), t("override.saved"));
            })
          }
        >
          <div className="grid gap-3">
            <div>
              <Label htmlFor="override-tonality">{t("override.tonality")}</Label>
              <Select id="override-tonality" name="tonality" defaultValue={current?.tonality ?? ""} data-testid="content-override-tonality" aria-invalid={Boolean(fieldErrors.tonality)}>
                <option value="">{t("override.keep")} ({t(`tonality.${classified.tonality}`)})</option>
                {TONALITIES.map((v) => (
                  <option key={v} value={v}>
                    {t(`tonality.${v}`)}
                  </option>
                ))}
              </Select>
            </div>
            <div>
              <Label htmlFor="override-risk">{t("override.risk")}</Label>
              <Select id="override-risk" name="risk" defaultValue={current?.risk ?? ""} data-testid="content-override-risk">
                <option value="">{t("override.keep")} ({t(`risk.${classified.risk}`)})</option>
                {RISK_TIERS.map((v) => (
                  <option key={v} value={v}>
                    {t(`risk.${v}`)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          {fieldErrors.tonality ? <p className="text-xs text-rose-600">{fieldErrors.tonality.join(" ")}</p> : null}
          <div>
            <Label htmlFor="override-reason">{t("override.reason")}</Label>
            <textarea
              id="override-reason"
              name="reason"
              required
              minLength={3}
              maxLength={500}
              rows={2}
              defaultValue={current?.reason ?? ""}
              placeholder={t("override.reasonPlaceholder")}
              className={fieldClasses}
              aria-invalid={Boolean(fieldErrors.reason)}
              data-testid="content-override-reason"
            />
            {fieldErrors.reason ? <p className="mt-1 text-xs text-rose-600">{fieldErrors.reason.join(" ")}</p> : null}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={isPending} data-testid="content-override-submit">
              {isPending ? t("override.saving") : t("override.submit")}
            </Button>
            {current ? (
              <Button
                variant="secondary"
                disabled={isPending}
                data-testid="content-override-undo"
                onClick={() => startTransition(async () => handle(await onClear({ articleId }), t("override.undone")))}
              >
                {t("override.undo")}
              </Button>
            ) : null}
            {message ? (
              <p role="status" className={message.tone === "ok" ? "text-sm text-emerald-700" : "text-sm text-rose-600"} data-testid="content-override-message">
                {message.text}
              </p>
            ) : null}
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
