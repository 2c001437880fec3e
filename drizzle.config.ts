import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  // pg-boss keeps its own schema; migrations cover only ours.
  schemaFilter: ["public"],
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/unused" },
});
