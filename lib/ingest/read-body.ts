import { DomainError } from "@/lib/errors";
import { PayloadTooLargeError } from "./errors";

/**
 * Reads a request body up to `maxBytes`, never buffering more: the declared Content-Length is
 * checked first, then the stream is counted chunk by chunk (a client may lie or send chunked)
 * and cancelled as soon as it passes the limit.
 */
export async function readBodyText(
  body: ReadableStream<Uint8Array> | null,
  contentLength: string | null,
  maxBytes: number,
): Promise<string> {
  if (contentLength !== null && Number(contentLength) > maxBytes) throw new PayloadTooLargeError("bytes");
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body: its fault, not ours.
      throw new DomainError("invalid", "request body could not be read");
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError("bytes");
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
