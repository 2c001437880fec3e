import { describe, expect, it } from "vitest";
import { parseBatch } from "./parse-batch";
import { INGEST_LIMITS, splitArticleRef } from "./schema";

const NOW = new Date("2025-06-18T12:00:00.000Z");

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: "0b6f1c7e-3d4a-4e8b-9f1a-2c3d4e5f6a7b",
    type: "pageview",
    brand: "le-quotidien",
    article: 42,
    occurredAt: "2025-06-18T11:59:00.000Z",
    engagedSeconds: 0,
    scrollDepth: 10,
    device: "mobile",
    referrerKind: "search",
    ...overrides,
  };
}

function batch(events: unknown[], extra: Record<string, unknown> = {}) {
  return { browserId: "V1StGXR8_Z5jdHi6B-myT", tc: "CQ…", events, ...extra };
}

describe("parseBatch", () => {
  it("accepts a well-formed batch and defaults engagedSeconds", () => {
    const { engagedSeconds: _omit, ...noEngaged } = event();
    void _omit;
    const result = parseBatch(batch([noEngaged]), NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.batch.events[0].engagedSeconds).toBe(0);
  });

  it("accepts optional fields absent, tc null, and +02:00 offsets", () => {
    const minimal = { id: event().id, type: "heartbeat", brand: "b", article: "https://x.fr/a", occurredAt: "2025-06-18T13:59:00+02:00" };
    expect(parseBatch(batch([minimal], { tc: null }), NOW).ok).toBe(true);
    expect(parseBatch({ browserId: "V1StGXR8_Z5jdHi6B-myT", events: [minimal] }, NOW).ok).toBe(true);
  });

  it("reports failing field paths per event", () => {
    const result = parseBatch(
      batch([event(), event(), event(), event({ occurredAt: "yesterday" }), event({ scrollDepth: 101, type: "click" })]),
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["events.3.occurredAt", "events.4.scrollDepth", "events.4.type"]);
    }
  });

  it("rejects wrong types at the root and in events", () => {
    const result = parseBatch({ browserId: 12, events: [event({ engagedSeconds: "15", id: "not-a-uuid", article: -1 })] }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual([
        "browserId",
        "events.0.article",
        "events.0.engagedSeconds",
        "events.0.id",
      ]);
    }
  });

  it("rejects non-objects, empty and oversized event arrays", () => {
    expect(parseBatch(null, NOW)).toMatchObject({ ok: false, fieldErrors: { "(root)": expect.any(Array) } });
    expect(parseBatch([], NOW).ok).toBe(false);
    expect(parseBatch(batch([]), NOW)).toMatchObject({ ok: false, fieldErrors: { events: expect.any(Array) } });
    const tooMany = Array.from({ length: INGEST_LIMITS.maxEvents + 1 }, () => event());
    expect(parseBatch(batch(tooMany), NOW).ok).toBe(false);
  });

  it("rejects brand slugs, browser ids and article refs outside their formats", () => {
    const bad = parseBatch(batch([event({ brand: "Le Quotidien" }), event({ article: "javascript:alert(1)" })], { browserId: "short" }), NOW);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(["browserId", "events.0.brand", "events.1.article"]);
  });

  it("rejects timestamps outside the clock window (7 days back, 1 hour ahead) and without offset", () => {
    const result = parseBatch(
      batch([
        event({ occurredAt: "2025-06-10T11:00:00.000Z" }),
        event({ occurredAt: "2025-06-18T13:30:00.000Z" }),
        event({ occurredAt: "2025-06-11T12:30:00.000Z" }),
        event({ occurredAt: "2025-06-18T12:59:00.000Z" }),
      ]),
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["events.0.occurredAt", "events.1.occurredAt"]);
    const noOffset = parseBatch(batch([event({ occurredAt: "2025-06-18T11:00:00" })]), NOW);
    expect(noOffset).toMatchObject({ ok: false, fieldErrors: { "events.0.occurredAt": expect.any(Array) } });
  });

  it("rejects control characters (NUL cannot be stored in PostgreSQL text) in article URLs", () => {
    const result = parseBatch(batch([event({ article: "https://x.fr/a\u0000b" }), event({ article: "https://x.fr/a\nb" })]), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["events.0.article", "events.1.article"]);
  });

  it("caps engaged seconds and the TC string length", () => {
    expect(parseBatch(batch([event({ engagedSeconds: 1801 })]), NOW).ok).toBe(false);
    expect(parseBatch(batch([event()], { tc: "C".repeat(INGEST_LIMITS.maxTcLength + 1) }), NOW).ok).toBe(false);
  });
});

describe("splitArticleRef", () => {
  it("reads ids from numbers and digit strings, URLs without their fragment", () => {
    expect(splitArticleRef(7)).toEqual({ articleId: 7, articleUrl: null });
    expect(splitArticleRef("7")).toEqual({ articleId: 7, articleUrl: null });
    expect(splitArticleRef("https://x.fr/a?b=1#top")).toEqual({ articleId: null, articleUrl: "https://x.fr/a?b=1" });
  });
});
