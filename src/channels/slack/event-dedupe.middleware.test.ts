import { describe, expect, it } from "vitest";
import { CLAIMED_EVENT, eventDedupe } from "./event-dedupe.middleware.js";
import { MemoryEventLog } from "./slack-harness.test-support.js";

/** Runs the Bolt middleware as Bolt would (Socket Mode: nothing claimed by the HTTP layer). */
async function run(log: MemoryEventLog, eventId: string, listener: () => Promise<void>, context = {}) {
  const middleware = eventDedupe(log) as unknown as (args: object) => Promise<void>;
  await middleware({ body: { type: "event_callback", event_id: eventId }, context, next: listener });
}

describe("eventDedupe (Bolt middleware)", () => {
  it("runs the listener once for an event delivered three times", async () => {
    const log = new MemoryEventLog();
    let runs = 0;
    for (let i = 0; i < 3; i++) await run(log, "Ev1", async () => void runs++);
    expect(runs).toBe(1);
    expect(log.status.get("Ev1")).toBe("done");
  });

  it("marks a failed event failed and handles its retry", async () => {
    const log = new MemoryEventLog();
    await expect(run(log, "Ev2", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(log.status.get("Ev2")).toBe("failed");
    let runs = 0;
    await run(log, "Ev2", async () => void runs++);
    expect(runs).toBe(1);
    expect(log.status.get("Ev2")).toBe("done");
  });

  it("does not claim again what the HTTP layer already claimed", async () => {
    const log = new MemoryEventLog();
    await log.claim("Ev3");
    let runs = 0;
    await run(log, "Ev3", async () => void runs++, { [CLAIMED_EVENT]: "Ev3" });
    expect(runs).toBe(1);
    expect(log.claims).toBe(1);
  });

  it("lets interactions through without claiming", async () => {
    const log = new MemoryEventLog();
    const middleware = eventDedupe(log) as unknown as (args: object) => Promise<void>;
    let runs = 0;
    await middleware({ body: { type: "block_actions" }, context: {}, next: async () => void runs++ });
    expect(runs).toBe(1);
    expect(log.claims).toBe(0);
  });
});
