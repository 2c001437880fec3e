"use client";

import { useTranslations } from "next-intl";
import { useRef, useTransition } from "react";
import { Select } from "@/components/ui/select";

export type BrandOption = { id: string; name: string };

/**
 * Brand scope picker. Submits on change (and with the Apply button without JavaScript);
 * `onSwitch` is the server action that stores the choice in the a3d_brand cookie.
 */
export function BrandSwitcher({
  brands,
  current,
  onSwitch,
}: {
  brands: BrandOption[];
  current: string;
  onSwitch: (form: FormData) => Promise<unknown>;
}) {
  const t = useTranslations("shell.brandSwitcher");
  const tc = useTranslations("common");
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <form
      ref={formRef}
      action={(form) => startTransition(async () => void (await onSwitch(form)))}
      className="flex items-center gap-2"
    >
      <label htmlFor="brand-scope" className="text-xs font-medium text-slate-500">
        {t("label")}
      </label>
      <Select
        id="brand-scope"
        name="brand"
        defaultValue={current}
        key={current}
        disabled={isPending}
        onChange={() => formRef.current?.requestSubmit()}
        className="h-8 w-64 py-1"
        data-testid="shell-brand-select"
      >
        <option value="all">{t("all", { count: brands.length })}</option>
        {brands.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </Select>
      <noscript>
        <button type="submit" className="text-xs underline">
          {tc("apply")}
        </button>
      </noscript>
    </form>
  );
}
