import { z } from "zod";
import { SuitabilityProfile } from "@/lib/contextual/suitability";

/*
 * What the console may send about briefs. The segment builder will later link briefs to
 * segments (brief_segments); nothing here assumes otherwise.
 */

export const BRIEF_STATUSES = ["draft", "answered", "won", "lost"] as const;
export type BriefStatus = (typeof BRIEF_STATUSES)[number];

const isoDate = z.iso.date();

/** A keyword as staff type it: trimmed, lowercase, no control characters. */
export const BriefKeyword = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]+$/u)
  .transform((k) => k.toLocaleLowerCase("fr"));

export const CreateBrief = z
  .object({
    advertiserId: z.coerce.number().int().positive(),
    title: z.string().trim().min(1).max(200),
    objective: z.string().trim().max(2000).default(""),
    startsOn: isoDate.optional().or(z.literal("").transform(() => undefined)),
    endsOn: isoDate.optional().or(z.literal("").transform(() => undefined)),
    budgetEur: z.coerce.number().min(0).max(1e10).optional(),
    status: z.enum(BRIEF_STATUSES).default("draft"),
  })
  .refine((b) => !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn, { path: ["endsOn"], message: "ends_before_start" });
export type CreateBrief = z.infer<typeof CreateBrief>;

export const UpdateBriefSuitability = z.object({
  briefId: z.coerce.number().int().positive(),
  suitability: SuitabilityProfile,
});
export type UpdateBriefSuitability = z.infer<typeof UpdateBriefSuitability>;

export const AddBriefKeywords = z.object({
  briefId: z.coerce.number().int().positive(),
  keywords: z.array(BriefKeyword).min(1).max(50),
});
export type AddBriefKeywords = z.infer<typeof AddBriefKeywords>;

export const RemoveBriefKeyword = z.object({
  briefId: z.coerce.number().int().positive(),
  keyword: BriefKeyword,
});
export type RemoveBriefKeyword = z.infer<typeof RemoveBriefKeyword>;

/** Most keywords a brief carries. */
export const MAX_BRIEF_KEYWORDS = 100;
