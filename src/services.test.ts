/**
 * The core is built once: the jobs run on the services they are given (the bot's), so the
 * digest service a job uses tells the notifier as the bot's does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryDatabase } from "../test/support/test-database.js";
import { parseConfig } from "./config.js";
import { FakeClock } from "./core/shared/clock.js";
import type { Database } from "./db/database.js";
import { seedDemoIfEmpty } from "./db/social-map/seed.js";
import { CONSULT_REMINDER_QUEUE } from "./features/consult/jobs/consult-reminder.job.js";
import { DIRECTORY_UPKEEP_QUEUE } from "./features/directory/jobs/directory-upkeep.job.js";
import { jobDefinitions } from "./jobs/jobs.js";
import { silentLogger } from "./logging.js";
import { createServices, type Services } from "./services.js";

let db: Database;
let clock: FakeClock;
let kicks: number;
let services: Services;

const config = () => {
  const parsed = parseConfig({ WIJKBOT_DEMO: "false", WIJKBOT_JOBS: "false", LOG_LEVEL: "silent" });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
};

beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock("2026-11-23T09:30:00+01:00");
  await seedDemoIfEmpty(db.prisma, clock);
  kicks = 0;
  services = createServices({ db, clock, config: config(), notifier: { queued: () => void kicks++ } });
}, 60_000);
afterEach(async () => {
  await db.close();
});

describe("createServices", () => {
  it("gives the jobs the services it built, not copies of their own", async () => {
    const jobs = jobDefinitions(
      { services, clock, logger: silentLogger, config: config(), notifier: { queued: () => undefined } },
      [],
      () => undefined,
    );
    const remind = vi.spyOn(services.consults, "remindDue").mockResolvedValue(0);
    const ask = vi.spyOn(services.upkeep, "askDue").mockResolvedValue({ services: 0, queued: 0 });
    const run = (name: string) => jobs.find((job) => job.name === name)!.run({}, { jobId: "1", name });
    await run(CONSULT_REMINDER_QUEUE);
    await run(DIRECTORY_UPKEEP_QUEUE);
    expect(remind).toHaveBeenCalledOnce();
    expect(ask).toHaveBeenCalledOnce();
  });

  it("builds the digest service with the notifier, so a nudge starts delivery at once", async () => {
    const overdue = await db.prisma.handover.findFirstOrThrow({
      where: {
        status: { in: ["requested", "accepted"] },
        deadlineAt: { lt: clock.now() },
        case: { wijkId: "maastricht-wyckerpoort" },
      },
    });
    const ruud = await services.identities.actorById("p-ruud-lemmens");
    expect(await services.digests.nudge({ actor: ruud!, channel: "web" }, overdue.id)).toMatchObject({
      kind: "nudged",
    });
    expect(kicks).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { kind: "digest.nudge" } })).toBe(1);
  });
});
