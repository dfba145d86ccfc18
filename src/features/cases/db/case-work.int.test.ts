/**
 * Running a case on a real PostgreSQL server with its own connections: a code per case even when
 * two are made at once, and a regie offer accepted twice at the same moment changes the case once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverDatabase } from "../../../../test/support/test-database.js";
import type { Caller } from "../../../core/access/caller.js";
import { FakeClock } from "../../../core/shared/clock.js";
import { noNotifier } from "../../../core/shared/notifier.port.js";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { type CaseWork, caseWork } from "../core/case-work.js";
import { caseWorkRepository } from "./case-work.repository.js";

let server: Awaited<ReturnType<typeof serverDatabase>>;
let work: CaseWork;

async function as(id: string): Promise<Caller> {
  const actor = await identityRepository(server.db.prisma).actorById(id);
  if (!actor) throw new Error(`no ${id}`);
  return { actor, channel: "web" };
}

beforeAll(async () => {
  server = await serverDatabase();
  const clock = new FakeClock("2026-11-23T09:30:00+01:00");
  await seedDemoIfEmpty(server.db.prisma, clock);
  const store = caseWorkRepository(server.db.prisma);
  work = caseWork({ store, audit: auditRepository(server.db.prisma), clock, notifier: noNotifier });
}, 120_000);
afterAll(async () => {
  await server?.drop();
});

describe("cases run from chat (PostgreSQL)", () => {
  it("gives two cases made at once two codes of the series", async () => {
    const pieter = await as("p-pieter-brouwers");
    const input = { wijkId: "maastricht-wyckerpoort", wijkSuggestions: [], topicIds: [], regieText: null };
    const made = await Promise.all([work.create.create(pieter, input), work.create.create(pieter, input)]);
    const codes = made.map((r) => (r.kind === "created" ? r.code : r.kind)).sort();
    expect(codes).toEqual(["WYC-028", "WYC-029"]);
  });

  it("changes the case once when regie is accepted twice at the same moment", async () => {
    await work.team.handRegie(await as("p-pieter-brouwers"), "WYC-021", "Marieke Coenen");
    const marieke = await as("p-marieke-coenen");
    const answers = await Promise.all([
      work.team.answerRegie(marieke, "WYC-021", true),
      work.team.answerRegie(marieke, "WYC-021", true),
    ]);
    expect(answers.filter((a) => a.kind === "regie-accepted")).toHaveLength(1);
    const told = await server.db.prisma.outboxMessage.findMany({ where: { kind: "case.regie-accepted" } });
    expect(told.map((m) => m.recipientId)).toEqual(["p-pieter-brouwers"]);
  });
});
