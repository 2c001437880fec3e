import { afterAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
const { GET } = await import("./route");
afterAll(() => getDb().$client.end());

describe("GET /api/health", () => {
  it("reports a reachable database and the latest applied migration", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    const { rows } = await getDb().$client.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    expect(body.migration.tag).toMatch(/^\d{4}_[a-z0-9_]+$/);
  });
});
