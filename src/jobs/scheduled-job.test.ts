import { describe, expect, it } from "vitest";
import type { Logger } from "../logging.js";
import { scheduledJob } from "./scheduled-job.js";

function recordingLogger(lines: unknown[][]): Logger {
  return { info: (...args: unknown[]) => lines.push(args) } as unknown as Logger;
}

describe("scheduledJob", () => {
  it("runs the work and logs its report under one message only when worth logging", async () => {
    const lines: unknown[][] = [];
    let sent = 0;
    const job = scheduledJob({
      name: "reminders",
      cron: "*/10 * * * *",
      policy: "short",
      logger: recordingLogger(lines),
      logAs: "reminders queued",
      work: async () => ({ sent }),
      worthLogging: (report) => report.sent > 0,
    });
    expect(job).toMatchObject({ name: "reminders", cron: "*/10 * * * *", policy: "short" });
    await job.run({}, {} as never);
    expect(lines).toEqual([]);
    sent = 2;
    await job.run({}, {} as never);
    expect(lines).toEqual([[{ sent: 2 }, "reminders queued"]]);
  });

  it("logs every run when no rule is given", async () => {
    const lines: unknown[][] = [];
    const job = scheduledJob({
      name: "retention",
      cron: "15 3 * * *",
      policy: "stately",
      logger: recordingLogger(lines),
      logAs: "retention applied",
      work: async () => ({ casesPurged: 0 }),
    });
    await job.run({}, {} as never);
    expect(lines).toEqual([[{ casesPurged: 0 }, "retention applied"]]);
  });
});
