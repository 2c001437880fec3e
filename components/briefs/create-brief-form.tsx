"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { fieldClasses, Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/result";
import { BRIEF_STATUSES, CreateBrief } from "@/lib/briefs/brief-schemas";
import type { AdvertiserOption } from "@/lib/briefs/list-advertisers";

type FormInput = z.input<typeof CreateBrief>;
type FormOutput = z.output<typeof CreateBrief>;
const FIELDS = ["advertiserId", "title", "objective", "startsOn", "endsOn", "budgetEur", "status"] as const;
type Field = (typeof FIELDS)[number];

/** New brief: validated in the browser with the same zod schema the server action uses. */
export function CreateBriefForm({ advertisers, onCreate }: { advertisers: AdvertiserOption[]; onCreate: (input: FormOutput) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations("briefs");
  const router = useRouter();
  const id = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const [isNavigating, startTransition] = useTransition();
  const { register, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(CreateBrief),
    defaultValues: { advertiserId: "", title: "", objective: "", startsOn: "", endsOn: "", status: "draft" },
  });
  const errors = formState.errors;
  const fieldId = (f: Field) => `${id}-${f}`;
  const errorOf = (f: Field) =>
    errors[f] ? (
      <p id={`${fieldId(f)}-error`} className="mt-1 text-xs text-rose-700" role="alert">
        {t(`form.errors.${f}`)}
      </p>
    ) : null;
  const a11y = (f: Field) => ({ id: fieldId(f), "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${fieldId(f)}-error` : undefined });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await onCreate(values);
    if (result.ok) {
      startTransition(() => router.push(`/briefs/${result.data.id}`));
      return;
    }
    let mapped = false;
    for (const path of Object.keys(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(path)) {
        setError(path as Field, { type: "server" });
        mapped = true;
      }
    }
    if (!mapped) setServerError(result.code === "forbidden" ? t("form.forbidden") : t("form.failed"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-6" data-testid="briefs-create-form">
      <div className="sm:col-span-3">
        <Label htmlFor={fieldId("advertiserId")}>{t("form.advertiser")}</Label>
        <Select {...register("advertiserId")} {...a11y("advertiserId")} data-testid="briefs-advertiser">
          <option value="">{t("form.chooseAdvertiser")}</option>
          {advertisers.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.sector})
            </option>
          ))}
        </Select>
        {errorOf("advertiserId")}
      </div>
      <div className="sm:col-span-3">
        <Label htmlFor={fieldId("title")}>{t("form.title")}</Label>
        <Input {...register("title")} {...a11y("title")} data-testid="briefs-title" placeholder={t("form.titlePlaceholder")} />
        {errorOf("title")}
      </div>
      <div className="sm:col-span-6">
        <Label htmlFor={fieldId("objective")}>{t("form.objective")}</Label>
        <textarea {...register("objective")} {...a11y("objective")} rows={2} className={cx(fieldClasses)} placeholder={t("form.objectivePlaceholder")} />
        {errorOf("objective")}
      </div>
      <div className="sm:col-span-2">
        <Label htmlFor={fieldId("startsOn")}>{t("form.startsOn")}</Label>
        <Input type="date" {...register("startsOn")} {...a11y("startsOn")} />
        {errorOf("startsOn")}
      </div>
      <div className="sm:col-span-2">
        <Label htmlFor={fieldId("endsOn")}>{t("form.endsOn")}</Label>
        <Input type="date" {...register("endsOn")} {...a11y("endsOn")} />
        {errorOf("endsOn")}
      </div>
      <div className="sm:col-span-1">
        <Label htmlFor={fieldId("budgetEur")}>{t("form.budget")}</Label>
        <Input type="number" min={0} step={100} inputMode="decimal" {...register("budgetEur", { setValueAs: (v) => (v === "" ? undefined : v) })} {...a11y("budgetEur")} />
        {errorOf("budgetEur")}
      </div>
      <div className="sm:col-span-1">
        <Label htmlFor={fieldId("status")}>{t("form.status")}</Label>
        <Select {...register("status")} {...a11y("status")} options={BRIEF_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </div>
      <div className="flex items-center gap-3 sm:col-span-6">
        <Button type="submit" disabled={formState.isSubmitting || isNavigating} data-testid="briefs-create-submit">
          {formState.isSubmitting || isNavigating ? t("form.creating") : t("form.create")}
        </Button>
        {serverError ? <p role="alert" className="text-sm text-rose-700">{serverError}</p> : null}
      </div>
    </form>
  );
}
