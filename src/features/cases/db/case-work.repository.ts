/**
 * Cases changed from chat (issue 16). Each change runs in one transaction with its audit records
 * and outbox notices; a guarded update (`CaseChange.expect`) makes two presses of one button
 * change the case once. Inside a transaction only `tx` is used (PLATFORM-NOTES, deadlock trap).
 */
import { type DbClient, recordAudit } from "../../../db/repositories/audit.repository.js";
import { dateColumn } from "../../../db/repositories/dates.js";
import { enqueueNotices } from "../../../db/repositories/outbox.repository.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import { queuedCaseNotice } from "../core/case.notices.js";
import type { CaseEffects, CaseFacts, PersonRef } from "../core/case-work.model.js";
import type { CaseWorkStore } from "../core/case-work.ports.js";
import { issueCaseCode } from "./case-code.js";

const OPEN_HANDOVER = ["requested", "accepted", "contacted"];
const personSelect = { id: true, name: true, role: true, active: true } satisfies Prisma.ProfessionalSelect;
/** Rolls a transaction back when the guarded update found the case moved on. */
class Conflict extends Error {}

export function caseWorkRepository(prisma: PrismaClient): CaseWorkStore {
  async function writeEffects(tx: DbClient, effects: CaseEffects, now: Date): Promise<void> {
    for (const entry of effects.audit) await recordAudit(tx, entry);
    await enqueueNotices(tx, effects.notices.map(queuedCaseNotice), now);
  }

  return {
    wijk: (id) =>
      prisma.wijk.findUnique({ where: { id }, select: { id: true, name: true, municipalityCode: true } }),
    async findProfessionals(text, limit): Promise<PersonRef[]> {
      const trimmed = text.trim().slice(0, 200);
      if (!trimmed) return [];
      return prisma.professional.findMany({
        where: { OR: [{ id: trimmed }, { name: { contains: trimmed, mode: "insensitive" } }] },
        select: personSelect,
        orderBy: [{ active: "desc" }, { name: "asc" }],
        take: limit,
      });
    },
    professional: (id) => prisma.professional.findUnique({ where: { id }, select: personSelect }),
    issueCaseCode: (prefix) => issueCaseCode(prisma, prefix),
    async facts(code): Promise<CaseFacts | null> {
      const row = await prisma.case.findUnique({
        where: { code },
        select: {
          id: true,
          code: true,
          wijkId: true,
          status: true,
          coordinatorId: true,
          regieOfferToId: true,
          regieOfferById: true,
          restrictedAt: true,
          wijk: { select: { name: true, municipalityCode: true } },
          members: { select: { professionalId: true } },
          _count: {
            select: {
              handovers: { where: { status: { in: OPEN_HANDOVER } } },
              consults: { where: { status: { in: ["planning", "scheduled"] } } },
              actionPoints: { where: { doneAt: null } },
            },
          },
        },
      });
      if (!row) return null;
      return {
        id: row.id,
        code: row.code,
        wijkId: row.wijkId,
        wijkName: row.wijk.name,
        municipalityCode: row.wijk.municipalityCode,
        status: row.status === "closed" ? "closed" : "open",
        coordinatorId: row.coordinatorId,
        regieOfferToId: row.regieOfferToId,
        regieOfferById: row.regieOfferById,
        restricted: row.restrictedAt !== null,
        memberIds: row.members.map((m) => m.professionalId),
        open: {
          handovers: row._count.handovers,
          consults: row._count.consults,
          actionPoints: row._count.actionPoints,
        },
      };
    },
    async create(kase, effects) {
      const now = effects.audit[0]?.at ?? new Date();
      await prisma.$transaction(async (tx) => {
        await tx.case.create({
          data: {
            id: kase.id,
            code: kase.code,
            wijkId: kase.wijkId,
            openedOn: dateColumn(kase.openedOn),
            topics: kase.topicIds,
            coordinatorId: kase.regieId,
            members: { create: { professionalId: kase.member.id, role: kase.member.role, addedAt: now } },
          },
        });
        await writeEffects(tx, effects, now);
      });
    },
    async involve(caseId, person, at, effects) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.caseMember.createMany({
          data: [{ caseId, professionalId: person.id, role: person.role, addedAt: at }],
          skipDuplicates: true,
        });
        if (count === 0) return "already";
        await writeEffects(tx, effects, at);
        return "applied";
      });
    },
    async release(caseId, professionalId, effects) {
      const now = effects.audit[0]?.at ?? new Date();
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.caseMember.deleteMany({ where: { caseId, professionalId } });
        if (count === 0) return "absent";
        await writeEffects(tx, effects, now);
        return "applied";
      });
    },
    async actionPoint(id) {
      const row = await prisma.actionPoint.findUnique({
        where: { id },
        select: { id: true, ownerId: true, doneAt: true, case: { select: { code: true } } },
      });
      return row
        ? { id: row.id, ownerId: row.ownerId, caseCode: row.case.code, done: row.doneAt !== null }
        : null;
    },
    async settleActionPoint(id, at, effects) {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.actionPoint.updateMany({
          where: { id, doneAt: null },
          data: { doneAt: at },
        });
        if (count === 0) return "conflict";
        await writeEffects(tx, effects, at);
        return "applied";
      });
    },
    async apply(change, effects) {
      const now = effects.audit[0]?.at ?? new Date();
      const { closedOn, ...set } = change.set;
      try {
        await prisma.$transaction(async (tx) => {
          const { count } = await tx.case.updateMany({
            where: { id: change.caseId, ...change.expect },
            data: {
              ...set,
              ...(closedOn !== undefined
                ? { closedOn: closedOn === null ? null : dateColumn(closedOn) }
                : {}),
            },
          });
          if (count !== 1) throw new Conflict();
          if (change.settleActionPointsAt) {
            await tx.actionPoint.updateMany({
              where: { caseId: change.caseId, doneAt: null },
              data: { doneAt: change.settleActionPointsAt },
            });
          }
          await writeEffects(tx, effects, now);
        });
        return "applied";
      } catch (error) {
        if (error instanceof Conflict) return "conflict";
        throw error;
      }
    },
  };
}
