import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/db/client";
import { ensureDemoUsers } from "@/lib/auth/demo-users";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ??= "content-articles-db-test-secret-0123456789";
const { auth } = await import("@/lib/auth/auth");
const { GET } = await import("./route");

const run = Date.now().toString(36);
const A = `t-route-a-${run}`;
const B = `t-route-b-${run}`;
const reader = { email: `content-reader-${run}@content.test`, name: "Content Reader", role: "read_only" as const, password: "content-reader-pass" };
let sessionCookie = "";

function get(query = "", cookies: string[] = [sessionCookie]) {
  return GET(new Request(`http://localhost/api/content/articles${query}`, { headers: { cookie: cookies.filter(Boolean).join("; ") } }));
}

beforeAll(async () => {
  const db = getDb();
  await ensureDemoUsers(db, [reader]);
  const res = await auth.api.signInEmail({ body: { email: reader.email, password: reader.password }, asResponse: true });
  sessionCookie = res.headers.get("set-cookie")!.split(";")[0];
  await db.$client.query(
    `insert into brands (id, name, kind, domain) values ($1, 'Route A', 'sports', 'a.example'), ($2, 'Route B', 'sports', 'b.example')`,
    [A, B],
  );
  await db.$client.query(
    `insert into articles (brand_id, external_id, url, title, content_hash, published_at)
     select b, 'x' || i, 'https://route-${run}.example/' || b || '/' || i, 'Article ' || b || ' ' || i, 'h', now()
       from unnest(array[$1, $2]::text[]) b, generate_series(1, 3) i`,
    [A, B],
  );
});
afterAll(() => getDb().$client.end());

describe("GET /api/content/articles", () => {
  it("answers 401 without a session", async () => {
    expect((await get("", [])).status).toBe(401);
  });

  it("answers 400 with field paths for bad filters", async () => {
    const res = await get("?tonality=furious&limit=1000");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["query.limit", "query.tonality"]);
    expect((await get("?cursor=nonsense")).status).toBe(400);
  });

  it("filters by brand, and the brand scope cookie wins over the filter", async () => {
    const byFilter = await (await get(`?brand=${A}`)).json();
    expect(byFilter.items.map((i: { brandId: string }) => i.brandId)).toEqual([A, A, A]);
    const scoped = await (await get(`?brand=${A}`, [sessionCookie, `a3d_brand=${B}`])).json();
    expect(scoped.items.map((i: { brandId: string }) => i.brandId)).toEqual([B, B, B]);
    expect(scoped.items[0].label).toBeNull();
  });

  it("pages with the returned cursor", async () => {
    const first = await (await get(`?brand=${A}&limit=2`)).json();
    expect(first.items).toHaveLength(2);
    const second = await (await get(`?brand=${A}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });
});
