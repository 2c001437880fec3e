import type { Db } from "@/db/client";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { authenticateApiKey } from "./api-keys";
import { MAX_PUSH_BYTES, parseArticlePush } from "./article-input";
import { upsertArticles, type UpsertStatus } from "./upsert-articles";
import { readStreamWithin, StreamReadError } from "@/lib/http/read-stream-within";

/*
 * POST /api/v1/articles, framework-free: a web-standard Request in, a Response out, so the
 * Next.js route is a one-liner and tests call this with `new Request(...)`.
 * Errors use the same body as every wrapped route (lib/actions/route.ts):
 * { error: { code, message, fieldErrors? } }; success is { results: [...] }.
 */

export type PushDeps = {
  db: Db;
  /** Queues labelling for the given articles; called after the upsert committed. */
  enqueueLabels: (articleIds: number[]) => Promise<void>;
  maxBytes?: number;
  /** Errors worth an operator's look (never request bodies: they may hold personal data). */
  log?: (message: string) => void;
};

export type PushResponse = {
  results: { externalId: string; id: number; status: UpsertStatus; queued: boolean }[];
};

export async function handleArticlePush(request: Request, deps: PushDeps): Promise<Response> {
  const log = deps.log ?? ((m: string) => console.error(m));
  const maxBytes = deps.maxBytes ?? MAX_PUSH_BYTES;
  try {
    const identity = await authenticateApiKey(deps.db, request.headers.get("authorization"));

    const declared = Number(request.headers.get("content-length") ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
    const text = await readStreamWithin(request.body, maxBytes);
    if (text === null) return tooLarge(maxBytes);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return failure(400, "invalid", "body is not valid JSON", { "": ["invalid JSON"] });
    }
    const parsed = parseArticlePush(json);
    if (!parsed.ok) return failure(400, "invalid", "invalid article payload", parsed.fieldErrors);

    const foreign = parsed.articles.flatMap((a, i) => (a.brand && a.brand !== identity.brandId ? [i] : []));
    if (foreign.length > 0) {
      const paths = Object.fromEntries(foreign.map((i) => [fieldPath(parsed.isBatch, i, "brand"), ["not this key's brand"]]));
      return failure(403, "forbidden", "this API key cannot write to that brand", paths);
    }

    let results;
    try {
      results = await upsertArticles(deps.db, { brandId: identity.brandId, source: "cms", articles: parsed.articles });
    } catch (error) {
      if (error instanceof DomainError && error.fieldErrors && !parsed.isBatch) {
        throw new DomainError(error.code, error.message, unbatchPaths(error.fieldErrors));
      }
      throw error;
    }

    const toLabel = results.filter((r) => r.needsLabels).map((r) => r.id);
    let queued = toLabel.length > 0;
    if (queued) {
      try {
        await deps.enqueueLabels(toLabel);
      } catch (error) {
        // The articles are stored; the worker's sweep labels them later. Say so, do not fail.
        queued = false;
        log(`[intake] enqueue failed for ${toLabel.length} article(s): ${(error as Error).message}`);
      }
    }
    const body: PushResponse = {
      results: results.map((r) => ({ externalId: r.externalId, id: r.id, status: r.status, queued: queued && r.needsLabels })),
    };
    const status = results.some((r) => r.status === "created") ? 201 : 200;
    return Response.json(body, { status });
  } catch (error) {
    if (error instanceof DomainError) {
      return failure(HTTP_STATUS[error.code], error.code, error.message, error.fieldErrors);
    }
    // The client went away mid-body: its fault, not ours.
    if (error instanceof StreamReadError) return failure(400, "invalid", "request body could not be read");
    log(`[intake] push failed: ${(error as Error).message}`);
    return failure(500, "internal", "internal error");
  }
}

function fieldPath(isBatch: boolean, index: number, field: string) {
  return isBatch ? `articles.${index}.${field}` : field;
}

/** A single-article push reports "url", not "articles.0.url". */
function unbatchPaths(fieldErrors: Record<string, string[]>) {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^articles\.0\./, ""), v]));
}

function failure(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

function tooLarge(maxBytes: number) {
  return failure(413, "invalid", `request body exceeds ${maxBytes} bytes`);
}

