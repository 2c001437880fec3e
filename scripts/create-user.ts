/**
 * npm run -s user:create -- --email EMAIL --role admin|manager|data_staff|read_only [--name NAME]
 * npm run -s user:create -- --email EMAIL --update-password
 *
 * Creates a console account (the first admin of a real deployment: `npm start` creates no
 * demo accounts), or with --update-password sets an existing account's password and signs it
 * out everywhere. The password comes from USER_PASSWORD or, when that is unset and stdin is a
 * terminal, from a prompt without echo; never from the command line (shell history, `ps`).
 * It is never printed. Uses DATABASE_URL, else the embedded app database.
 *
 * Exit codes: 0 done, 1 e-mail taken / unknown / database error, 2 bad input.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "../db/client";
import { resolveDatabase } from "../db/embedded";
import { ROLES } from "../db/schema";
import {
  changeConsoleUserPassword,
  ConsoleEmail,
  ConsolePasswordChange,
  ConsoleRole,
  createConsoleUser,
  NewConsoleUser,
} from "../lib/auth/console-users";
import { DomainError } from "../lib/errors";
import { PromptCancelled, promptHidden } from "./support/prompt-hidden";

const USAGE = `usage: npm run -s user:create -- --email EMAIL --role ${ROLES.join("|")} [--name NAME]
       npm run -s user:create -- --email EMAIL --update-password
the password is read from USER_PASSWORD, else prompted for (in a terminal)`;

const Flags = z
  .object({
    email: z.string({ error: "is required" }).pipe(ConsoleEmail),
    role: ConsoleRole.optional(),
    name: z.string().optional(),
    "update-password": z.boolean().default(false),
  })
  .strict()
  .superRefine((flags, ctx) => {
    if (flags["update-password"]) {
      for (const key of ["role", "name"] as const) {
        if (flags[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "is not used with --update-password (it changes only the password)" });
      }
    } else if (flags.role === undefined) {
      ctx.addIssue({ code: "custom", path: ["role"], message: `is required (one of ${ROLES.join(", ")})` });
    }
  });
type Flags = z.infer<typeof Flags>;

function fail(message: string, code = 2): never {
  console.error(`user:create: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

/** One line per issue, named as the operator typed it: the flag, or "password". */
function describeIssues(issues: z.core.$ZodIssue[]) {
  return issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") {
        const hint = issue.keys.includes("password") ? " (the password is read from USER_PASSWORD or a prompt, never from the command line)" : "";
        return `unknown flag(s): ${issue.keys.map((k) => `--${k}`).join(", ")}${hint}`;
      }
      const field = issue.path.join(".");
      return `${field === "password" ? "password" : `--${field}`}: ${issue.message}`;
    })
    .join("\n");
}

function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) fail(describeIssues(parsed.error.issues));
  return parsed.data;
}

function parseFlags(argv: string[]): Flags {
  // Not strict: unknown flags reach the zod schema, which names them (and explains --password).
  const { values, positionals } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "update-password": { type: "boolean" } },
    strict: false,
    allowPositionals: true,
  });
  const flags = validate(Flags, values);
  // Never echo a stray value: it may be a password typed after an unknown flag.
  if (positionals.length) fail(`${positionals.length} value(s) without a flag: every value follows its --flag`);
  return flags;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_PASSWORD;
  if (fromEnv !== undefined) {
    delete process.env.USER_PASSWORD;
    return fromEnv;
  }
  if (!process.stdin.isTTY) fail("no password: set USER_PASSWORD, or run in a terminal to be prompted");
  try {
    const password = await promptHidden("Password: ");
    const again = await promptHidden("Repeat password: ");
    if (password !== again) fail("the two passwords differ");
    return password;
  } catch (error) {
    if (error instanceof PromptCancelled) fail("cancelled", 130);
    throw error;
  }
}

const flags = parseFlags(process.argv.slice(2));
const password = await readPassword();

// Validate everything before touching the database, so bad input never needs one.
const change = flags["update-password"] ? validate(ConsolePasswordChange, { email: flags.email, password }) : undefined;
const newUser = change
  ? undefined
  : validate(NewConsoleUser, { email: flags.email, name: flags.name ?? flags.email.split("@")[0], role: flags.role, password });

const database = await resolveDatabase("app");
const db = createDb(database.url, 1);
let exitCode = 0;
try {
  if (change) {
    const changed = await changeConsoleUserPassword(db, change);
    console.log(`password changed for ${changed.email} (${changed.role}); ${changed.revokedSessions} session(s) signed out`);
  } else if (newUser) {
    const created = await createConsoleUser(db, newUser);
    console.log(`created ${created.role} account ${created.email}: it can sign in now`);
  }
} catch (error) {
  exitCode = 1;
  if (error instanceof DomainError && error.code === "conflict") {
    console.error(`user:create: ${flags.email} already exists (nothing changed); use --update-password to set its password`);
  } else if (error instanceof DomainError && error.code === "not_found") {
    console.error(`user:create: no account with e-mail ${flags.email}; create it with --role`);
  } else {
    console.error(`user:create: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
} finally {
  await db.$client.end();
  await database.stop();
}
process.exit(exitCode);
