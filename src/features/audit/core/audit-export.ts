/**
 * A case's audit trail as a file for the citizen (AVG art. 15): who looked at or changed the
 * case, when, through which channel, and on what basis. Records hold ids and codes only.
 */
import type { AuditRow } from "./audit-log.ports.js";

const COLUMNS = [
  "at",
  "event",
  "action",
  "actorId",
  "onBehalfOfId",
  "channel",
  "caseCode",
  "subject",
  "authorised",
  "consentBasis",
] as const;

function plain(row: AuditRow): Record<(typeof COLUMNS)[number], string | boolean | null> {
  return {
    at: row.at.toISOString(),
    event: row.event,
    action: row.action,
    actorId: row.actorId,
    onBehalfOfId: row.onBehalfOfId,
    channel: row.channel,
    caseCode: row.caseCode,
    subject: row.subject,
    authorised: row.authorised,
    consentBasis: row.consentBasis,
  };
}

export function toJson(caseCode: string, rows: AuditRow[], exportedAt: Date): string {
  const document = {
    format: "wijkbot-audit-export/1",
    caseCode,
    exportedAt: exportedAt.toISOString(),
    records: rows.map(plain),
  };
  return JSON.stringify(document, null, 2);
}

/** RFC 4180: every field quoted, quotes doubled; a leading =+-@ is defused for spreadsheets. */
export function toCsv(rows: AuditRow[]): string {
  const cell = (value: string | boolean | null) => {
    const text = value === null ? "" : String(value);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  const lines = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => cell(plain(row)[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
