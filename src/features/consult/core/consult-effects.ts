/**
 * Shared pieces of the consult use cases: loading a consult for an actor (with the case access
 * check and its audit record) and the store that tells the notifier. A consult
 * that exists but belongs to a case the actor may not see answers exactly like one that does not
 * exist.
 */
import type { Caller } from "../../../core/access/caller.js";
import { type CaseAccessBasis, caseAccess } from "../../../core/access/case-access.policy.js";
import type { HolidayOptions } from "../../../core/calendar/holidays.js";
import { AppError } from "../../../core/shared/app-error.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditAction, AuditEntry, AuditPort } from "../../audit/core/audit.port.js";
import type { ConsultRecord, ConsultStore, Effects } from "./consult.ports.js";
import type { ConsultState } from "./consult.state.js";

export interface ConsultDeps {
  store: ConsultStore;
  audit: AuditPort;
  clock: Clock;
  /** Told after a commit that queued notices, so delivery starts at once. */
  notifier?: Notifier;
  holidays?: HolidayOptions;
}

/** The store, kicking the notifier after every write that queued notices (never inside it). */
export function kickingStore(store: ConsultStore, notifier: Notifier | undefined): ConsultStore {
  if (!notifier) return store;
  const kick = <T>(result: T, effects: Effects): T => {
    if (effects.notices.length > 0) notifier.queued();
    return result;
  };
  return {
    ...store,
    create: async (consult, effects) => {
      let queued: Effects = { audit: [], notices: [] };
      const id = await store.create(consult, (consultId) => {
        queued = effects(consultId);
        return queued;
      });
      return kick(id, queued);
    },
    saveVote: async (id, vote, effects) => kick(await store.saveVote(id, vote, effects), effects),
    transition: async (id, guard, change, effects) =>
      kick(await store.transition(id, guard, change, effects), effects),
    editParticipants: async (id, change, effects) =>
      kick(await store.editParticipants(id, change, effects), effects),
    addAgendaItem: async (id, item, effects) => kick(await store.addAgendaItem(id, item, effects), effects),
    recordOutcome: async (id, guard, record, effects) =>
      kick(await store.recordOutcome(id, guard, record, effects), effects),
  };
}

export function consultNotFound(id: string): AppError {
  return new AppError("CONSULT_NOT_FOUND", `consult ${id} not found or not accessible`, {
    userMessageKey: "consult.not-found",
  });
}

export function auditEntry(
  caller: Caller,
  consult: Pick<ConsultRecord, "id" | "caseId" | "caseCode">,
  event: string,
  action: AuditAction,
  now: Date,
  detail: AuditEntry["detail"] = {},
): AuditEntry {
  return {
    event,
    action,
    at: now,
    actorId: caller.actor.professionalId,
    channel: caller.channel,
    caseId: consult.caseId,
    caseCode: consult.caseCode,
    subject: `consult:${consult.id}`,
    authorised: true,
    detail,
  };
}

/**
 * The consult, when the actor may see its case; refused and unknown reads are audited as such and
 * throw. `event` names the use case ("consult.vote"); reads are recorded here, changes by the
 * caller in the transaction of the change.
 */
export async function loadForActor(
  deps: ConsultDeps,
  caller: Caller,
  consultId: string,
  event: string,
  action: AuditAction,
): Promise<{ consult: ConsultRecord; basis: CaseAccessBasis; now: Date }> {
  const now = deps.clock.now();
  const consult = /^[\w#-]{1,80}$/.test(consultId) ? await deps.store.byId(consultId) : null;
  const basis = consult ? caseAccess(caller.actor, consult.access) : null;
  if (!consult || !basis) {
    await deps.audit.record({
      event,
      action,
      at: now,
      actorId: caller.actor.professionalId,
      channel: caller.channel,
      caseId: consult?.caseId ?? null,
      caseCode: consult?.caseCode ?? null,
      subject: `consult:${consultId.slice(0, 80)}`,
      authorised: false,
      detail: { found: consult !== null },
    });
    throw consultNotFound(consultId.slice(0, 80));
  }
  if (action === "read" || action === "export") {
    await deps.audit.record(auditEntry(caller, consult, event, action, now, { basis }));
  }
  return { consult, basis, now };
}

export function stateOf(consult: ConsultRecord): ConsultState {
  return {
    status: consult.status,
    organizerId: consult.organizerId,
    start: consult.start,
    durationMinutes: consult.durationMinutes,
    icsSequence: consult.icsSequence,
    remindedAt: consult.remindedAt,
  };
}

/** The professional participants' ids (relatives have none). */
export function professionalIds(consult: ConsultRecord): string[] {
  return consult.participants.flatMap((p) => (p.professionalId ? [p.professionalId] : []));
}

export function hasRelatives(consult: ConsultRecord): boolean {
  return consult.participants.some((p) => p.relativeLabel !== null);
}
