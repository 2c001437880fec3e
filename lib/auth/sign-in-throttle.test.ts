import { describe, expect, it } from "vitest";
import { createSignInThrottle } from "./sign-in-throttle";

describe("createSignInThrottle", () => {
  it("blocks after the allowed failures within the window, then forgets them", () => {
    const throttle = createSignInThrottle(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(throttle.isBlocked("a@x.test", t0 + i)).toBe(false);
      throttle.recordFailure("a@x.test", t0 + i);
    }
    expect(throttle.isBlocked("a@x.test", t0 + 10)).toBe(true);
    expect(throttle.isBlocked("b@x.test", t0 + 10)).toBe(false);
    expect(throttle.isBlocked("a@x.test", t0 + 60_003)).toBe(false);
  });

  it("resets on success", () => {
    const throttle = createSignInThrottle(1, 60_000);
    throttle.recordFailure("a@x.test", 5);
    expect(throttle.isBlocked("a@x.test", 6)).toBe(true);
    throttle.reset("a@x.test");
    expect(throttle.isBlocked("a@x.test", 7)).toBe(false);
  });
});
