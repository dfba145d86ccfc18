/** What administration needs from storage. Each change writes its audit record in its own transaction. */
import type { ChatChannel } from "../../../core/access/chat-channel.js";
import type { AuditEntry } from "../../audit/core/audit.port.js";

export interface ProfessionalRef {
  id: string;
  name: string;
  active: boolean;
}

export interface LinkAccount {
  channel: ChatChannel;
  /** Slack team id or Teams tenant id; "" = any. */
  tenant: string;
  externalId: string;
}

export interface DeactivationReport {
  /** Open handovers taken back from the leaver and returned to their service. */
  handovers: number;
  /** Open action points handed to the case coordinator. */
  actionPoints: number;
  /** Open action points of cases without another coordinator: still the leaver's, flagged. */
  actionPointsWithoutOwner: number;
  /** Wijk coordinators told through the outbox. */
  coordinatorsTold: number;
}

export interface AdminStore {
  professional(id: string): Promise<ProfessionalRef | null>;
  /** Links (or relinks) the account; returns who it was linked to before, if anyone. */
  link(account: LinkAccount, professionalId: string, audit: AuditEntry): Promise<{ previous: string | null }>;
  /** Tenant null removes the account in every workspace or tenant. Returns how many links went. */
  unlink(
    account: Omit<LinkAccount, "tenant"> & { tenant: string | null },
    audit: AuditEntry,
  ): Promise<number>;
  /**
   * In one transaction: the professional inactive, their open handovers back to the service,
   * their open action points to the case coordinator, the wijk coordinators told (outbox), and
   * the audit record (its detail gets the counts).
   */
  deactivate(professionalId: string, audit: AuditEntry): Promise<DeactivationReport>;
}

export interface ErasureFacts {
  id: string;
  code: string;
  status: string;
  openHandovers: number;
  restricted: boolean;
}

export interface ErasureStore {
  caseForErasure(code: string): Promise<ErasureFacts | null>;
  /** Restricts the case (kept for the retention duty, readable only by its coordinator). */
  restrict(caseId: string, now: Date, audit: AuditEntry): Promise<void>;
  /** Removes the personal fields now and restricts the pseudonymous rest. */
  eraseAndRestrict(caseId: string, now: Date, audit: AuditEntry): Promise<void>;
}
