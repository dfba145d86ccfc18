import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "./i18n.js";
import { roleLabel } from "./role-label.js";

describe("roleLabel", () => {
  it("shows a role id of the social map as words in either language", () => {
    expect(roleLabel("nl", "geestelijk-verzorger")).toBe("geestelijk verzorger");
    expect(roleLabel("en", "geestelijk-verzorger")).toBe("spiritual caregiver");
    expect(roleLabel("en", "huisarts")).toBe("GP");
  });

  it("still shows words, never the id, for a role the catalogue does not know yet", () => {
    expect(roleLabel("nl", "jongeren-werker")).toBe("jongeren werker");
    expect(roleLabel("en", "jongeren-werker")).toBe("jongeren werker");
  });

  it("has a label for every role of the demo social map", () => {
    const map = readFileSync(new URL("../../prisma/demo-social-map.json", import.meta.url), "utf8");
    const roles = new Set([...map.matchAll(/"role": "([^"]+)"/g)].map((m) => m[1]!));
    expect(roles.size).toBeGreaterThan(10);
    expect([...roles].filter((role) => !isMessageKey(`role.${role}`))).toEqual([]);
  });
});
