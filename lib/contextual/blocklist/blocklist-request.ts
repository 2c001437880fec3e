import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { MAX_BLOCKLIST_TERMS, parseBlocklist, type ParsedBlocklist } from "./parse-blocklist";
import type { BlocklistScope } from "./scan-blocklist";

/** Periods offered for a diagnosis, in days back from now. */
export const BLOCKLIST_WINDOWS = [7, 30, 90, 365] as const;
export const DEFAULT_BLOCKLIST_WINDOW = 30;

/** A diagnosis request as the console sends it (body of the POST, query of report and CSV). */
export const BlocklistRequest = z.object({
  /** The blocklist as pasted or uploaded: lines, separators or a CSV export. */
  text: z.string().max(200_000),
  days: z.coerce
    .number()
    .int()
    .refine((d) => (BLOCKLIST_WINDOWS as readonly number[]).includes(d), { message: "unsupported_window" })
    .default(DEFAULT_BLOCKLIST_WINDOW),
});
export type BlocklistRequest = z.infer<typeof BlocklistRequest>;

/**
 * Turns a request into a scan scope: parses the blocklist (field error "text" when nothing
 * searchable is left or there are too many terms) and fixes the period [now − days, now).
 */
export function toBlocklistScope(request: BlocklistRequest, brandId: string | null, now: Date): { scope: BlocklistScope; parsed: ParsedBlocklist } {
  const parsed = parseBlocklist(request.text);
  if (!parsed.terms.length) throw new DomainError("invalid", "The blocklist has no usable term.", { text: ["no_terms"] });
  if (parsed.terms.length > MAX_BLOCKLIST_TERMS) throw new DomainError("invalid", "The blocklist has too many terms.", { text: ["too_many_terms"] });
  return {
    parsed,
    scope: { terms: parsed.terms, brandIds: brandId ? [brandId] : undefined, from: new Date(now.getTime() - request.days * 86_400_000), to: now },
  };
}
