import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { ensureDemoUsers } from "@/lib/auth/demo-users";
import { DomainError } from "@/lib/errors";

// The wrapper uses the app's own lazy `auth`; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET = "route-db-test-secret-0123456789abcdef";
const { auth } = await import("@/lib/auth/auth");
const { withRoute } = await import("./route");

const staff = { email: "route-staff@route.test", name: "Route Staff", role: "data_staff" as const, password: "route-staff-pass" };
const reader = { email: "route-reader@route.test", name: "Route Reader", role: "read_only" as const, password: "route-reader-pass" };
const cookies: Record<string, string> = {};

async function signInCookie(email: string, password: string) {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  return response.headers.get("set-cookie")!.split(";")[0];
}

beforeAll(async () => {
  await ensureDemoUsers(getDb(), [staff, reader]);
  cookies.staff = await signInCookie(staff.email, staff.password);
  cookies.reader = await signInCookie(reader.email, reader.password);
});
afterAll(() => getDb().$client.end());

const Body = z.object({ name: z.string().min(2), rules: z.array(z.object({ min: z.number().int() })) });
const Query = z.object({ limit: z.coerce.number().int().max(100).optional() });
const handler = withRoute(
  { name: "POST /test", roles: ["data_staff", "admin"], body: Body, query: Query },
  async ({ user, body, query, params }) => ({ by: user.role, name: body.name, limit: query.limit ?? null, id: params.id ?? null }),
);

function post(body: unknown, { cookie, url = "http://localhost/api/test" }: { cookie?: string; url?: string } = {}) {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("withRoute", () => {
  it("answers 401 without a session and 403 for a role outside the list", async () => {
    const anonymous = await handler(post({ name: "ok", rules: [] }));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
    const forbidden = await handler(post({ name: "ok", rules: [] }, { cookie: cookies.reader }));
    expect(forbidden.status).toBe(403);
  });

  it("runs the handler with parsed body, query and params", async () => {
    const response = await handler(post({ name: "Rugby", rules: [{ min: 60 }] }, { cookie: cookies.staff, url: "http://localhost/api/test?limit=5" }), {
      params: Promise.resolve({ id: "42" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ by: "data_staff", name: "Rugby", limit: 5, id: "42" });
  });

  it("maps zod errors to 400 with body./query. field paths", async () => {
    const response = await handler(
      post({ name: "R", rules: [{ min: 1 }, { min: "x" }] }, { cookie: cookies.staff, url: "http://localhost/api/test?limit=1000" }),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["body.name", "body.rules.1.min", "query.limit"]);
  });

  it("answers 400 (not 500) to malformed JSON", async () => {
    const response = await handler(post("{not json", { cookie: cookies.staff }));
    expect(response.status).toBe(400);
  });

  it("maps a DomainError to its status and an unknown error to a generic 500", async () => {
    const notFound = withRoute({ name: "GET /missing" }, async () => {
      throw new DomainError("not_found", "No such segment.");
    });
    const missing = await notFound(new Request("http://localhost/x", { headers: { cookie: cookies.reader } }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe("No such segment.");

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = withRoute({ name: "GET /crash" }, async () => {
      throw new Error("relation secret_table does not exist");
    });
    const crashed = await crash(new Request("http://localhost/x", { headers: { cookie: cookies.reader } }));
    expect(crashed.status).toBe(500);
    const text = await crashed.text();
    expect(text).not.toContain("secret_table");
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it("lets a public route run without a session and pass its own Response through", async () => {
    const open = withRoute({ name: "GET /open", isPublic: true }, async ({ user }) => new Response(user ? "user" : "nobody", { status: 202 }));
    const response = await open(new Request("http://localhost/open"));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("nobody");
  });
});
