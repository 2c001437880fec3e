import { DomainError } from "@/lib/errors";
import { readStreamWithin, StreamReadError } from "@/lib/http/read-stream-within";
import { PayloadTooLargeError } from "./errors";

/**
 * Reads a request body up to `maxBytes`, never buffering more: the declared Content-Length is
 * checked first, then the stream itself is counted (see readStreamWithin).
 */
export async function readBodyText(
  body: ReadableStream<Uint8Array> | null,
  contentLength: string | null,
  maxBytes: number,
): Promise<string> {
  if (contentLength !== null && Number(contentLength) > maxBytes) throw new PayloadTooLargeError("bytes");
  let text: string | null;
  try {
    text = await readStreamWithin(body, maxBytes);
  } catch (error) {
    // The client went away mid-body: its fault, not ours.
    if (error instanceof StreamReadError) throw new DomainError("invalid", "request body could not be read");
    throw error;
  }
  if (text === null) throw new PayloadTooLargeError("bytes");
  return text;
}
