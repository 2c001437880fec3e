/**
 * Transport-level refusals of the collect endpoint that are not domain errors: the route maps
 * them to 413 / 429. (DomainError "invalid" → 400 covers malformed batches.)
 */
export class PayloadTooLargeError extends Error {
  constructor(readonly limit: "bytes" | "events") {
    super(limit === "bytes" ? "batch body too large" : "too many events in batch");
    this.name = "PayloadTooLargeError";
  }
}

export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("ingestion overloaded");
    this.name = "OverloadedError";
  }
}
