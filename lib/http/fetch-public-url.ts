import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { classifyAddress, classifyHostName, type AddressBlock } from "./public-address";

/*
 * GET a URL a user typed, only if it leads to the public internet: http(s) only; literal IPs
 * and resolved names checked (every address a name resolves to); the connection made to the
 * very address that was checked (the check is the socket's DNS lookup, so a name cannot
 * resolve to a public address for the check and a private one for the connection); each
 * redirect checked the same way. Answers a WHATWG Response like fetch.
 */

export type UrlProblem = "invalid_url" | "not_http" | AddressBlock;

/** A URL refused before any connection, with the reason (a field-error code). */
export class PublicUrlError extends Error {
  constructor(
    readonly problem: UrlProblem,
    readonly host?: string,
  ) {
    super(problem === "invalid_url" || problem === "not_http" ? `refused URL (${problem})` : `refused address (${problem.replace("_", " ")})`);
    this.name = "PublicUrlError";
  }
}

export type PublicUrlPolicy = {
  /**
   * IP addresses allowed although not public. For tests that serve fixtures on loopback only:
   * never built from user input or configuration a user can change.
   */
  allowAddresses?: readonly string[];
};

const allowed = (address: string, policy: PublicUrlPolicy) => policy.allowAddresses?.includes(address.replace(/^\[|\]$/g, "")) ?? false;

/**
 * What is wrong with a URL without resolving it: syntax, scheme, a literal non-public IP or a
 * local/metadata host name. Null when only DNS can tell.
 */
export function checkUrlSyntax(raw: string, policy: PublicUrlPolicy = {}): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid_url";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "not_http";
  if (!url.hostname) return "invalid_url";
  // The URL parser has already normalised "2130706433", "0x7f.1" and "[::ffff:7f00:1]".
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (allowed(host, policy)) return null;
  if (isIP(host)) return classifyAddress(host);
  return classifyHostName(host);
}

/** Every address `hostname` resolves to must be public (or allowed); resolves them. */
export function resolvePublic(hostname: string, policy: PublicUrlPolicy = {}): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return reject(error);
      const refused = addresses.map((a) => ({ a, block: allowed(a.address, policy) ? null : classifyAddress(a.address) })).find((x) => x.block);
      if (refused) return reject(new PublicUrlError(refused.block!, hostname));
      resolve(addresses);
    });
  });
}

/** The save-time check: syntax, then DNS. A name that does not resolve now is left to fetch time. */
export async function checkPublicUrl(raw: string, policy: PublicUrlPolicy = {}): Promise<UrlProblem | null> {
  const problem = checkUrlSyntax(raw, policy);
  if (problem) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return null;
  try {
    await resolvePublic(host, policy);
    return null;
  } catch (error) {
    if (error instanceof PublicUrlError) return error.problem;
    return null;
  }
}

function vettedLookup(policy: PublicUrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolvePublic(hostname, policy).then(
      (addresses) => {
        const wanted = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        if (!wanted.length) return callback(Object.assign(new Error(`no IPv${options.family} address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}

function requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal | undefined, policy: PublicUrlPolicy): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      // No shared agent: a pooled socket could have been opened by a lookup we did not vet.
      { method: "GET", headers: { "accept-encoding": "gzip, deflate, br", ...headers }, signal, lookup: vettedLookup(policy), agent: false },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([204, 205, 304]);

function toResponse(message: IncomingMessage): Response {
  const status = message.statusCode ?? 0;
  if (status < 200 || status > 599) {
    message.destroy();
    throw new Error(`HTTP ${status}`);
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i], message.rawHeaders[i + 1]);
  if (NULL_BODY.has(status)) {
    message.resume();
    return new Response(null, { status, headers });
  }
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  const decoder = encoding === "gzip" || encoding === "x-gzip" ? createGunzip() : encoding === "deflate" ? createInflate() : encoding === "br" ? createBrotliDecompress() : null;
  const stream: Readable = decoder ? message.pipe(decoder) : message;
  if (decoder) message.on("error", (error) => decoder.destroy(error));
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}

export type FetchPublicOptions = PublicUrlPolicy & {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  maxRedirects?: number;
};

/** GET `raw` and follow up to `maxRedirects` redirects, every hop checked; rejects with PublicUrlError when refused. */
export async function fetchPublicUrl(raw: string, options: FetchPublicOptions = {}): Promise<Response> {
  let url = raw;
  for (let hop = 0; ; hop++) {
    const problem = checkUrlSyntax(url, options);
    if (problem) throw new PublicUrlError(problem);
    const target = new URL(url);
    const message = await requestOnce(target, options.headers ?? {}, options.signal, options);
    const location = message.headers.location;
    if (!REDIRECTS.has(message.statusCode ?? 0) || !location) return toResponse(message);
    message.resume();
    if (hop >= (options.maxRedirects ?? 5)) throw new Error("too many redirects");
    url = new URL(location, target).toString();
  }
}
