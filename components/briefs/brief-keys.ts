import type { SuitabilityProfile } from "@/lib/contextual/suitability";

/** TanStack Query keys of the briefs pages (one factory per domain). */
export const briefKeys = {
  all: ["briefs"] as const,
  suitableInventory: (profile: SuitabilityProfile, days: number) => [...briefKeys.all, "suitable-inventory", days, profile] as const,
  suggestions: (seeds: string[]) => [...briefKeys.all, "suggest-terms", seeds] as const,
};
