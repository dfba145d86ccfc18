/**
 * Directory changes made in chat. Each one, in one transaction: the new value, a version row
 * (DirectoryEdit: old and new value, who, when, which channel), the field marked as edited in chat
 * (DirectoryFieldSource, so that an import keeps it; see src/db/social-map/chat-edits.ts) and an
 * audit record with ids only.
 */

import { recordAudit } from "../../../db/repositories/audit.repository.js";
import { dateColumn, isoDate } from "../../../db/repositories/dates.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { AbsenceStore } from "../core/absence.ports.js";
import type { AbsenceValue, DirectoryEditRecord } from "../core/directory-edit.model.js";

type Tx = Prisma.TransactionClient;

/** Writes the version, the field's source and the audit record of one chat edit. */
export async function recordChatEdit(tx: Tx, edit: DirectoryEditRecord, at: Date): Promise<void> {
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  const row = await tx.directoryEdit.create({
    data: { ...edit, value: json(edit.value), previous: json(edit.previous), at },
  });
  const key = { entity: edit.entity, entityId: edit.entityId, field: edit.field };
  const source = { value: json(edit.value), editId: row.id, at, byId: edit.byId };
  await tx.directoryFieldSource.upsert({
    where: { entity_entityId_field: key },
    create: { ...key, ...source },
    update: source,
  });
  await recordAudit(tx, {
    event: `directory.edit.${edit.entity}`,
    action: "update",
    at,
    actorId: edit.byId,
    channel: edit.channel,
    subject: `${edit.entity}:${edit.entityId}`,
    authorised: true,
    detail: { field: edit.field, version: row.id },
  });
}

function absenceOf(row: {
  absenceFrom: Date | null;
  absenceTo: Date | null;
  deputyId: string | null;
}): AbsenceValue | null {
  return row.absenceFrom && row.absenceTo
    ? { from: isoDate(row.absenceFrom), to: isoDate(row.absenceTo), deputy: row.deputyId }
    : null;
}

const absenceSelect = { absenceFrom: true, absenceTo: true, deputyId: true } as const;

export function absenceRepository(prisma: PrismaClient): AbsenceStore {
  return {
    async peopleNamed(text) {
      const select = { id: true, name: true } as const;
      const exact = await prisma.professional.findMany({
        where: { active: true, name: { equals: text.trim(), mode: "insensitive" } },
        select,
      });
      if (exact.length > 0) return exact;
      return prisma.professional.findMany({
        where: { active: true, name: { contains: text.trim(), mode: "insensitive" } },
        select,
        orderBy: { name: "asc" },
        take: 6,
      });
    },

    async absenceOf(professionalId) {
      const row = await prisma.professional.findUnique({
        where: { id: professionalId },
        select: absenceSelect,
      });
      return row ? absenceOf(row) : null;
    },

    async setAbsence(change) {
      await prisma.$transaction(async (tx) => {
        const before = await tx.professional.findUniqueOrThrow({
          where: { id: change.professionalId },
          select: absenceSelect,
        });
        const absence = change.absence;
        await tx.professional.update({
          where: { id: change.professionalId },
          data: {
            absenceFrom: absence ? dateColumn(absence.from) : null,
            absenceTo: absence ? dateColumn(absence.to) : null,
            deputyId: absence?.deputy ?? null,
          },
        });
        const edit = { entity: "professional", entityId: change.professionalId, field: "absence" } as const;
        await recordChatEdit(
          tx,
          {
            ...edit,
            value: absence,
            previous: absenceOf(before),
            byId: change.byId,
            channel: change.channel,
          },
          change.at,
        );
      });
    },
  };
}
