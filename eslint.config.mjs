import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Import direction (STYLE.md): app → components → lib → db. Never the other way.
 * components/ never touch the database; lib/ is framework-free; db/ imports nothing of ours.
 */
const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts", "public/**", "playwright-report/**", "test-results/**"] },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/app/*", "**/app/*"], message: "components/ must not import from app/." },
          { group: ["@/db/client", "@/db/embedded", "@/db/migrate", "pg", "drizzle-orm/node-postgres"], message: "components/ never touch the database: take data as props or via lib types." },
        ],
      }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // lib/actions and lib/auth are the one seam between the framework and the domain: they
    // read the request's session and cookies (next/headers, better-auth/next-js).
    ignores: ["lib/actions/**", "lib/auth/**"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/app/*", "**/app/*", "@/components/*", "**/components/*"], message: "lib/ must not import from app/ or components/." },
          { group: ["next", "next/*", "react", "react-dom"], message: "lib/ is framework-free TypeScript." },
        ],
      }],
    },
  },
  {
    files: ["lib/actions/**/*.{ts,tsx}", "lib/auth/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/app/*", "**/app/*", "@/components/*", "**/components/*"], message: "lib/ must not import from app/ or components/." },
          { group: ["react", "react-dom"], message: "lib/actions and lib/auth render nothing." },
        ],
      }],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/app/*", "@/components/*", "@/lib/*", "**/app/*", "**/components/*", "**/lib/*"], message: "db/ imports nothing from app/, components/ or lib/." },
        ],
      }],
    },
  },
];

export default config;
