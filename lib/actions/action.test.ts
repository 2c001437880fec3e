import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { runAction } from "./action";
import type { SessionUser } from "./session";

const staff: SessionUser = { id: "u1", email: "staff@example.test", name: "Staff", role: "data_staff" };
const Rename = z.object({ segmentId: z.coerce.number().int().positive(), name: z.string().min(2) });
const options = { name: "renameSegment", roles: ["data_staff" as const, "admin" as const], input: Rename };

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("runs the handler with parsed input and the user", async () => {
    const result = await runAction(options, async (input, { user }) => `${user.id}:${input.segmentId}:${input.name}`, staff, {
      segmentId: "7",
      name: "Rugby",
    });
    expect(result).toEqual({ ok: true, data: "u1:7:Rugby" });
  });

  it("accepts FormData, repeated keys as arrays", async () => {
    const form = new FormData();
    form.append("segmentId", "3");
    form.append("name", "Luxe");
    form.append("$ACTION_ID_abc", "");
    const result = await runAction(options, async (input) => input, staff, form);
    expect(result).toEqual({ ok: true, data: { segmentId: 3, name: "Luxe" } });
  });

  it("refuses without a session and with the wrong role, before parsing", async () => {
    const handler = vi.fn(async () => "never");
    expect(await runAction(options, handler, null, {})).toMatchObject({ ok: false, code: "unauthenticated" });
    const reader = { ...staff, role: "read_only" as const };
    expect(await runAction(options, handler, reader, { segmentId: 1, name: "ok" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps zod failures to field paths", async () => {
    const result = await runAction(options, async () => "never", staff, { segmentId: -1, name: "x" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["name", "segmentId"]);
  });

  it("passes a DomainError through and hides an unexpected error's message", async () => {
    const conflict = await runAction(options, async () => {
      throw new DomainError("conflict", "A segment with that name exists.");
    }, staff, { segmentId: 1, name: "Dup" });
    expect(conflict).toEqual({ ok: false, code: "conflict", message: "A segment with that name exists." });

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const internal = await runAction(options, async () => {
      throw new Error("connection to 10.0.0.3 refused, password=hunter2");
    }, staff, { segmentId: 1, name: "Boom" });
    expect(internal).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(internal)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0][0])).toContain("action renameSegment");
  });
});
