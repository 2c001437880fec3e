import { embeddedUrl } from "../db/embedded";

/** The e2e run's own cluster (never the demo's or the unit tests'). */
export const E2E_PG = { name: "e2e-pg", port: 54359, database: "a3d_e2e" } as const;

export const E2E_PORT = Number(process.env.PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** Where the e2e console's data lives: E2E_DATABASE_URL, else the embedded e2e cluster. */
export function e2eDatabaseUrl() {
  return process.env.E2E_DATABASE_URL ?? embeddedUrl(E2E_PG.port, E2E_PG.database);
}
