import { AppError } from "../../core/shared/app-error.js";
import type { AuditDetail, AuditEntry, AuditPort } from "../../features/audit/core/audit.port.js";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

/** The Prisma client itself, or the `tx` of an interactive transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

// Detail keys that would smuggle personal data into a log kept for five years or more. Matched
// by camelCase word, so "context" or "textLength"-like counts are not caught by accident.
const PERSONAL_KEYS =
  /[pP]hone|^name$|Name$|[rR]eason|[nN]ote|[sS]ummary|[eE]mail|[aA]ddress|[bB]irth|bsn|BSN|^text$|Text$/;

/**
 * Appends audit records. Pass the transaction client to record in the same transaction as the
 * change: if the change rolls back, so does its record. The table refuses updates and early
 * deletes by trigger (see the init migration); this code only ever inserts.
 */
export function auditRepository(client: DbClient): AuditPort {
  return { record: (entry) => recordAudit(client, entry) };
}

export async function recordAudit(client: DbClient, entry: AuditEntry): Promise<void> {
  if (entry.detail) assertNoPersonalData(entry.detail);
  await client.auditRecord.create({
    data: {
      at: entry.at,
      event: entry.event,
      action: entry.action,
      actorId: entry.actorId,
      onBehalfOfId: entry.onBehalfOfId ?? null,
      channel: entry.channel,
      caseId: entry.caseId ?? null,
      caseCode: entry.caseCode ?? null,
      subject: entry.subject ?? null,
      authorised: entry.authorised,
      consentBasis: entry.consentBasis ?? null,
      ...(entry.detail ? { detail: entry.detail } : {}),
    },
  });
}

function assertNoPersonalData(detail: AuditDetail): void {
  const bad = Object.keys(detail).filter((key) => PERSONAL_KEYS.test(key));
  if (bad.length > 0) {
    throw new AppError("INTERNAL", `audit detail must not hold personal data (keys: ${bad.join(", ")})`);
  }
}
