/**
 * Administrators read the audit trail ("audit WYC-014", "audit p-anouk-peeters", by period) and
 * export a case's trail for a citizen's access request (AVG art. 15). Reading the log is itself
 * logged, and so is every refused attempt.
 */
import type { Caller } from "../../../core/access/caller.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { AuditEntry, AuditPort } from "./audit.port.js";
import { toCsv, toJson } from "./audit-export.js";
import type { AuditFilter, AuditReader, AuditRow, PeopleFinder, PersonRef } from "./audit-log.ports.js";
import { readAuditPeriod } from "./audit-period.js";

export const AUDIT_QUERY_LIMIT = 50;

export interface AuditQuery {
  caseCode: string | null;
  professionalText: string | null;
  from: string | null;
  to: string | null;
}

export type AuditQueryResult =
  | { kind: "refused" }
  | { kind: "needs-filter" }
  | { kind: "bad-date"; text: string }
  | { kind: "unknown-person"; text: string }
  | { kind: "ambiguous-person"; text: string; candidates: PersonRef[] }
  | { kind: "records"; filter: AuditFilter; person: PersonRef | null; records: AuditRow[]; limit: number };

export type AuditExportResult =
  | { kind: "refused" }
  | { kind: "needs-case" }
  | { kind: "export"; caseCode: string; format: "json" | "csv"; content: string; count: number };

export class AuditLogService {
  constructor(
    private readonly deps: { reader: AuditReader; people: PeopleFinder; audit: AuditPort; clock: Clock },
  ) {}

  async query({ actor, channel }: Caller, query: AuditQuery): Promise<AuditQueryResult> {
    const now = this.deps.clock.now();
    const entry = (authorised: boolean, extra: Partial<AuditEntry> = {}): AuditEntry => ({
      event: "audit.query",
      action: "read",
      at: now,
      actorId: actor.professionalId,
      channel,
      caseCode: query.caseCode,
      authorised,
      ...extra,
    });
    if (!actor.isAdmin) {
      await this.deps.audit.record(entry(false));
      return { kind: "refused" };
    }
    if (!query.caseCode && !query.professionalText && !query.from && !query.to)
      return { kind: "needs-filter" };
    const period = readAuditPeriod(query.from, query.to, now);
    if (period.kind === "bad") return { kind: "bad-date", text: period.text };
    let person: PersonRef | null = null;
    if (query.professionalText) {
      const found = await this.person(query.professionalText);
      if (found.kind !== "one") return found.result;
      person = found.person;
    }
    const filter: AuditFilter = {
      caseCode: query.caseCode,
      professionalId: person?.id ?? null,
      ...period.period,
    };
    const records = await this.deps.reader.find(filter, AUDIT_QUERY_LIMIT);
    await this.deps.audit.record(
      entry(true, {
        subject: person ? `professional:${person.id}` : null,
        detail: {
          count: records.length,
          from: filter.from?.toISOString() ?? null,
          to: filter.to?.toISOString() ?? null,
        },
      }),
    );
    return { kind: "records", filter, person, records, limit: AUDIT_QUERY_LIMIT };
  }

  /** The whole trail of one case, for the citizen's access request; logged as an export. */
  async export(
    { actor, channel }: Caller,
    caseCode: string | null,
    format: "json" | "csv",
  ): Promise<AuditExportResult> {
    const now = this.deps.clock.now();
    if (!actor.isAdmin) {
      await this.deps.audit.record({
        event: "audit.export",
        action: "export",
        at: now,
        actorId: actor.professionalId,
        channel,
        caseCode,
        authorised: false,
      });
      return { kind: "refused" };
    }
    if (!caseCode) return { kind: "needs-case" };
    const rows = await this.deps.reader.trailOfCase(caseCode);
    await this.deps.audit.record({
      event: "audit.export",
      action: "export",
      at: now,
      actorId: actor.professionalId,
      channel,
      caseCode,
      authorised: true,
      detail: { count: rows.length, format },
    });
    const content = format === "csv" ? toCsv(rows) : toJson(caseCode, rows, now);
    return { kind: "export", caseCode, format, content, count: rows.length };
  }

  private async person(
    text: string,
  ): Promise<{ kind: "one"; person: PersonRef } | { kind: "not"; result: AuditQueryResult }> {
    const found = await this.deps.people.findProfessionals(text, 6);
    const exact = found.find((p) => p.id === text);
    if (exact) return { kind: "one", person: exact };
    if (found.length === 1) return { kind: "one", person: found[0]! };
    if (found.length === 0) return { kind: "not", result: { kind: "unknown-person", text } };
    return { kind: "not", result: { kind: "ambiguous-person", text, candidates: found.slice(0, 5) } };
  }
}
