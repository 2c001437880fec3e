import type pg from "pg";
import { OverloadedError } from "./errors";

export type LoadGateLimits = {
  /** Batches being processed at once in this process. */
  maxInFlight: number;
  /** Requests already queued for a pool connection. */
  maxPoolWaiting: number;
  retryAfterSeconds: number;
};

/**
 * Sheds load before doing any work (the body is not even read): past these limits a batch
 * would only queue, inflate latency for everyone and eventually time out. The tag keeps a
 * refused batch and retries after Retry-After.
 */
export function createLoadGate(readLimits: () => LoadGateLimits) {
  let inFlight = 0;
  return {
    get inFlight() {
      return inFlight;
    },
    /** Runs `work` if under the limits, else throws OverloadedError. */
    async run<T>(pool: Pick<pg.Pool, "waitingCount">, work: () => Promise<T>): Promise<T> {
      const limits = readLimits();
      if (inFlight >= limits.maxInFlight || pool.waitingCount > limits.maxPoolWaiting) {
        throw new OverloadedError(limits.retryAfterSeconds);
      }
      inFlight++;
      try {
        return await work();
      } finally {
        inFlight--;
      }
    },
  };
}
