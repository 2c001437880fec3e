import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth/public-paths";

/**
 * Optimistic gate for console pages: no session cookie → /sign-in?next=<path>. Only the
 * cookie's presence is checked here; every page, action and route verifies the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname) || getSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Static assets never need the gate. Nor does the site tag's collect endpoint (public, and
  // the hot path: running the proxy there cost ~1.5–3 ms CPU per 25 KB batch, measured by
  // bench/ingest — Next clones the request body for the proxy).
  matcher: ["/((?!api/collect|_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|jpeg|svg|ico|webp|txt|css|js|map)$).*)"],
};
