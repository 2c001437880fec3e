import type { BlocklistDiagnosis } from "@/lib/contextual/blocklist/diagnose-blocklist";

/** What POST /api/blocklist/diagnose answers: the diagnosis plus how the list was read. */
export type BlocklistDiagnosisResponse = BlocklistDiagnosis & { days: number; rejected: string[]; duplicates: string[] };

/** Share as a 0–1 fraction; 0 when there is nothing to share. */
export function shareOf(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}

/** Query string of the printable report and of the CSV export for a list and a period. */
export function reportQuery(text: string, days: number): string {
  return new URLSearchParams({ t: text, days: String(days) }).toString();
}
