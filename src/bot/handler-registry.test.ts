import { describe, expect, it } from "vitest";
import { INTENTS, intentSchemas } from "../language/index.js";
import type { Action } from "../views/message.js";
import { capabilities } from "./capabilities.js";
import type { Capability } from "./handler.js";
import { registerHandlers } from "./handler-registry.js";

const answer = async () => ({ replies: [] });

describe("registerHandlers", () => {
  it("refuses an intent handled by two capabilities, naming both", () => {
    const rogue: Capability = { name: "rogue", commands: {}, actions: { "directory.verify": answer } };
    expect(() => registerHandlers([...capabilities, rogue])).toThrow(
      'The intent "directory.verify" is handled by both "directory" and "rogue": each needs exactly one handler.',
    );
  });

  it("refuses a command kind handled by two capabilities, naming both", () => {
    const rogue: Capability = { name: "rogue", commands: { help: async () => [] }, actions: {} };
    expect(() => registerHandlers([...capabilities, rogue])).toThrow(
      'The command kind "help" is handled by both "home" and "rogue"',
    );
  });

  it("refuses to start when an intent has no handler", () => {
    const withoutHome = capabilities.filter((c) => c.name !== "home");
    expect(() => registerHandlers(withoutHome)).toThrow('No capability handles 1 intent: "home.show"');
  });
});

describe("every intent a view can emit has exactly one handler", () => {
  // Views can only emit a declared intent: Action.intent is typed Intent (language/intents.ts).
  // @ts-expect-error a misspelt intent does not compile
  const typo: Action = { intent: "handover.acept", label: "Accepteren", data: {} };

  it("has one handler per declared intent among the registered capabilities", () => {
    expect(typo.intent).toBe("handover.acept");
    expect(() => registerHandlers(capabilities)).not.toThrow();
    for (const intent of INTENTS) {
      const handlers = capabilities.filter((c) => c.actions[intent] !== undefined).map((c) => c.name);
      expect(handlers, intent).toHaveLength(1);
    }
  });

  it("declares each intent with its payload schema, named feature.verb", () => {
    expect(INTENTS.length).toBeGreaterThanOrEqual(27);
    for (const intent of INTENTS) {
      expect(intent).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(typeof intentSchemas[intent].safeParse).toBe("function");
    }
  });
});
