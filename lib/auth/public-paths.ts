/**
 * Paths reachable without a console session. Everything under /api authenticates itself
 * (session via withRoute, API keys for /api/v1, nothing for /api/collect and /api/health),
 * so the proxy only guards console pages.
 */
const PUBLIC_PREFIXES = ["/api/", "/demo/", "/_next/"];
const PUBLIC_EXACT = new Set(["/sign-in", "/tag.js", "/demo", "/favicon.ico", "/robots.txt", "/api"]);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_EXACT.has(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** Only same-site relative paths may be a post-sign-in destination (no open redirect). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (isPublicPath(next.split("?")[0])) return "/";
  return next;
}
