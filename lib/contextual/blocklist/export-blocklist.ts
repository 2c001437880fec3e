import { sql } from "drizzle-orm";
import Papa from "papaparse";
import type { Db } from "@/db/client";
import { SCAN, scanPredicates, withBlocklistScan, type BlocklistScope } from "./scan-blocklist";

/** Most rows a CSV export carries (a whole year of a big brand stays well below). */
export const MAX_EXPORT_ROWS = 50_000;

type ExportRow = {
  verdict: "blocked_harmless" | "blocked_risky" | "blocked_unlabelled" | "missed_risky";
  brand: string;
  article_id: number;
  title: string;
  url: string;
  published_at: Date;
  pageviews: number;
  risk: string | null;
  tonality: string | null;
  garm: string[] | null;
  term_idx: number[] | null;
};

/**
 * Every article of the period the blocklist blocks (with its verdict: harmless, risky or
 * not yet labelled) and every risky one it misses, as CSV for the agency. Matched terms are
 * named; the most viewed come first within each verdict.
 */
export async function exportBlocklistCsv(db: Db, scope: BlocklistScope): Promise<string> {
  const { isBlocked, isHarmless, isRisky } = scanPredicates;
  const rows = await withBlocklistScan(db, scope, async (tx) => {
    const result = await tx.execute<ExportRow>(sql`
      select case
          when ${isBlocked} and ${isHarmless} then 'blocked_harmless'
          when ${isBlocked} and ${isRisky} then 'blocked_risky'
          when ${isBlocked} then 'blocked_unlabelled'
          else 'missed_risky' end as verdict,
        b.name as brand, a.id::int as article_id, a.title, a.url, a.published_at, s.pageviews,
        coalesce(s.override_risk, s.risk) as risk, coalesce(s.override_tonality, s.tonality) as tonality, s.garm, s.term_idx
      from ${SCAN} s join articles a on a.id = s.article_id join brands b on b.id = s.brand_id
      where s.in_window and (${isBlocked} or ${isRisky})
      order by 1, s.pageviews desc, a.id limit ${MAX_EXPORT_ROWS}`);
    return result.rows;
  });
  const terms = scope.terms.map((t) => t.term);
  return Papa.unparse({
    fields: ["verdict", "brand", "article_id", "title", "url", "published_at", "pageviews", "risk", "tonality", "garm", "matched_terms"],
    data: rows.map((r) => [
      r.verdict, r.brand, r.article_id, r.title, r.url, new Date(r.published_at).toISOString(), r.pageviews,
      r.risk ?? "", r.tonality ?? "", (r.garm ?? []).join("|"), (r.term_idx ?? []).map((i) => terms[i - 1]).join("|"),
    ]),
  }, { escapeFormulae: true });
}
