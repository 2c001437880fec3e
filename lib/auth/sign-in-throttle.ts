/**
 * Brute-force brake for the console's sign-in form. Better Auth's own rate limiter only
 * covers its HTTP endpoints; the form signs in through a server action calling auth.api,
 * so it brakes here: at most MAX_FAILURES failed attempts per email per window.
 * In memory, per server process: enough for one console process, reset on restart.
 */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type SignInThrottle = {
  isBlocked: (key: string, now: number) => boolean;
  recordFailure: (key: string, now: number) => void;
  reset: (key: string) => void;
};

export function createSignInThrottle(maxFailures = MAX_FAILURES, windowMs = WINDOW_MS): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    isBlocked: (key, now) => recent(key, now).length >= maxFailures,
    recordFailure: (key, now) => {
      const list = recent(key, now);
      list.push(now);
      failures.set(key, list);
      // Keep the map bounded: forget keys whose failures have all expired.
      if (failures.size > 10_000) for (const [k] of failures) if (!recent(k, now).length) failures.delete(k);
    },
    reset: (key) => void failures.delete(key),
  };
}
