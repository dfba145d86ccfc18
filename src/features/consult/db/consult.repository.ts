/**
 * Consults in PostgreSQL (PGlite or a server). Each write runs in one interactive transaction
 * with its audit records and outbox rows (src/features/consult/core/consult.ports.ts). Inside a
 * transaction only `tx` is used: on PGlite anything else waits for the transaction's lock, which
 * waits for it (PLATFORM-NOTES, deadlock trap).
 */

import type { Clock } from "../../../core/shared/clock.js";
import { type DbClient, recordAudit } from "../../../db/repositories/audit.repository.js";
import { dateColumn, isoDate } from "../../../db/repositories/dates.js";
import { enqueueNotices } from "../../../db/repositories/outbox.repository.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Availability } from "../../directory/core/availability.policy.js";
import type { ConsultStore, Effects } from "../core/consult.ports.js";
import { loadConsults } from "./consult-rows.js";

export interface ConsultRepositoryDeps {
  clock: Clock;
}

export function consultRepository(prisma: PrismaClient, deps: ConsultRepositoryDeps): ConsultStore {
  async function writeEffects(tx: DbClient, effects: Effects): Promise<void> {
    for (const entry of effects.audit) await recordAudit(tx, entry);
    await enqueueNotices(tx, effects.notices, deps.clock.now());
  }

  return {
    async caseForPlanning(code) {
      const row = await prisma.case.findUnique({
        where: { code },
        select: {
          id: true,
          code: true,
          wijkId: true,
          coordinatorId: true,
          restrictedAt: true,
          wijk: { select: { municipalityCode: true } },
          members: { select: { professionalId: true, role: true }, orderBy: { addedAt: "asc" } },
          relatives: { select: { id: true, label: true }, orderBy: { id: "asc" } },
        },
      });
      if (!row) return null;
      return {
        id: row.id,
        code: row.code,
        access: {
          wijkId: row.wijkId,
          municipalityCode: row.wijk.municipalityCode,
          coordinatorId: row.coordinatorId,
          memberIds: row.members.map((m) => m.professionalId),
          restricted: row.restrictedAt !== null,
        },
        roster: row.members,
        relatives: row.relatives.map((r) => ({ relativeId: r.id, label: r.label })),
      };
    },

    async schedules(professionalIds, between, exceptConsultId) {
      const people = await prisma.professional.findMany({
        where: { id: { in: [...professionalIds] } },
        select: { id: true, availability: true, absenceFrom: true, absenceTo: true },
      });
      const busy = await prisma.consultParticipant.findMany({
        where: {
          professionalId: { in: [...professionalIds] },
          consult: {
            status: "scheduled",
            start: { lt: between.end, gte: new Date(between.start.getTime() - 86_400_000) },
            ...(exceptConsultId ? { id: { not: exceptConsultId } } : {}),
          },
        },
        select: { professionalId: true, consult: { select: { start: true, durationMinutes: true } } },
      });
      return people.map((p) => ({
        professionalId: p.id,
        availability: (p.availability ?? {}) as Availability,
        absence:
          p.absenceFrom && p.absenceTo ? { from: isoDate(p.absenceFrom), to: isoDate(p.absenceTo) } : null,
        busy: busy
          .filter((b) => b.professionalId === p.id && b.consult.start)
          .map((b) => ({
            start: b.consult.start!,
            end: new Date(b.consult.start!.getTime() + b.consult.durationMinutes * 60_000),
          })),
      }));
    },

    create(consult, effects) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.consult.create({
          data: {
            caseId: consult.caseId,
            status: "planning",
            organizerId: consult.organizerId,
            durationMinutes: consult.durationMinutes,
            windowStart: consult.windowStart,
            windowEnd: consult.windowEnd,
            participants: {
              create: consult.participants.map((p) =>
                p.kind === "professional"
                  ? { professionalId: p.professionalId, role: p.role, required: p.required }
                  : { relativeLabel: p.label, required: false },
              ),
            },
            slots: { create: consult.slots.map((s) => ({ start: s.start, end: s.end })) },
          },
          select: { id: true },
        });
        await writeEffects(tx, effects(row.id));
        return row.id;
      });
    },

    async byId(id) {
      return (await loadConsults(prisma, { id }))[0] ?? null;
    },

    saveVote(consultId, vote, effects) {
      return prisma.$transaction(async (tx) => {
        const participant = await tx.consultParticipant.findFirst({
          where: { consultId, professionalId: vote.professionalId },
          select: { id: true },
        });
        const slot = await tx.consultSlot.findFirst({
          where: { id: vote.slotId, consultId },
          select: { id: true },
        });
        if (!participant || !slot) return false;
        const key = { slotId: slot.id, participantId: participant.id };
        await tx.consultVote.upsert({
          where: { slotId_participantId: key },
          create: { ...key, answer: vote.answer, at: vote.at },
          update: { answer: vote.answer, at: vote.at },
        });
        await writeEffects(tx, effects);
        return true;
      });
    },

    transition(consultId, guard, change, effects) {
      return prisma.$transaction(async (tx) => {
        const where = {
          id: consultId,
          status: guard.status,
          icsSequence: guard.icsSequence,
          ...(guard.remindedAt === null ? { remindedAt: null } : {}),
        };
        const count =
          Object.keys(change).length === 0
            ? await tx.consult.count({ where })
            : (await tx.consult.updateMany({ where, data: change })).count;
        if (count !== 1) return false;
        await writeEffects(tx, effects);
        return true;
      });
    },

    editParticipants(consultId, change, effects) {
      return prisma.$transaction(async (tx) => {
        if (change.kind === "add-professional") {
          const { professionalId, role, required } = change;
          await tx.consultParticipant.create({ data: { consultId, professionalId, role, required } });
        } else if (change.kind === "add-relative") {
          await tx.consultParticipant.create({
            data: { consultId, relativeLabel: change.label, required: false },
          });
        } else if (change.kind === "remove") {
          await tx.consultParticipant.deleteMany({ where: { id: change.participantId, consultId } });
        } else {
          await tx.consultParticipant.updateMany({
            where: { id: change.participantId, consultId },
            data: { required: change.required },
          });
        }
        await writeEffects(tx, effects);
      });
    },

    addAgendaItem(consultId, item, effects) {
      return prisma.$transaction(async (tx) => {
        await tx.consultAgendaItem.create({ data: { consultId, ...item } });
        await writeEffects(tx, effects);
      });
    },

    recordOutcome(consultId, guard, record, effects) {
      return prisma.$transaction(async (tx) => {
        const where = { id: consultId, status: guard.status, icsSequence: guard.icsSequence };
        const consult = await tx.consult.findFirst({ where, select: { caseId: true } });
        if (!consult) return false;
        await tx.consult.update({
          where: { id: consultId },
          data: { status: "done", outcome: record.outcome },
        });
        const attendedIds = [...record.attendedIds];
        await tx.consultParticipant.updateMany({
          where: { consultId, professionalId: { in: attendedIds } },
          data: { attended: true },
        });
        await tx.consultParticipant.updateMany({
          where: { consultId, professionalId: { notIn: attendedIds } },
          data: { attended: false },
        });
        await tx.actionPoint.createMany({
          data: record.actionPoints.map((p) => ({
            caseId: consult.caseId,
            consultId,
            ownerId: p.ownerId,
            text: p.text,
            dueOn: dateColumn(p.dueOn),
          })),
        });
        await writeEffects(tx, effects);
        return true;
      });
    },

    async mine(professionalId, now, limit) {
      const consults = await loadConsults(
        prisma,
        {
          OR: [{ organizerId: professionalId }, { participants: { some: { professionalId } } }],
          AND: [
            {
              OR: [
                { status: "planning" },
                { status: "scheduled", start: { gte: new Date(now.getTime() - 86_400_000) } },
              ],
            },
          ],
        },
        limit * 2,
      );
      return consults
        .filter(
          (c) =>
            c.status === "planning" ||
            (c.start && c.start.getTime() + c.durationMinutes * 60_000 > now.getTime()),
        )
        .slice(0, limit)
        .map((c) => ({
          consultId: c.id,
          caseCode: c.caseCode,
          status: c.status,
          start: c.start,
          durationMinutes: c.durationMinutes,
          location: c.location,
          role: c.participants.find((p) => p.professionalId === professionalId)?.role ?? null,
          organiser: c.organizerId === professionalId,
        }));
    },

    async openTasks(professionalId, limit) {
      const rows = await prisma.actionPoint.findMany({
        where: { ownerId: professionalId, doneAt: null },
        select: { id: true, consultId: true, text: true, dueOn: true, case: { select: { code: true } } },
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: limit,
      });
      return rows.map((r) => ({
        id: r.id,
        caseCode: r.case.code,
        consultId: r.consultId,
        text: r.text,
        dueOn: isoDate(r.dueOn),
      }));
    },

    reminderCandidates(from, to, limit) {
      return loadConsults(
        prisma,
        { status: "scheduled", remindedAt: null, start: { gte: from, lt: to } },
        limit,
      );
    },
  };
}
