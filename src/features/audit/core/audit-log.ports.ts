/** What the audit log's query and export read: records as stored, and people by id or name. */
import type { AuditAction } from "./audit.port.js";

export interface AuditRow {
  id: string;
  at: Date;
  event: string;
  action: AuditAction | string;
  actorId: string | null;
  onBehalfOfId: string | null;
  channel: string;
  caseCode: string | null;
  subject: string | null;
  authorised: boolean;
  consentBasis: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditFilter {
  caseCode: string | null;
  /** Records by this professional as actor or on whose behalf they acted. */
  professionalId: string | null;
  from: Date | null;
  to: Date | null;
}

export interface AuditReader {
  /** Newest first, at most `limit`. */
  find(filter: AuditFilter, limit: number): Promise<AuditRow[]>;
  /** Oldest first, every record (an access request gets the whole trail). */
  trailOfCase(caseCode: string): Promise<AuditRow[]>;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface PeopleFinder {
  /** Professionals (active or not) whose id equals, or whose name contains, the text. */
  findProfessionals(text: string, limit: number): Promise<PersonRef[]>;
}
