"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { RISK_TIERS, TONALITIES } from "@/lib/contextual/types";
import type { FeedFilters } from "./content-keys";

export type FilterOptions = {
  /** Set when the brand switcher scopes the console to one brand: the brand filter is locked. */
  scopedBrand: { id: string; name: string } | null;
  brands: { id: string; name: string }[];
  sections: Record<string, { id: number; name: string }[]>;
  /** IAB tier-1 categories with their tier-2 children. */
  iab: { id: string; name: string; children: { id: string; name: string }[] }[];
};

/** The feed's filter bar. Selects apply at once; the title search applies after a short pause. */
export function FeedFiltersBar({
  filters,
  options,
  onChange,
}: {
  filters: FeedFilters;
  options: FilterOptions;
  onChange: (next: FeedFilters) => void;
}) {
  const t = useTranslations("content");
  const [q, setQ] = useState(filters.q ?? "");
  const brandId = options.scopedBrand?.id ?? filters.brand;
  const sections = brandId ? (options.sections[brandId] ?? []) : [];
  const set = (patch: Partial<FeedFilters>) => onChange({ ...filters, ...patch });
  const isFiltered = Object.values(filters).some(Boolean);

  useEffect(() => {
    if ((filters.q ?? "") === q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: q || undefined }), 350);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  return (
    <div className="grid grid-cols-1 gap-2 border-b border-slate-100 px-4 py-3 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label={t("filters.label")}>
      {options.scopedBrand ? (
        <div className="flex items-center truncate rounded-md bg-slate-50 px-3 text-sm text-slate-600 ring-1 ring-slate-200 ring-inset" title={t("filters.brandLocked")}>
          {options.scopedBrand.name}
        </div>
      ) : (
        <Select
          aria-label={t("filters.brand")}
          data-testid="content-filter-brand"
          value={filters.brand ?? ""}
          onChange={(e) => set({ brand: e.target.value || undefined, section: undefined })}
        >
          <option value="">{t("filters.allBrands")}</option>
          {options.brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      )}
      <Select
        aria-label={t("filters.section")}
        data-testid="content-filter-section"
        value={filters.section ?? ""}
        disabled={sections.length === 0}
        title={sections.length === 0 ? t("filters.sectionHint") : undefined}
        onChange={(e) => set({ section: e.target.value || undefined })}
      >
        <option value="">{t("filters.allSections")}</option>
        {sections.map((s) => (
          <option key={s.id} value={String(s.id)}>
            {s.name}
          </option>
        ))}
      </Select>
      <Select aria-label={t("filters.tonality")} data-testid="content-filter-tonality" value={filters.tonality ?? ""} onChange={(e) => set({ tonality: e.target.value || undefined })}>
        <option value="">{t("filters.anyTonality")}</option>
        {TONALITIES.map((v) => (
          <option key={v} value={v}>
            {t(`tonality.${v}`)}
          </option>
        ))}
      </Select>
      <Select aria-label={t("filters.risk")} data-testid="content-filter-risk" value={filters.risk ?? ""} onChange={(e) => set({ risk: e.target.value || undefined })}>
        <option value="">{t("filters.anyRisk")}</option>
        {RISK_TIERS.map((v) => (
          <option key={v} value={v}>
            {t(`risk.${v}`)}
          </option>
        ))}
      </Select>
      <Select aria-label={t("filters.iab")} data-testid="content-filter-iab" value={filters.iab ?? ""} onChange={(e) => set({ iab: e.target.value || undefined })}>
        <option value="">{t("filters.anyCategory")}</option>
        {options.iab.map((c) => (
          <optgroup key={c.id} label={c.name}>
            <option value={c.id}>{t("filters.allOf", { name: c.name })}</option>
            {c.children.map((child) => (
              <option key={child.id} value={child.id}>
                {child.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <Select aria-label={t("filters.status")} data-testid="content-filter-status" value={filters.status ?? ""} onChange={(e) => set({ status: e.target.value || undefined })}>
        <option value="">{t("filters.anyStatus")}</option>
        <option value="labelled">{t("filters.labelled")}</option>
        <option value="pending">{t("filters.pending")}</option>
        <option value="overridden">{t("filters.overridden")}</option>
      </Select>
      <div className="flex gap-2 sm:col-span-2">
        <Input
          type="search"
          aria-label={t("filters.search")}
          placeholder={t("filters.search")}
          data-testid="content-filter-q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        {isFiltered ? (
          <Button
            variant="ghost"
            size="md"
            data-testid="content-filter-reset"
            onClick={() => {
              setQ("");
              onChange({});
            }}
          >
            {t("filters.reset")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
