import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { TBody, THead, Table, Td, Th } from "@/components/ui/table";
import type { TermHits } from "@/lib/contextual/blocklist/diagnose-blocklist";

/**
 * What each term of the list does: articles it blocks, how many of them are harmless and
 * how many risky. A term that only ever blocks harmless articles is a candidate to drop.
 */
export function TermHitsTable({ hits, limit }: { hits: TermHits[]; limit?: number }) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const shown = limit ? hits.slice(0, limit) : hits;
  return (
    <Table data-testid="blocklist-terms">
      <THead>
        <tr>
          <Th>{t("terms.term")}</Th>
          <Th numeric>{t("terms.articles")}</Th>
          <Th numeric>{t("terms.harmless")}</Th>
          <Th numeric>{t("terms.risky")}</Th>
          <Th numeric>{t("terms.pageviews")}</Th>
        </tr>
      </THead>
      <TBody>
        {shown.map((h) => (
          <tr key={h.term}>
            <Td>
              <span className="font-medium text-slate-800">{h.term}</span>{" "}
              {h.articles > 0 && h.risky === 0 ? <Badge tone="warning">{t("terms.onlyHarmless")}</Badge> : null}
              {h.articles === 0 ? <Badge>{t("terms.noMatch")}</Badge> : null}
            </Td>
            <Td numeric>{format.number(h.articles)}</Td>
            <Td numeric>{format.number(h.harmless)}</Td>
            <Td numeric>{format.number(h.risky)}</Td>
            <Td numeric>{format.number(h.pageviews)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
