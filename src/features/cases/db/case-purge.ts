/**
 * Removes the personal fields of cases: what retention does after the period and what an
 * erasure request does at once. The pseudonymous skeleton (code, wijk, dates, states, who was
 * involved) stays: the audit trail, kept five years, refers to it. Run inside a transaction.
 */
import type { DbClient } from "../../../db/repositories/audit.repository.js";

export interface PurgeCounts {
  cases: number;
  relatives: number;
  handovers: number;
}

export async function purgeCasePersonalFields(
  tx: DbClient,
  caseIds: string[],
  now: Date,
): Promise<PurgeCounts> {
  if (caseIds.length === 0) return { cases: 0, relatives: 0, handovers: 0 };
  const inCases = { caseId: { in: caseIds } };
  const cases = await tx.case.updateMany({
    where: { id: { in: caseIds } },
    data: { summary: null, purgedAt: now },
  });
  const relatives = await tx.caseRelative.deleteMany({ where: inCases });
  // The handover's reason and notes are free text about the citizen; the contact details too.
  const handovers = await tx.handover.updateMany({
    where: inCases,
    data: { reason: "", phoneCipher: null, contactBestTime: null, purgedAt: now },
  });
  await tx.handoverEvent.updateMany({ where: { handover: inCases }, data: { note: null } });
  await tx.consult.updateMany({ where: inCases, data: { outcome: null, location: null } });
  await tx.consultAgendaItem.updateMany({ where: { consult: inCases }, data: { text: "" } });
  await tx.consultParticipant.updateMany({
    where: { consult: inCases, relativeLabel: { not: null } },
    data: { relativeLabel: "" },
  });
  await tx.actionPoint.updateMany({ where: inCases, data: { text: "" } });
  return { cases: cases.count, relatives: relatives.count, handovers: handovers.count };
}
