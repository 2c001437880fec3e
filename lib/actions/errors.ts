import type { z } from "zod";
import { DomainError } from "@/lib/errors";

/** Zod issues keyed by their dotted field path ("" for the root), e.g. { "brand.id": ["Required"] }. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * Logs an unexpected failure without the request's input or the session's identity: the
 * error's class, its message and the driver's code are enough to find the line.
 */
export function logUnexpected(where: string, error: unknown) {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : "";
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[${where}] unexpected ${name}${code ? ` (${String(code)})` : ""}: ${message}`);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
