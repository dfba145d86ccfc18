import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { intentSchemas, isIntent, joinIntentTables } from "./intents.js";

const parse = (intent: keyof typeof intentSchemas, data: Record<string, string>) =>
  intentSchemas[intent].safeParse(data);

describe("the intent registry", () => {
  it("refuses a job's intent that another job declares too", () => {
    const a = { "x.go": z.object({}) };
    const b = { "x.go": z.object({ id: z.string() }) };
    expect(() => joinIntentTables(a, b)).toThrow('The intent "x.go" is declared twice.');
  });

  it("knows its intents and nothing else", () => {
    expect(isIntent("handover.accept")).toBe(true);
    expect(isIntent("nothing.here")).toBe(false);
    expect(isIntent("toString")).toBe(false);
  });
});

describe("payload schemas", () => {
  it("accept the payloads the views put on their buttons, dropping fields nobody reads", () => {
    expect(parse("handover.accept", { id: "h-1", v: "3", extra: "x" })).toEqual({
      success: true,
      data: { id: "h-1", v: 3 },
    });
    expect(parse("lookup.choose-wijk", { wijkId: "wyc", topicIds: "debts,loneliness" }).success).toBe(true);
    expect(parse("consult.vote", { consultId: "c-1", slotId: "s-1", answer: "if-needed" }).success).toBe(
      true,
    );
    expect(parse("home.show", {}).success).toBe(true);
  });

  it("treat an unreadable version as absent, as older buttons had none", () => {
    expect(parse("handover.complete", { id: "h-1", v: "drie" })).toEqual({
      success: true,
      data: { id: "h-1" },
    });
  });

  it("refuse a missing id, an answer that is not offered and a malformed case code", () => {
    expect(parse("handover.accept", { v: "3" }).success).toBe(false);
    expect(parse("directory.verify", { serviceId: "" }).success).toBe(false);
    expect(parse("directory.verify", { serviceId: "s".repeat(201) }).success).toBe(false);
    expect(parse("consult.vote", { consultId: "c-1", slotId: "s-1", answer: "maybe" }).success).toBe(false);
    expect(parse("case.show", { code: "<script>" }).success).toBe(false);
  });

  it("tell a form button from its submit, and require the form's fields on submit", () => {
    expect(parse("consult.reschedule", { consultId: "c-1" }).success).toBe(true);
    const submitted = { consultId: "c-1", submitted: "true", date: "2026-11-25", time: "10:00" };
    expect(parse("consult.reschedule", submitted)).toEqual({ success: true, data: submitted });
    expect(parse("consult.reschedule", { consultId: "c-1", submitted: "true" }).success).toBe(false);
    expect(parse("consult.agenda-add", { consultId: "c-1", submitted: "yes", text: "x" }).success).toBe(
      false,
    );
  });

  it("keep the outcome form's per-person and per-row fields", () => {
    const form = {
      consultId: "c-1",
      submitted: "true",
      outcome: "ok",
      "attended.p-1": "true",
      "action1.text": "bel",
    };
    expect(parse("consult.outcome", form)).toEqual({ success: true, data: form });
  });

  it("keep an unreadable case code on a handover.start button out of the form", () => {
    expect(parse("handover.start", { caseCode: "nope", serviceId: "svc" })).toEqual({
      success: true,
      data: { serviceId: "svc" },
    });
  });
});
