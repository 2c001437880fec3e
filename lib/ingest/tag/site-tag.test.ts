import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildSiteTag, GENERATED_TAG_FILE, renderGeneratedModule } from "./build-site-tag";

describe("site tag bundle", () => {
  it("the committed bundle is the build of site-tag.ts (run `npm run build:tag` if not)", async () => {
    const code = await buildSiteTag();
    expect(readFileSync(GENERATED_TAG_FILE, "utf8")).toBe(renderGeneratedModule(code));
  });

  it("stays under 5 KB gzipped", async () => {
    const code = await buildSiteTag();
    const gzipped = gzipSync(code).length;
    expect(gzipped).toBeGreaterThan(500);
    expect(gzipped).toBeLessThan(5 * 1024);
  });
});
