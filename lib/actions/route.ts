import { z } from "zod";
import type { Role } from "@/db/schema/auth";
import { auth } from "@/lib/auth/auth";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { logUnexpected, toFieldErrors } from "./errors";
import { assertRole, toSessionUser, type SessionUser } from "./session";

export type RouteOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends boolean> = {
  /** Shown in logs, e.g. "GET /api/segments/size". */
  name: string;
  /** Roles allowed; omitted = any signed-in user. Ignored when `isPublic`. */
  roles?: Role[];
  /** No session required (the handler authenticates another way, e.g. an API key). */
  isPublic?: P;
  body?: B;
  query?: Q;
};

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteContext<B, Q, P extends boolean> = {
  request: Request;
  user: P extends true ? SessionUser | null : SessionUser;
  body: Parsed<B>;
  query: Parsed<Q>;
  params: Record<string, string | string[]>;
};

/** Next's second argument to a route handler. */
export type NextRouteArgs = { params: Promise<Record<string, string | string[] | undefined>> };

/** The JSON error body every wrapped route answers with. */
export type RouteErrorBody = {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
};

function errorResponse(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>) {
  const body: RouteErrorBody = { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
  return Response.json(body, { status });
}

/** Search params as a plain object; repeated keys become arrays. */
function queryObject(url: URL) {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function sessionUserFrom(request: Request): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers: request.headers });
  return session ? toSessionUser(session.user) : null;
}

/**
 * Wraps a route handler: session and role (401/403), zod-validated body and query (400 with
 * field paths prefixed "body." / "query."), DomainError → its HTTP status, anything else →
 * 500 with a generic message (logged without input or identity). The handler returns data
 * (sent as JSON 200) or its own Response.
 */
export function withRoute<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends boolean = false,
>(options: RouteOptions<B, Q, P>, handler: (ctx: RouteContext<B, Q, P>) => Promise<unknown>) {
  return async (request: Request, next?: NextRouteArgs): Promise<Response> => {
    try {
      const user = options.isPublic ? null : assertRole(await sessionUserFrom(request), options.roles);
      const fieldErrors: Record<string, string[]> = {};
      let body: unknown;
      let query: unknown;
      if (options.body) {
        const json = await readJson(request);
        if (!json.ok) return errorResponse(400, "invalid", "The request body is not valid JSON.");
        const parsed = options.body.safeParse(json.value);
        if (parsed.success) body = parsed.data;
        else for (const [path, messages] of Object.entries(toFieldErrors(parsed.error))) fieldErrors[path ? `body.${path}` : "body"] = messages;
      }
      if (options.query) {
        const parsed = options.query.safeParse(queryObject(new URL(request.url)));
        if (parsed.success) query = parsed.data;
        else for (const [path, messages] of Object.entries(toFieldErrors(parsed.error))) fieldErrors[path ? `query.${path}` : "query"] = messages;
      }
      if (Object.keys(fieldErrors).length) return errorResponse(400, "invalid", "Invalid request.", fieldErrors);
      const rawParams = next ? await next.params : {};
      const params = Object.fromEntries(Object.entries(rawParams ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>;
      const result = await handler({ request, user, body, query, params } as RouteContext<B, Q, P>);
      return result instanceof Response ? result : Response.json(result ?? null);
    } catch (error) {
      if (error instanceof DomainError) {
        return errorResponse(HTTP_STATUS[error.code], error.code, error.message, error.fieldErrors);
      }
      logUnexpected(`route ${options.name}`, error);
      return errorResponse(500, "internal", "Internal error.");
    }
  };
}
