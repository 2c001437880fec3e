import type { Db } from "@/db/client";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { OverloadedError, PayloadTooLargeError } from "./errors";
import { ingestBatch, type IngestOptions } from "./ingest-batch";
import { createLoadGate, type LoadGateLimits } from "./load-gate";
import { readBodyText } from "./read-body";
import { INGEST_LIMITS } from "./schema";

/**
 * The collect endpoint as a plain Web `Request → Response` function (the Next route only
 * forwards to it). Public by design — it is the site tag's endpoint, authenticated by nothing
 * but validation — so it logs no browser id, TC string, IP or body.
 */

/** The tag posts cross-origin from every brand domain, without credentials: `*` is enough. */
export const COLLECT_CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Retry-After",
} as const;

export const COLLECT_PREFLIGHT_HEADERS = {
  ...COLLECT_CORS_HEADERS,
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  // sendBeacon posts text/plain (a CORS-safelisted type, no preflight); fetch posts JSON.
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

function respond(status: number, body: unknown, extra: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...COLLECT_CORS_HEADERS, ...extra },
  });
}

/** Same error shape as the console's routes (lib/actions/route.ts RouteErrorBody). */
function errorBody(code: string, message: string, fieldErrors?: Record<string, string[]>) {
  return { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
}

function numberFromEnv(name: string, fallback: number) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Limits are read per request so an operator (or a test) can tune them without a rebuild. */
export function collectLimitsFromEnv(): LoadGateLimits {
  return {
    maxInFlight: numberFromEnv("INGEST_MAX_IN_FLIGHT", 64),
    maxPoolWaiting: numberFromEnv("INGEST_MAX_POOL_WAITING", 64),
    retryAfterSeconds: numberFromEnv("INGEST_RETRY_AFTER_SECONDS", 2),
  };
}

export type CollectHandler = (request: Request) => Promise<Response>;

export function createCollectHandler(
  getDb: () => Db,
  readLimits: () => LoadGateLimits = collectLimitsFromEnv,
  options: Omit<IngestOptions, "now"> = {},
): CollectHandler {
  const gate = createLoadGate(readLimits);
  return async (request) => {
    try {
      const db = getDb();
      const result = await gate.run(db.$client, async () => {
        const text = await readBodyText(request.body, request.headers.get("content-length"), INGEST_LIMITS.maxBytes);
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch {
          throw new DomainError("invalid", "malformed JSON", { "(body)": ["malformed JSON"] });
        }
        const isDurable = options.isDurable ?? process.env.INGEST_DURABLE === "1";
        return ingestBatch(db, input, { ...options, isDurable, now: new Date() });
      });
      return respond(200, result);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        return respond(413, errorBody("payload_too_large", error.message));
      }
      if (error instanceof OverloadedError) {
        return respond(
          429,
          errorBody("overloaded", error.message),
          { "Retry-After": String(error.retryAfterSeconds) },
        );
      }
      if (error instanceof DomainError) {
        return respond(HTTP_STATUS[error.code], errorBody(error.code, error.message, error.fieldErrors));
      }
      // Names and SQLSTATE only: driver messages can quote submitted values.
      const code = (error as { code?: unknown }).code;
      console.error(`[collect] internal error: ${(error as Error)?.name ?? "unknown"}${code ? ` (${String(code)})` : ""}`);
      return respond(500, errorBody("internal", "internal error"));
    }
  };
}
