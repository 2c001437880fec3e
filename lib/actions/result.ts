/** What every server action returns: never throws to the browser, never leaks e.message. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "internal";
      message: string;
      fieldErrors?: Record<string, string[]>;
    };
