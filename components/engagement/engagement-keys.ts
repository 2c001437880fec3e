/** TanStack Query keys of the engagement page (one factory per domain). */
export const engagementKeys = {
  all: ["engagement"] as const,
  recent: (brandId: string | null) => [...engagementKeys.all, "recent", brandId ?? "all"] as const,
  totals: (brandId: string | null) => [...engagementKeys.all, "totals", brandId ?? "all"] as const,
};
