import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const NAMESPACES = ["common", "nav", "shell", "overview", "signIn", "settings"] as const;

/** Leaf paths of a message tree; a key cannot be both a string and a group. */
function leaves(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  if (!node || typeof node !== "object") throw new Error(`${prefix} is neither a message nor a group`);
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe("shell messages", () => {
  it.each(NAMESPACES)("%s has the same keys in French and English, none empty", (ns) => {
    const frKeys = leaves((fr as Record<string, unknown>)[ns], ns).sort();
    const enKeys = leaves((en as Record<string, unknown>)[ns], ns).sort();
    expect(frKeys).toEqual(enKeys);
    expect(frKeys.length).toBeGreaterThan(0);
  });

  it("has the overview group titles and every role label the console shows", () => {
    for (const messages of [fr, en]) {
      expect(Object.keys(messages.overview.groups).sort()).toEqual(["audience", "commerce", "content", "governance"]);
      expect(Object.keys(messages.shell.roles).sort()).toEqual(["admin", "data_staff", "manager", "read_only"]);
      expect(typeof messages.overview.sections).toBe("string");
    }
  });
});
