import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { PASSWORD_LENGTH } from "./password-policy";
import { resolveAuthSecret } from "./secret";

/** Hosts the console answers on when BETTER_AUTH_URL is not set (comma list in A3D_ALLOWED_HOSTS). */
function allowedHosts(env: NodeJS.ProcessEnv) {
  const extra = env.A3D_ALLOWED_HOSTS?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
  return ["localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1", ...extra];
}

/**
 * Builds the Better Auth instance on a database handle. The app uses the lazy `auth` below;
 * tests build their own on the test database.
 */
export function createAuth(db: Db, env: NodeJS.ProcessEnv = process.env) {
  return betterAuth({
    appName: "Audience3D",
    secret: resolveAuthSecret(env),
    // A fixed public URL when the operator gives one, otherwise derived from the request's
    // host, restricted to an allow-list so a forged Host header cannot steer redirects.
    baseURL: env.BETTER_AUTH_URL?.trim()
      ? env.BETTER_AUTH_URL.trim()
      : { allowedHosts: allowedHosts(env), fallback: `http://localhost:${env.PORT ?? 3000}` },
    database: drizzleAdapter(db, { provider: "pg", usePlural: true, schema }),
    emailAndPassword: {
      enabled: true,
      // Console accounts are created by an admin (or the demo seeding), never self-served.
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "read_only", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    telemetry: { enabled: false },
    // Must stay last: it copies Set-Cookie from auth.api calls made inside server actions.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

let instance: Auth | undefined;

function getAuth(): Auth {
  instance ??= createAuth(getDb());
  return instance;
}

/**
 * The app's Better Auth instance, created on first use: `next build` imports route modules
 * without a DATABASE_URL, so nothing may touch the database at import time.
 */
export const auth: Auth = new Proxy({} as Auth, {
  get: (_target, property) => Reflect.get(getAuth(), property),
  has: (_target, property) => Reflect.has(getAuth(), property),
});
