/**
 * Handovers in PostgreSQL (PGlite or a server). Each write runs in one interactive transaction with
 * its event, audit records and outbox rows (src/features/handover/core/handover.ports.ts). Inside a
 * transaction only `tx` is used: on PGlite anything else waits for the transaction's lock, which
 * waits for it (PLATFORM-NOTES, deadlock trap).
 */

import { type DbClient, recordAudit } from "../../../db/repositories/audit.repository.js";
import { dateColumn } from "../../../db/repositories/dates.js";
import { cancelQueuedForCase, enqueueNotices } from "../../../db/repositories/outbox.repository.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import { issueCaseCode } from "../../cases/db/case-code.js";
import { queuedHandoverNotice } from "../core/handover.notices.js";
import type { Effects, HandoverChange, HandoverStore, NewHandover } from "../core/handover.ports.js";
import { handoverListing, purgeContactDetails } from "./handover-lists.js";
import {
  caseSelect,
  handoverSelect,
  serviceSelect,
  toHandoverCase,
  toHandoverRecords,
  toServiceOption,
} from "./handover-rows.js";

const OPEN = ["requested", "accepted", "contacted"];
/** Rolls a transaction back when a guarded update found the row moved on. */
class Conflict extends Error {}

export function handoverRepository(prisma: PrismaClient): HandoverStore {
  /** Audit records and notices of a change, in its transaction; notices get the topic's names. */
  async function writeEffects(tx: DbClient, effects: Effects, now: Date): Promise<void> {
    for (const entry of effects.audit) await recordAudit(tx, entry);
    const topicIds = [...new Set(effects.notices.map((n) => n.facts.topicId))];
    const topics = await tx.topic.findMany({
      where: { id: { in: topicIds } },
      select: { id: true, nameNl: true, nameEn: true },
    });
    const nameOf = new Map(topics.map((t) => [t.id, { nl: t.nameNl, en: t.nameEn }]));
    const queued = effects.notices.map((n) => queuedHandoverNotice(n, nameOf.get(n.facts.topicId) ?? null));
    await enqueueNotices(tx, queued, now);
  }

  const services = async (where: Prisma.ServiceWhereInput) =>
    (
      await prisma.service.findMany({
        where: { active: true, ...where },
        select: serviceSelect,
        orderBy: { name: "asc" },
      })
    ).map(toServiceOption);

  return {
    async caseByCode(code) {
      const row = await prisma.case.findUnique({ where: { code }, select: caseSelect });
      return row ? toHandoverCase(row) : null;
    },
    async wijken(ids) {
      return prisma.wijk.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
    },
    servicesFor: (topicId, wijkId) =>
      services({ topics: { some: { topicId } }, wijken: { some: { wijkId } } }),
    servicesInWijk: (wijkId) => services({ wijken: { some: { wijkId } } }),
    async service(id) {
      const row = await prisma.service.findUnique({ where: { id }, select: serviceSelect });
      return row ? toServiceOption(row) : null;
    },
    issueCaseCode: (prefix) => issueCaseCode(prisma, prefix),
    async create(handover, effects) {
      const now = handover.requestedAt;
      await prisma.$transaction(async (tx) => {
        if (handover.newCase) {
          const c = handover.newCase;
          await tx.case.create({
            data: {
              id: handover.caseId,
              code: c.code,
              wijkId: c.wijkId,
              openedOn: dateColumn(c.openedOn),
              topics: [c.topicId],
            },
          });
        }
        if (handover.newConsent)
          await tx.consentRecord.create({ data: { ...handover.newConsent, caseId: handover.caseId } });
        await tx.caseMember.createMany({
          data: [
            { caseId: handover.caseId, professionalId: handover.fromId, role: "verwijzer", addedAt: now },
          ],
          skipDuplicates: true,
        });
        await insertHandover(tx, handover);
        await writeEffects(tx, effects, now);
      });
    },
    async byId(id) {
      const row = await prisma.handover.findUnique({ where: { id }, select: handoverSelect });
      return row ? ((await toHandoverRecords(prisma, [row]))[0] ?? null) : null;
    },
    async apply(change, effects) {
      try {
        await prisma.$transaction(async (tx) => {
          await applyChange(tx, change);
          await writeEffects(tx, effects, change.event.at);
        });
        return "applied";
      } catch (error) {
        if (error instanceof Conflict) return "conflict";
        throw error;
      }
    },
    async withdrawConsent(caseId, byId, now, changes, effects) {
      try {
        return await prisma.$transaction(async (tx) => {
          await tx.consentRecord.updateMany({
            where: { caseId, withdrawnAt: null },
            data: { withdrawnAt: now, withdrawnBy: byId },
          });
          for (const change of changes) await applyChange(tx, change);
          const cancelled = await cancelQueuedForCase(tx, caseId);
          await writeEffects(tx, effects, now);
          return cancelled;
        });
      } catch (error) {
        if (error instanceof Conflict) return "conflict";
        throw error;
      }
    },
    async openForCase(caseId) {
      const rows = await prisma.handover.findMany({
        where: { caseId, status: { in: OPEN } },
        select: handoverSelect,
      });
      return toHandoverRecords(prisma, rows);
    },
    mine: (professionalId, limit) => handoverListing(prisma, professionalId, limit),
    async wijkCoordinators(wijkId) {
      const rows = await prisma.professional.findMany({
        where: { active: true, isCoordinator: true, wijken: { some: { wijkId } } },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      return rows.map((r) => r.id);
    },
    async dueForDeadline(now, limit) {
      // A superset by time (the reminder falls on the deadline's day); the policy decides exactly.
      const soon = new Date(now.getTime() + 12 * 3_600_000);
      const rows = await prisma.handover.findMany({
        where: {
          status: { in: ["requested", "accepted"] },
          sendable: true,
          OR: [
            { reminderSentAt: null, escalatedAt: null, deadlineAt: { lte: soon } },
            { escalatedAt: null, deadlineAt: { lt: now } },
          ],
        },
        select: handoverSelect,
        orderBy: { deadlineAt: "asc" },
        take: limit,
      });
      return toHandoverRecords(prisma, rows);
    },
    async markDeadline(id, kind, now, effects) {
      const field = kind === "reminder" ? "reminderSentAt" : "escalatedAt";
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.handover.updateMany({
          where: { id, [field]: null },
          data: { [field]: now },
        });
        if (count === 0) return false;
        await writeEffects(tx, effects, now);
        return true;
      });
    },
    purgeContacts: (endedBefore, now, limit) => purgeContactDetails(prisma, endedBefore, now, limit),
  };
}

