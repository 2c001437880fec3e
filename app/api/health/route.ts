import { getDb } from "@/db/client";
import { appliedMigration } from "@/db/migrate";

export const dynamic = "force-dynamic";

type Health = {
  status: "ok" | "unavailable";
  database: { reachable: boolean; latencyMs: number | null };
  migration: { tag: string; appliedAt: string } | null;
};

/** Public liveness/readiness: 200 when the database answers, 503 otherwise. No details of the failure leak. */
export async function GET() {
  const started = performance.now();
  try {
    const db = getDb();
    await db.$client.query("select 1");
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const migration = await appliedMigration(db);
    const body: Health = { status: "ok", database: { reachable: true, latencyMs }, migration };
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error(`[health] database unreachable: ${error instanceof Error ? error.name : "error"}`);
    const body: Health = { status: "unavailable", database: { reachable: false, latencyMs: null }, migration: null };
    return Response.json(body, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
