import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    globalSetup: ["./test/global-setup.ts"],
    // Database tests share one cluster; each file owns its data.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
