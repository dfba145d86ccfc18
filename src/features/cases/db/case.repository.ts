/** Cases as the case roster and the access policy read them. */

import { chatIdsOf } from "../../../core/access/chat-channel.js";
import { isoDate } from "../../../db/repositories/dates.js";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { CaseListItem, CasePerson, CaseReader } from "../core/case.ports.js";

const OPEN_HANDOVER = ["requested", "accepted", "contacted"];

const personSelect = {
  id: true,
  name: true,
  role: true,
  identities: { select: { channel: true, externalId: true } },
} satisfies Prisma.ProfessionalSelect;

type PersonRow = Prisma.ProfessionalGetPayload<{ select: typeof personSelect }>;

function toPerson(row: PersonRow, role?: string): CasePerson {
  return {
    id: row.id,
    name: row.name,
    role: role ?? row.role,
    chatIds: chatIdsOf(row.identities),
  };
}

export function caseRepository(prisma: PrismaClient): CaseReader {
  return {
    async byCode(code, now) {
      const row = await prisma.case.findUnique({
        where: { code },
        select: {
          id: true,
          code: true,
          wijkId: true,
          status: true,
          openedOn: true,
          topics: true,
          coordinatorId: true,
          regieOfferToId: true,
          outcome: true,
          restrictedAt: true,
          wijk: { select: { name: true, municipalityCode: true } },
          members: {
            select: { role: true, professional: { select: personSelect } },
            orderBy: { addedAt: "asc" },
          },
          relatives: { select: { label: true } },
          handovers: {
            where: { status: { in: OPEN_HANDOVER } },
            select: {
              id: true,
              topicId: true,
              status: true,
              requestedAt: true,
              toService: { select: { name: true } },
            },
            orderBy: { requestedAt: "asc" },
          },
          consults: {
            where: {
              status: { in: ["planning", "scheduled"] },
              OR: [{ start: null }, { start: { gte: now } }],
            },
            select: { id: true, start: true, status: true },
            orderBy: { start: "asc" },
          },
        },
      });
      if (!row) return null;
      const coordinator = row.coordinatorId
        ? await prisma.professional.findUnique({ where: { id: row.coordinatorId }, select: personSelect })
        : null;
      return {
        id: row.id,
        code: row.code,
        wijkId: row.wijkId,
        wijkName: row.wijk.name,
        municipalityCode: row.wijk.municipalityCode,
        status: row.status,
        openedOn: isoDate(row.openedOn),
        outcome: row.outcome,
        regieOfferToId: row.regieOfferToId,
        topicIds: row.topics,
        coordinatorId: row.coordinatorId,
        restricted: row.restrictedAt !== null,
        coordinator: coordinator ? toPerson(coordinator) : null,
        members: row.members.map((m) => toPerson(m.professional, m.role)),
        memberIds: row.members.map((m) => m.professional.id),
        relativeLabels: row.relatives.map((r) => r.label),
        openHandovers: row.handovers.map((h) => ({
          id: h.id,
          topicId: h.topicId,
          serviceName: h.toService.name,
          status: h.status,
          requestedAt: h.requestedAt,
        })),
        upcomingConsults: row.consults,
      };
    },

    async mine(professionalId, limit): Promise<CaseListItem[]> {
      const rows = await prisma.case.findMany({
        where: {
          OR: [{ coordinatorId: professionalId }, { members: { some: { professionalId } } }],
          restrictedAt: null,
        },
        select: {
          code: true,
          status: true,
          coordinatorId: true,
          wijk: { select: { name: true } },
          members: { where: { professionalId }, select: { role: true } },
          _count: { select: { handovers: { where: { status: { in: OPEN_HANDOVER } } } } },
        },
        orderBy: [{ status: "desc" }, { code: "asc" }],
        take: limit,
      });
      return rows.map((r) => ({
        code: r.code,
        wijkName: r.wijk.name,
        status: r.status,
        role: r.members[0]?.role ?? (r.coordinatorId === professionalId ? "regie" : null),
        openHandovers: r._count.handovers,
      }));
    },
  };
}
