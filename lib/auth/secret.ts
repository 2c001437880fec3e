import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Where the generated development secret lives (git-ignored, like all of .data/). */
export const DEV_SECRET_FILE = resolve(/*turbopackIgnore: true*/ process.cwd(), ".data", "auth-secret");

/**
 * BETTER_AUTH_SECRET when the operator set one; otherwise a random secret generated once and
 * kept under .data/ so sessions survive restarts of the demo. Never logged.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env, file = DEV_SECRET_FILE): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  try {
    const stored = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not generated yet.
  }
  mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": when two processes race (app + worker), the first writer wins and both read it.
    writeFileSync(/*turbopackIgnore: true*/ file, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  }
}
