/**
 * Running a case on PGlite with the demo map, through the real services: each change writes its
 * case rows, audit record and outbox notice together, and access follows involvement at once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import type { Caller } from "../../../core/access/caller.js";
import { FakeClock } from "../../../core/shared/clock.js";
import { noNotifier } from "../../../core/shared/notifier.port.js";
import type { Database } from "../../../db/database.js";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { CaseService } from "../core/case.service.js";
import { type CaseWork, caseWork } from "../core/case-work.js";
import { caseRepository } from "./case.repository.js";
import { caseWorkRepository } from "./case-work.repository.js";

const NOW = "2026-11-23T09:30:00+01:00";
const WYCK = "maastricht-wyckerpoort";
let db: Database;
let work: CaseWork;
let cases: CaseService;

async function as(id: string): Promise<Caller> {
  const actor = await identityRepository(db.prisma).actorById(id);
  if (!actor) throw new Error(`no ${id}`);
  return { actor, channel: "web" };
}

const outbox = (kind: string) => db.prisma.outboxMessage.findMany({ where: { kind } });

beforeEach(async () => {
  db = await memoryDatabase();
  const clock = new FakeClock(NOW);
  await seedDemoIfEmpty(db.prisma, clock);
  const audit = auditRepository(db.prisma);
  work = caseWork({
    store: caseWorkRepository(db.prisma),
    audit,
    clock,
    notifier: noNotifier,
  });
  cases = new CaseService({ cases: caseRepository(db.prisma), audit, clock });
}, 60_000);

afterEach(async () => {
  await db?.close();
});

describe("creating a case", () => {
  it("gives the next code of the wijk's series, involves the creator and gives them regie", async () => {
    const pieter = await as("p-pieter-brouwers");
    const result = await work.create.create(pieter, {
      wijkId: WYCK,
      wijkSuggestions: [],
      topicIds: ["debts", "debts", "loneliness"],
      regieText: null,
    });
    expect(result).toMatchObject({ kind: "created", code: "WYC-028", regie: null });
    const row = await db.prisma.case.findUniqueOrThrow({
      where: { code: "WYC-028" },
      include: { members: true },
    });
    expect(row).toMatchObject({
      status: "open",
      coordinatorId: "p-pieter-brouwers",
      topics: ["debts", "loneliness"],
    });
    expect(row.members.map((m) => [m.professionalId, m.role])).toEqual([["p-pieter-brouwers", "huisarts"]]);
    expect((await cases.show(pieter, "WYC-028")).code).toBe("WYC-028");
    const audit = await db.prisma.auditRecord.findMany({
      where: { caseCode: "WYC-028", event: "case.create" },
    });
    expect(audit).toHaveLength(1);
  });

  it("gives regie to a named colleague, who is told", async () => {
    const result = await work.create.create(await as("p-pieter-brouwers"), {
      wijkId: WYCK,
      wijkSuggestions: [],
      topicIds: [],
      regieText: "Anouk Peeters",
    });
    expect(result).toMatchObject({ kind: "created", regie: { id: "p-anouk-peeters" } });
    const told = await outbox("case.regie-assigned");
    expect(told.map((m) => m.recipientId)).toEqual(["p-anouk-peeters"]);
    expect(JSON.stringify(told[0]?.payload)).toContain("Pieter Brouwers");
  });

  it("changes nothing for an unknown wijk or a name that fits nobody", async () => {
    const before = await db.prisma.case.count();
    const pieter = await as("p-pieter-brouwers");
    expect(
      await work.create.create(pieter, { wijkId: null, wijkSuggestions: [], topicIds: [], regieText: null }),
    ).toEqual({ kind: "need-wijk", suggestions: [] });
    expect(
      await work.create.create(pieter, {
        wijkId: WYCK,
        wijkSuggestions: [],
        topicIds: [],
        regieText: "Nobody",
      }),
    ).toEqual({ kind: "unknown-person", text: "Nobody" });
    expect(await db.prisma.case.count()).toBe(before);
  });
});

describe("who works on a case", () => {
  it("lets the regiehouder involve a colleague, who sees the case at once and is told", async () => {
    const mark = await as("p-mark-janssen");
    await expect(cases.show(mark, "WYC-021")).rejects.toThrow(/not found/);
    const pieter = await as("p-pieter-brouwers");
    expect(await work.team.involve(pieter, "WYC-021", "Mark Janssen")).toMatchObject({ kind: "involved" });
    expect((await cases.show(mark, "WYC-021")).code).toBe("WYC-021");
    expect((await outbox("case.involved")).map((m) => m.recipientId)).toEqual(["p-mark-janssen"]);
    expect(await work.team.involve(pieter, "WYC-021", "p-mark-janssen")).toMatchObject({
      kind: "already-involved",
    });
    expect(await work.team.release(pieter, "WYC-021", "Mark Janssen")).toMatchObject({ kind: "released" });
    await expect(cases.show(mark, "WYC-021")).rejects.toThrow(/not found/);
  });

  it("refuses a colleague who is only involved, and answers an outsider as if the case did not exist", async () => {
    const marieke = await as("p-marieke-coenen");
    expect(await work.team.involve(marieke, "WYC-021", "Mark Janssen")).toEqual({
      kind: "not-allowed",
      code: "WYC-021",
      regieName: "Pieter Brouwers",
    });
    await expect(work.team.involve(await as("p-jos-willems"), "WYC-021", "Mark")).rejects.toThrow(
      /not found/,
    );
    const refused = await db.prisma.auditRecord.findMany({
      where: { event: "case.involve", authorised: false },
    });
    expect(refused).toHaveLength(1);
    expect(
      await db.prisma.caseMember.count({
        where: { professionalId: "p-mark-janssen", case: { code: "WYC-021" } },
      }),
    ).toBe(0);
  });

  it("hands regie over: offered by the regiehouder, accepted by the colleague, the offerer told", async () => {
    const pieter = await as("p-pieter-brouwers");
    expect(await work.team.handRegie(pieter, "WYC-021", "Marieke Coenen")).toMatchObject({
      kind: "regie-offered",
    });
    const marieke = await as("p-marieke-coenen");
    expect(await work.team.answerRegie(marieke, "WYC-021", true)).toEqual({
      kind: "regie-accepted",
      code: "WYC-021",
    });
    expect(await work.team.answerRegie(marieke, "WYC-021", true)).toEqual({
      kind: "no-regie-offer",
      code: "WYC-021",
    });
    const row = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-021" } });
    expect(row).toMatchObject({ coordinatorId: "p-marieke-coenen", regieOfferToId: null });
    expect((await outbox("case.regie-accepted")).map((m) => m.recipientId)).toEqual(["p-pieter-brouwers"]);
  });

  it("lets the wijk coordinator assign regie at once; the previous holder is told", async () => {
    const ruud = await as("p-ruud-lemmens");
    expect(ruud.actor.coordinatorOf).toContain(WYCK);
    expect(await work.team.handRegie(ruud, "WYC-021", "Carla Smeets")).toMatchObject({
      kind: "regie-assigned",
    });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-021" } })).coordinatorId).toBe(
      "p-carla-smeets",
    );
    expect((await outbox("case.regie-lost")).map((m) => m.recipientId)).toEqual(["p-pieter-brouwers"]);
  });
});

describe("closing and reopening", () => {
  it("asks for the outcome, closes with it, lets open action points lapse and starts retention", async () => {
    const ruud = await as("p-ruud-lemmens");
    const kase = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-027" } });
    await db.prisma.actionPoint.create({
      data: { caseId: kase.id, ownerId: "p-eva-stassen", text: "bellen", dueOn: new Date("2026-11-20") },
    });
    expect(await work.closing.close(ruud, "WYC-027", null)).toMatchObject({
      kind: "choose-outcome",
      open: { actionPoints: 1 },
    });
    expect(await work.closing.close(ruud, "WYC-027", "goal-reached")).toMatchObject({
      kind: "closed",
      settledActionPoints: 1,
    });
    const closed = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-027" } });
    expect(closed).toMatchObject({ status: "closed", outcome: "goal-reached" });
    expect(closed.closedOn?.toISOString().slice(0, 10)).toBe("2026-11-23");
    expect(await db.prisma.actionPoint.count({ where: { caseId: kase.id, doneAt: null } })).toBe(0);
    expect((await outbox("case.closed")).map((m) => m.recipientId).sort()).toEqual([
      "p-eva-stassen",
      "p-fatma-yilmaz",
    ]);
    expect(await work.closing.close(ruud, "WYC-027", "other")).toEqual({
      kind: "already",
      code: "WYC-027",
      status: "closed",
    });
    expect(await work.closing.reopen(ruud, "WYC-027")).toEqual({ kind: "reopened", code: "WYC-027" });
    expect(await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-027" } })).toMatchObject({
      status: "open",
      closedOn: null,
      outcome: null,
    });
  });

  it("does not close a case with open handovers or consults", async () => {
    const open = await db.prisma.case.findFirstOrThrow({
      where: { handovers: { some: { status: { in: ["requested", "accepted", "contacted"] } } } },
      select: { code: true, coordinatorId: true },
    });
    const regie = await as(open.coordinatorId ?? "p-ruud-lemmens");
    expect(await work.closing.close(regie, open.code, "goal-reached")).toMatchObject({
      kind: "close-blocked",
    });
    expect((await db.prisma.case.findUniqueOrThrow({ where: { code: open.code } })).status).toBe("open");
  });
});

describe("action points", () => {
  it("lets the owner mark one done once; someone else is told it does not exist", async () => {
    const kase = await db.prisma.case.findUniqueOrThrow({ where: { code: "WYC-027" } });
    const point = await db.prisma.actionPoint.create({
      data: { caseId: kase.id, ownerId: "p-eva-stassen", text: "bellen", dueOn: new Date("2026-11-20") },
    });
    await expect(work.tasks.done(await as("p-fatma-yilmaz"), point.id)).rejects.toThrow(/not found/);
    const eva = await as("p-eva-stassen");
    expect(await work.tasks.done(eva, point.id)).toEqual({ kind: "task-done", code: "WYC-027" });
    expect(await work.tasks.done(eva, point.id)).toEqual({ kind: "task-already-done", code: "WYC-027" });
    const audit = await db.prisma.auditRecord.findMany({
      where: { event: "action-point.done", authorised: true },
    });
    expect(audit).toHaveLength(1);
  });
});
