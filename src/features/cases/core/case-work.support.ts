/**
 * What the services that change cases share: finding the case the way "casus X" does (a case that
 * is not yours is answered like one that does not exist), checking the right to change it, naming
 * a colleague from what was typed, and the notices and audit records every change writes.
 */
import type { Caller } from "../../../core/access/caller.js";
import { caseAccess } from "../../../core/access/case-access.policy.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditAction, AuditEntry, AuditPort } from "../../audit/core/audit.port.js";
import { caseNotFound } from "./case.service.js";
import { manageBasis } from "./case-rights.policy.js";
import type {
  CaseFacts,
  CaseNoticeDraft,
  CaseNoticeEvent,
  CaseOutcome,
  PersonRef,
} from "./case-work.model.js";
import type { CaseWorkStore } from "./case-work.ports.js";
import type { CaseWorkResult, PersonProblem } from "./case-work.result.js";

export interface CaseWorkDeps {
  store: CaseWorkStore;
  audit: AuditPort;
  clock: Clock;
  /** Kicked after a change that queued notices has committed. */
  notifier: Notifier;
}

/** The case for a change by `caller`; refused reads are audited and answered as "not found". */
export async function caseToChange(deps: CaseWorkDeps, caller: Caller, code: string, event: string) {
  const facts = await deps.store.facts(code);
  const basis = facts ? caseAccess(caller.actor, facts) : null;
  if (!facts || !basis) {
    await deps.audit.record({
      ...auditOf(caller, event, "update", deps.clock.now(), facts, code),
      authorised: false,
      detail: { found: facts !== null },
    });
    throw caseNotFound(code);
  }
  return { facts, manage: manageBasis(caller.actor, facts) };
}

/** The audit record of a change to a case, authorised unless said otherwise. */
export function auditOf(
  caller: Caller,
  event: string,
  action: AuditAction,
  at: Date,
  facts: Pick<CaseFacts, "id"> | null,
  code: string,
  subject: string | null = null,
): AuditEntry {
  return {
    event,
    action,
    at,
    actorId: caller.actor.professionalId,
    channel: caller.channel,
    caseId: facts?.id ?? null,
    caseCode: code,
    subject,
    authorised: true,
  };
}

/** One colleague from what was typed: a directory id, or a part of the name that fits one person. */
export async function resolvePerson(
  store: CaseWorkStore,
  text: string,
  options: { inactiveToo?: boolean } = {},
): Promise<{ person: PersonRef } | PersonProblem> {
  const found = await store.findProfessionals(text, 6);
  const person = found.find((p) => p.id === text) ?? (found.length === 1 ? found[0] : undefined);
  if (person) return person.active || options.inactiveToo ? { person } : { kind: "inactive-person", person };
  if (found.length === 0) return { kind: "unknown-person", text };
  return { kind: "ambiguous-person", text, candidates: found.slice(0, 5) };
}

/** Notices of one change: keyed by the change, so a retried command queues each once. */
export function noticesOf(
  facts: Pick<CaseFacts, "id" | "code" | "wijkName">,
  event: CaseNoticeEvent,
  recipients: readonly string[],
  by: { id: string; name: string },
  change: string,
  extra: { otherName?: string | null; outcome?: CaseOutcome | null } = {},
): CaseNoticeDraft[] {
  return [...new Set(recipients)]
    .filter((id) => id !== by.id)
    .map((recipientId) => ({
      recipientId,
      event,
      caseId: facts.id,
      idempotencyKey: `case:${facts.id}:${change}:${event}:${recipientId}`,
      facts: {
        caseCode: facts.code,
        wijkName: facts.wijkName,
        byName: by.name,
        otherName: extra.otherName ?? null,
        outcome: extra.outcome ?? null,
      },
    }));
}

export function actorRef(caller: Caller): { id: string; name: string } {
  return { id: caller.actor.professionalId, name: caller.actor.name };
}

/** A colleague who may see the case but not change it is told who can: its regiehouder. */
export async function notAllowed(deps: CaseWorkDeps, facts: CaseFacts): Promise<CaseWorkResult> {
  const regie = facts.coordinatorId ? await deps.store.professional(facts.coordinatorId) : null;
  return { kind: "not-allowed", code: facts.code, regieName: regie?.name ?? null };
}

/** Delivery starts now rather than at the next sweep, once the change has committed. */
export function told<T>(deps: CaseWorkDeps, outcome: T, applied: boolean): T {
  if (applied) deps.notifier.queued();
  return outcome;
}
