import { useFormatter, useTranslations } from "next-intl";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { BrandDiagnosis, InventoryFigures } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { shareOf } from "./diagnosis-types";
import { ShareBars } from "./share-bars";

/** Per-brand shares removed by the blocklist and by the tier setting, most viewed brands first. */
export function BrandSharesTable({ brands, total, limit, compact = false }: { brands: BrandDiagnosis[]; total: InventoryFigures; limit?: number; compact?: boolean }) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const pct = (part: number, whole: number) => format.number(shareOf(part, whole), { style: "percent", maximumFractionDigits: 1 });
  const sorted = [...brands].sort((a, b) => b.pageviews - a.pageviews || b.articles - a.articles);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const hidden = sorted.length - shown.length;
  const row = (key: string, name: string, f: InventoryFigures, isTotal = false) => (
    <tr key={key} data-testid={isTotal ? "blocklist-brand-total" : "blocklist-brand-row"} className={isTotal ? "bg-slate-50 font-semibold" : undefined}>
      <Td className="max-w-48 truncate">{name}</Td>
      <Td numeric>{format.number(f.articles)}</Td>
      <Td numeric>{format.number(f.pageviews)}</Td>
      <Td numeric className="text-rose-700" data-testid="blocklist-brand-blocked-share">
        {pct(f.blockedPageviews, f.pageviews)} <span className="font-normal text-slate-500">/ {pct(f.blockedArticles, f.articles)}</span>
      </Td>
      <Td numeric className="text-indigo-700">
        {pct(f.settingPageviews, f.pageviews)} <span className="font-normal text-slate-500">/ {pct(f.settingArticles, f.articles)}</span>
      </Td>
      {compact ? null : (
        <Td className="w-32">
          <ShareBars
            blocklist={shareOf(f.blockedPageviews, f.pageviews)}
            setting={shareOf(f.settingPageviews, f.pageviews)}
            labels={{ blocklist: t("table.blocklistBar"), setting: t("table.settingBar") }}
          />
        </Td>
      )}
      <Td numeric>{format.number(f.harmlessBlocked)}</Td>
      <Td numeric>{format.number(f.riskyMissed)}</Td>
    </tr>
  );
  const rest = sorted.slice(shown.length);
  const restTotal = rest.reduce<InventoryFigures | null>((acc, b) => {
    if (!acc) return { ...b };
    for (const k of Object.keys(acc) as (keyof InventoryFigures)[]) acc[k] += b[k];
    return acc;
  }, null);
  return (
    <Table data-testid="blocklist-brands">
      <THead>
        <tr>
          <Th>{t("table.brand")}</Th>
          <Th numeric>{t("table.articles")}</Th>
          <Th numeric>{t("table.pageviews")}</Th>
          <Th numeric>{t("table.blocklist")}</Th>
          <Th numeric>{t("table.setting")}</Th>
          {compact ? null : <Th><span className="sr-only">{t("table.bars")}</span></Th>}
          <Th numeric>{t("table.harmless")}</Th>
          <Th numeric>{t("table.missed")}</Th>
        </tr>
      </THead>
      <TBody>
        {shown.map((b) => row(b.brandId, b.brandName, b))}
        {hidden > 0 && restTotal ? row("rest", t("table.otherBrands", { count: hidden }), restTotal) : null}
        {brands.length > 1 ? row("total", t("table.total"), total, true) : null}
      </TBody>
    </Table>
  );
}
