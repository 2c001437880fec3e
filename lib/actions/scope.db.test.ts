import { afterAll, describe, expect, it } from "vitest";
import { brands } from "@/db/schema";
import { testDb } from "@/test/db";
import { brandIdOf, resolveBrandScope } from "./scope";

const db = testDb();
afterAll(() => db.$client.end());

describe("resolveBrandScope", () => {
  it("keeps a known brand id and falls back to all brands otherwise", async () => {
    await db.insert(brands).values({ id: "scope-test-daily", name: "Scope Test Daily", kind: "national_daily", domain: "scope.test" });
    expect(await resolveBrandScope(db, "scope-test-daily")).toBe("scope-test-daily");
    expect(await resolveBrandScope(db, "scope-test-gone")).toBe("all");
    expect(await resolveBrandScope(db, "all")).toBe("all");
    expect(await resolveBrandScope(db, undefined)).toBe("all");
    expect(await resolveBrandScope(db, "x' or '1'='1")).toBe("all");
    expect(brandIdOf("all")).toBeNull();
    expect(brandIdOf("scope-test-daily")).toBe("scope-test-daily");
  });
});
