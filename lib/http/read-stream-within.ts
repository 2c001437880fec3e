/**
 * Reads a byte stream as UTF-8 text, never buffering more than `maxBytes`: the stream is
 * counted chunk by chunk (a sender may lie about Content-Length or send chunked) and cancelled
 * as soon as it passes the limit. Returns null when the limit was passed. A stream that fails
 * mid-read (the peer went away) rejects with `StreamReadError`.
 * Shared by every boundary that accepts a body: the site tag, the CMS push, feed polling.
 */
export class StreamReadError extends Error {
  constructor() {
    super("body could not be read");
    this.name = "StreamReadError";
  }
}

export async function readStreamWithin(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<string | null> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new StreamReadError();
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk.value);
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
