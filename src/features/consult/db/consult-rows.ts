/** Reading consults: the named select and its mapping to the core's ConsultRecord. */

import type { DbClient } from "../../../db/repositories/audit.repository.js";
import type { Prisma } from "../../../generated/prisma/client.js";
import type { ConsultRecord } from "../core/consult.ports.js";
import { CONSULT_STATUSES, type ConsultStatus } from "../core/consult.state.js";
import type { VoteAnswer } from "../core/vote.policy.js";

export const consultSelect = {
  id: true,
  caseId: true,
  status: true,
  organizerId: true,
  start: true,
  durationMinutes: true,
  location: true,
  icsUid: true,
  icsSequence: true,
  outcome: true,
  remindedAt: true,
  case: {
    select: {
      code: true,
      wijkId: true,
      coordinatorId: true,
      restrictedAt: true,
      wijk: { select: { municipalityCode: true } },
      members: { select: { professionalId: true } },
    },
  },
  participants: {
    select: {
      id: true,
      professionalId: true,
      relativeLabel: true,
      role: true,
      required: true,
      attended: true,
    },
    orderBy: { id: "asc" },
  },
  slots: {
    select: { id: true, start: true, end: true, votes: { select: { participantId: true, answer: true } } },
    orderBy: { start: "asc" },
  },
  agenda: { select: { position: true, text: true, addedById: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ConsultSelect;

type ConsultRow = Prisma.ConsultGetPayload<{ select: typeof consultSelect }>;

const personSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  role: true,
} satisfies Prisma.ProfessionalSelect;

export async function loadConsults(client: DbClient, where: Prisma.ConsultWhereInput, take?: number) {
  const rows = await client.consult.findMany({
    where,
    select: consultSelect,
    orderBy: { start: "asc" },
    ...(take ? { take } : {}),
  });
  const ids = [
    ...new Set(
      rows.flatMap((r) => r.participants.flatMap((p) => (p.professionalId ? [p.professionalId] : []))),
    ),
  ];
  const people = await client.professional.findMany({ where: { id: { in: ids } }, select: personSelect });
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((row) => toRecord(row, byId));
}

function toRecord(
  row: ConsultRow,
  people: Map<string, { name: string; email: string | null; locale: string | null; role: string }>,
): ConsultRecord {
  const professionalOf = new Map(row.participants.map((p) => [p.id, p.professionalId]));
  return {
    id: row.id,
    caseId: row.caseId,
    caseCode: row.case.code,
    access: {
      wijkId: row.case.wijkId,
      municipalityCode: row.case.wijk.municipalityCode,
      coordinatorId: row.case.coordinatorId,
      memberIds: row.case.members.map((m) => m.professionalId),
      restricted: row.case.restrictedAt !== null,
    },
    status: statusOf(row.status),
    organizerId: row.organizerId,
    start: row.start,
    durationMinutes: row.durationMinutes,
    location: row.location,
    icsUid: row.icsUid,
    icsSequence: row.icsSequence,
    outcome: row.outcome,
    remindedAt: row.remindedAt,
    participants: row.participants.map((p) => {
      const person = p.professionalId ? people.get(p.professionalId) : undefined;
      return {
        id: p.id,
        professionalId: p.professionalId,
        name: person?.name ?? null,
        email: person?.email ?? null,
        locale: person?.locale === "en" || person?.locale === "nl" ? person.locale : null,
        relativeLabel: p.relativeLabel,
        // Imported consults may name no role: the directory role then.
        role: p.role ?? person?.role ?? null,
        required: p.required,
        attended: p.attended,
      };
    }),
    slots: row.slots.map((s) => ({ id: s.id, start: s.start, end: s.end })),
    votes: row.slots.flatMap((s) =>
      s.votes.flatMap((v) => {
        const professionalId = professionalOf.get(v.participantId);
        return professionalId
          ? [{ slotId: s.id, participantId: professionalId, answer: v.answer as VoteAnswer }]
          : [];
      }),
    ),
    agenda: row.agenda.map((a) => ({ position: a.position, text: a.text, addedById: a.addedById })),
  };
}

function statusOf(value: string): ConsultStatus {
  if ((CONSULT_STATUSES as readonly string[]).includes(value)) return value as ConsultStatus;
  throw new Error(`unknown consult status ${value}`);
}
