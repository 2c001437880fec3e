import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/db/schema/auth";
import type { ActionResult } from "./result";
import { logUnexpected, toFieldErrors } from "./errors";
import { assertRole, getSessionUser, type SessionUser } from "./session";
import { DomainError } from "@/lib/errors";

export type ActionOptions<S extends z.ZodType> = {
  /** Shown in logs, e.g. "switchBrand". */
  name: string;
  /** Roles allowed to run the action; omitted = any signed-in user. */
  roles?: Role[];
  input: S;
};

export type ActionHandler<S extends z.ZodType, T> = (input: z.output<S>, ctx: { user: SessionUser }) => Promise<T>;

/** Plain object from a FormData (repeated keys become arrays); anything else passes through. */
function fromFormData(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const values = input.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/**
 * The action pipeline once the user is known: role → zod → handler → ActionResult. Exported
 * for tests; use `defineAction`.
 */
export async function runAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  handler: ActionHandler<S, T>,
  user: SessionUser | null,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  try {
    const signedIn = assertRole(user, options.roles);
    const parsed = options.input.safeParse(fromFormData(rawInput));
    if (!parsed.success) {
      return { ok: false, code: "invalid", message: "Invalid input.", fieldErrors: toFieldErrors(parsed.error) };
    }
    return { ok: true, data: await handler(parsed.data, { user: signedIn }) };
  } catch (error) {
    // redirect() / notFound() from the handler are control flow for Next, not failures.
    unstable_rethrow(error);
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    logUnexpected(`action ${options.name}`, error);
    return { ok: false, code: "internal", message: "Something went wrong. Please try again." };
  }
}

/**
 * Wraps a server action: checks the session and role itself (a page check does not protect
 * an action), validates input with zod, maps DomainError to a typed result and never sends an
 * unexpected error's message to the browser.
 *
 *   export const renameSegmentAction = defineAction(
 *     { name: "renameSegment", roles: ["data_staff", "admin"], input: RenameSegment },
 *     async (input, { user }) => renameSegment(getDb(), { ...input, actorId: user.id }),
 *   );
 */
export function defineAction<S extends z.ZodType, T>(options: ActionOptions<S>, handler: ActionHandler<S, T>) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
    let user: SessionUser | null;
    try {
      user = await getSessionUser();
    } catch (error) {
      logUnexpected(`action ${options.name} session`, error);
      return { ok: false, code: "internal", message: "Something went wrong. Please try again." };
    }
    return runAction(options, handler, user, input);
  };
}