async function applyChange(tx: DbClient, change: HandoverChange): Promise<void> {
  const { state } = change;
  const { count } = await tx.handover.updateMany({
    where: { id: change.id, version: change.expectedVersion },
    data: {
      status: state.status,
      acceptedById: state.acceptedById,
      contactAttempts: state.contactAttempts,
      version: state.version,
      ...(change.endedAt ? { endedAt: change.endedAt } : {}),
    },
  });
  if (count === 0) throw new Conflict(`handover ${change.id} moved on`);
  await insertEvent(tx, change.id, change.event);
  if (change.addMember) {
    const row = await tx.handover.findUniqueOrThrow({ where: { id: change.id }, select: { caseId: true } });
    await tx.caseMember.createMany({
      data: [{ caseId: row.caseId, ...change.addMember, addedAt: change.event.at }],
      skipDuplicates: true,
    });
  }
  if (change.successor) await insertHandover(tx, change.successor);
}

async function insertHandover(tx: DbClient, h: NewHandover): Promise<void> {
  await tx.handover.create({
    data: {
      id: h.id,
      caseId: h.caseId,
      fromId: h.fromId,
      toServiceId: h.toServiceId,
      toProfessionalId: h.toProfessionalId,
      topicId: h.topicId,
      status: "requested",
      urgency: h.urgency,
      reason: h.reason,
      contactChannel: h.contactChannel,
      contactBestTime: h.contactBestTime,
      phoneCipher: h.phoneCipher,
      consentId: h.consentId,
      requestedAt: h.requestedAt,
      deadlineAt: h.deadlineAt,
    },
  });
  await insertEvent(tx, h.id, h.event);
}

async function insertEvent(tx: DbClient, handoverId: string, event: NewHandover["event"]): Promise<void> {
  await tx.handoverEvent.create({
    data: {
      handoverId,
      at: event.at,
      type: event.type,
      byId: event.byId,
      note: event.note,
      ...(event.data ? { data: event.data } : {}),
    },
  });
}
