import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../test/db";
import { appliedMigration } from "./migrate";

const db = testDb();
afterAll(() => db.$client.end());

describe("migrations", () => {
  it("create every table of the domain model", async () => {
    const { rows } = await db.$client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    const tables = rows.map((r) => r.table_name);
    for (const t of [
      "brands", "sections", "articles", "article_labels", "profiles", "identity_links", "events",
      "profile_features", "segments", "segment_versions", "segment_sizes", "briefs", "advertisers",
      "campaigns", "campaign_segments", "revenue_lines", "targets", "destinations", "exports",
      "users", "sessions", "accounts", "audit_log", "dsar_requests",
    ]) expect(tables).toContain(t);
  });

  it("report the latest applied migration by its tag", async () => {
    const applied = await appliedMigration(db);
    expect(applied?.tag).toMatch(/^\d{4}_/);
  });
});
