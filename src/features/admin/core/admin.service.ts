/**
 * Administration in chat: link and unlink chat accounts (Slack, Teams), deactivate a professional
 * who leaves, and handle an erasure request for a case. Only administrators; every attempt by
 * anyone else is refused politely and audited. Administrators do not thereby see case data.
 */
import type { Caller } from "../../../core/access/caller.js";
import type { ChatChannel } from "../../../core/access/chat-channel.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditAction, AuditEntry, AuditPort } from "../../audit/core/audit.port.js";
import type { AdminStore, DeactivationReport, ErasureStore, LinkAccount } from "./admin.ports.js";

export type AdminResult =
  | { kind: "refused" }
  | { kind: "unknown-professional"; professionalId: string }
  | { kind: "inactive-professional"; professionalId: string; name: string }
  | { kind: "linked"; account: LinkAccount; professionalId: string; name: string; previous: string | null }
  | { kind: "unlinked"; channel: ChatChannel; externalId: string; count: number }
  | { kind: "deactivated"; professionalId: string; name: string; report: DeactivationReport }
  | { kind: "already-inactive"; professionalId: string; name: string };

export type ErasureResult =
  | { kind: "refused" }
  | { kind: "not-found"; caseCode: string }
  | { kind: "restricted"; caseCode: string; reason: "open-handovers" | "open-case" }
  | { kind: "erased"; caseCode: string };

export interface LinkRequest {
  channel: ChatChannel;
  externalId: string;
  tenant: string | null;
  professionalId: string;
}

export class AdminService {
  constructor(
    private readonly deps: {
      store: AdminStore;
      erasure: ErasureStore;
      audit: AuditPort;
      clock: Clock;
      notifier?: Notifier;
    },
  ) {}

  async link(caller: Caller, request: LinkRequest): Promise<AdminResult> {
    const account: LinkAccount = {
      channel: request.channel,
      tenant: request.tenant ?? "",
      externalId: request.externalId,
    };
    const entry = this.entry(caller, "admin.link", "create", { subject: accountSubject(account) });
    if (!caller.actor.isAdmin) return this.refuse(entry);
    const person = await this.deps.store.professional(request.professionalId);
    if (!person) return { kind: "unknown-professional", professionalId: request.professionalId };
    if (!person.active)
      return { kind: "inactive-professional", professionalId: person.id, name: person.name };
    const { previous } = await this.deps.store.link(account, person.id, {
      ...entry,
      detail: { professionalId: person.id },
    });
    return { kind: "linked", account, professionalId: person.id, name: person.name, previous };
  }

  async unlink(caller: Caller, request: Omit<LinkRequest, "professionalId">): Promise<AdminResult> {
    const account = { channel: request.channel, tenant: request.tenant, externalId: request.externalId };
    const subject = accountSubject({ ...account, tenant: account.tenant ?? "*" });
    const entry = this.entry(caller, "admin.unlink", "delete", { subject });
    if (!caller.actor.isAdmin) return this.refuse(entry);
    const count = await this.deps.store.unlink(account, entry);
    return { kind: "unlinked", channel: request.channel, externalId: request.externalId, count };
  }

  async deactivate(caller: Caller, professionalId: string): Promise<AdminResult> {
    const entry = this.entry(caller, "admin.deactivate", "update", {
      subject: `professional:${professionalId}`.slice(0, 200),
    });
    if (!caller.actor.isAdmin) return this.refuse(entry);
    const person = await this.deps.store.professional(professionalId);
    if (!person) return { kind: "unknown-professional", professionalId };
    if (!person.active) return { kind: "already-inactive", professionalId, name: person.name };
    const report = await this.deps.store.deactivate(person.id, entry);
    if (report.coordinatorsTold > 0) this.deps.notifier?.queued();
    return { kind: "deactivated", professionalId: person.id, name: person.name, report };
  }

  /**
   * An erasure request (AVG art. 17). The audit trail is never erased (kept five years); a case
   * with open handovers or still open is restricted, because care and its record go on; a closed
   * case loses its personal fields now and the pseudonymous rest is restricted.
   */
  async erase(caller: Caller, caseCode: string): Promise<ErasureResult> {
    const entry = this.entry(caller, "case.erase", "delete", { caseCode });
    if (!caller.actor.isAdmin) {
      await this.deps.audit.record({ ...entry, authorised: false });
      return { kind: "refused" };
    }
    const facts = await this.deps.erasure.caseForErasure(caseCode);
    if (!facts) return { kind: "not-found", caseCode };
    const now = entry.at;
    const withCase = { ...entry, caseId: facts.id };
    if (facts.openHandovers > 0 || facts.status !== "closed") {
      const reason = facts.openHandovers > 0 ? "open-handovers" : "open-case";
      await this.deps.erasure.restrict(facts.id, now, {
        ...withCase,
        action: "update",
        detail: { outcome: "restricted", ground: reason },
      });
      return { kind: "restricted", caseCode, reason };
    }
    await this.deps.erasure.eraseAndRestrict(facts.id, now, {
      ...withCase,
      detail: { outcome: "erased" },
    });
    return { kind: "erased", caseCode };
  }

  private entry(caller: Caller, event: string, action: AuditAction, extra: Partial<AuditEntry>): AuditEntry {
    return {
      event,
      action,
      at: this.deps.clock.now(),
      actorId: caller.actor.professionalId,
      channel: caller.channel,
      authorised: true,
      ...extra,
    };
  }

  private async refuse(entry: AuditEntry): Promise<AdminResult> {
    await this.deps.audit.record({ ...entry, authorised: false });
    return { kind: "refused" };
  }
}

function accountSubject(account: { channel: string; tenant: string; externalId: string }): string {
  return `chat:${account.channel}:${account.tenant}:${account.externalId}`.slice(0, 200);
}
