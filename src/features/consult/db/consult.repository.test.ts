/**
 * The consult service on the real repository: in-memory PGlite with the demo social map and a
 * fake clock (Monday 23 November 2026, 09:30 in Amsterdam). Checks what only the database can:
 * other consults block slots, outbox rows and audit records commit with the change, reminders
 * and confirmations are queued once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryDatabase } from "../../../../test/support/test-database.js";
import type { Actor } from "../../../core/access/actor.js";
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { ConsultService } from "../core/consult.service.js";
import { reminderInstant } from "../core/consult.state.js";
import { consultRepository } from "./consult.repository.js";

let db: Database;
let clock: FakeClock;
let service: ConsultService;
let kicks: number;

const actor = (professionalId: string, wijkIds: string[] = []): Actor => ({
  professionalId,
  name: professionalId,
  organisationId: null,
  locale: null,
  wijkIds,
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: false,
});
const gijs = actor("p-gijs-lammers");
const hilde = actor("p-hilde-wolters");
const roel = actor("p-roel-arends");

// Loading the demo map into a fresh database takes a few seconds.
beforeEach(async () => {
  db = await memoryDatabase();
  clock = new FakeClock("2026-11-23T08:30:00Z");
  await seedDemoIfEmpty(db.prisma, clock);
  kicks = 0;
  service = new ConsultService({
    store: consultRepository(db.prisma, { clock }),
    audit: auditRepository(db.prisma),
    clock,
    notifier: {
      queued: () => {
        kicks += 1;
      },
    },
  });
}, 60_000);

afterEach(async () => {
  await db.close();
});

async function planAndConfirm() {
  const planned = await service.plan({ actor: gijs, channel: "web" }, "ULF-002", "volgende week");
  if (planned.kind !== "planned") throw new Error(planned.kind);
  const { consult } = planned;
  const slotId = consult.slots[0]!.id;
  await service.vote({ actor: gijs, channel: "web" }, { consultId: consult.id, slotId, answer: "yes" });
  const confirmed = await service.vote(
    { actor: hilde, channel: "web" },
    { consultId: consult.id, slotId, answer: "yes" },
  );
  return { consult: confirmed.consult, confirmed };
}

describe("consult service on the repository", () => {
  it("never proposes a slot over a participant's other scheduled consult (pc-001 on Wednesday 13:30)", async () => {
    const planned = await service.plan({ actor: gijs, channel: "web" }, "ULF-002", "woensdag 25 november");
    expect(planned.kind).toBe("planned");
    if (planned.kind !== "planned") return;
    const busyStart = new Date("2026-11-25T12:30:00Z").getTime();
    const busyEnd = busyStart + 45 * 60_000;
    expect(planned.consult.slots.length).toBeGreaterThan(0);
    for (const slot of planned.consult.slots) {
      expect(slot.start.getTime() >= busyEnd || slot.end.getTime() <= busyStart).toBe(true);
    }
    const relative = planned.consult.participants.find((p) => p.professionalId === null);
    expect(relative?.relativeLabel).toBe("Partner");
  });

  it("confirms when both required participants can, queuing each notice once with its audit record", async () => {
    const { consult, confirmed } = await planAndConfirm();
    expect(consult.status).toBe("scheduled");
    expect(confirmed.ics).toContain("BEGIN:VCALENDAR");
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: "consult.confirmed" } });
    expect(rows.map((r) => r.recipientId).sort()).toEqual(["p-gijs-lammers", "p-roel-arends"]);
    expect(rows.every((r) => r.caseId === consult.caseId)).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { kind: "consult.relatives" } })).toBe(1);
    const audit = await db.prisma.auditRecord.findMany({ where: { event: "consult.confirm" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.caseCode).toBe("ULF-002");
    expect(kicks).toBeGreaterThan(0);
    const again = await service.confirm(
      { actor: gijs, channel: "web" },
      { consultId: consult.id, slotId: consult.slots[0]!.id },
    );
    expect(again.refusal).toEqual({ kind: "state", refusal: { kind: "wrong-status", status: "scheduled" } });
  });

  it("refuses votes of someone who is not a participant, and hides the consult from strangers", async () => {
    const planned = await service.plan({ actor: gijs, channel: "web" }, "ULF-002", null);
    if (planned.kind !== "planned") throw new Error(planned.kind);
    const slotId = planned.consult.slots[0]!.id;
    const stranger = actor("p-anouk-peeters");
    await expect(
      service.vote(
        { actor: stranger, channel: "web" },
        { consultId: planned.consult.id, slotId, answer: "yes" },
      ),
    ).rejects.toThrow(/not found/);
    const refused = await db.prisma.auditRecord.findFirst({ where: { actorId: "p-anouk-peeters" } });
    expect(refused?.authorised).toBe(false);
  });

  it("reminds the working day before at 09:00, once, with remindedAt set in the same commit", async () => {
    const { consult } = await planAndConfirm();
    const dayBefore = reminderInstant(consult.start!);
    expect(formatLocal(dayBefore, "en", "time")).toBe("09:00");
    clock.set(new Date(dayBefore.getTime() - 60_000));
    expect(await service.remindDue()).toBe(0);
    clock.set(dayBefore);
    const first = await service.remindDue();
    expect(first).toBe(1);
    expect(await service.remindDue()).toBe(0);
    const reminders = await db.prisma.outboxMessage.count({ where: { kind: "consult.reminder" } });
    expect(reminders).toBe(3); // Gijs, Hilde and Roel; the relative is told by the organiser
    const row = await db.prisma.consult.findUniqueOrThrow({ where: { id: consult.id } });
    expect(row.remindedAt?.getTime()).toBe(dayBefore.getTime());
  });

  it("records outcome, attendance and action points; the owner sees them in mijn taken", async () => {
    const { consult } = await planAndConfirm();
    clock.set(new Date(consult.start!.getTime() + 60 * 60_000));
    const done = await service.recordOutcome(
      { actor: gijs, channel: "web" },
      {
        consultId: consult.id,
        outcome: "Afspraken gemaakt",
        attendedIds: ["p-gijs-lammers", "p-hilde-wolters"],
        actionPoints: [{ ownerId: "p-roel-arends", text: "Hulpmiddelen aanvragen", dueOn: "2026-12-31" }],
      },
    );
    expect(done.refusal).toBeNull();
    expect(done.consult.status).toBe("done");
    const tasks = await service.tasks({ actor: roel, channel: "web" });
    expect(tasks.items).toEqual([
      expect.objectContaining({ caseCode: "ULF-002", text: "Hulpmiddelen aanvragen", dueOn: "2026-12-31" }),
    ]);
    const list = await service.attendance({ actor: hilde, channel: "web" }, consult.id);
    expect(list?.csv.split("\n")).toContain("Hilde Wolters;wijkverpleegkundige;ja;ja");
    // A relative's attendance is not recorded (no toggle for them in the form).
    expect(list?.csv.split("\n")).toContain("Partner;;nee;");
    expect(
      await db.prisma.auditRecord.count({ where: { event: "consult.attendance", action: "export" } }),
    ).toBe(1);
  });

  it("lists the imported consult pc-001 in mijn consulten with role and place", async () => {
    const mine = await service.mine({ actor: gijs, channel: "web" });
    const imported = mine.items.find((i) => i.consultId === "pc-001");
    expect(imported).toMatchObject({ caseCode: "ULF-002", role: "huisarts", status: "scheduled" });
    expect(imported?.start?.toISOString()).toBe("2026-11-25T12:30:00.000Z");
  });
});
