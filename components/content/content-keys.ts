/** TanStack Query keys of the content pages (one factory per domain). */
export type FeedFilters = {
  brand?: string;
  section?: string;
  tonality?: string;
  risk?: string;
  iab?: string;
  status?: string;
  q?: string;
};

export const FILTER_KEYS = ["brand", "section", "tonality", "risk", "iab", "status", "q"] as const;

export const contentKeys = {
  all: ["content"] as const,
  articles: (scope: string | null, filters: FeedFilters) => [...contentKeys.all, "articles", scope ?? "all", filters] as const,
  stats: (scope: string | null, brand: string | undefined) => [...contentKeys.all, "stats", scope ?? "all", brand ?? ""] as const,
};

/** Filters → query string, skipping empty values (stable order, so URLs are shareable). */
export function toSearchParams(filters: FeedFilters, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}
