import { describe, expect, it } from "vitest";
import { isPublicPath, safeNextPath } from "./public-paths";

describe("isPublicPath", () => {
  it("guards console pages", () => {
    for (const path of ["/", "/segments", "/settings/api-keys", "/briefs/12", "/content"]) expect(isPublicPath(path)).toBe(false);
  });
  it("lets the collector, tag, demo pages, health, public API and auth through", () => {
    for (const path of ["/api/collect", "/tag.js", "/demo/le-quotidien/article-1", "/api/health", "/api/v1/articles", "/api/auth/sign-in/email", "/sign-in"]) {
      expect(isPublicPath(path)).toBe(true);
    }
  });
  it("does not treat look-alike prefixes as public", () => {
    expect(isPublicPath("/demonstration")).toBe(false);
    expect(isPublicPath("/sign-in-elsewhere")).toBe(false);
    expect(isPublicPath("/apiary")).toBe(false);
  });
});

describe("safeNextPath", () => {
  it("keeps console paths and rejects other origins", () => {
    expect(safeNextPath("/segments?id=3")).toBe("/segments?id=3");
    expect(safeNextPath("//evil.example/")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example/")).toBe("/");
    expect(safeNextPath("/sign-in")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
