/**
 * Who hears what about a handover. Pure. The referrer hears of every step somebody else takes;
 * the receiving service's contacts (and a named receiver) hear of new requests; a cancelled
 * request reaches whoever holds it. Notices carry case code, topic, wijk, service and state only;
 * the free-text note goes to the people who need it, in a private message.
 */
import type { Actor } from "../../../core/access/actor.js";
import type { Caller } from "../../../core/access/caller.js";
import type { AuditAction, AuditEntry } from "../../audit/core/audit.port.js";
import type { HandoverEventDraft, HandoverState } from "./handover.model.js";
import type {
  ContactRef,
  HandoverNoticeDraft,
  HandoverRecord,
  NoticeEvent,
  NoticeFacts,
  ServiceOption,
} from "./handover.ports.js";

export function factsOf(
  record: Pick<
    HandoverRecord,
    "id" | "caseCode" | "topicId" | "wijkName" | "service" | "urgency" | "deadlineAt"
  >,
  state: HandoverState,
  extra: Partial<Pick<NoticeFacts, "byName" | "note" | "alternatives">> = {},
): NoticeFacts {
  return {
    handoverId: record.id,
    caseCode: record.caseCode,
    topicId: record.topicId,
    wijkName: record.wijkName,
    serviceName: record.service.name,
    status: state.status,
    urgency: record.urgency,
    version: state.version,
    deadlineAt: record.deadlineAt,
    byName: extra.byName ?? null,
    note: extra.note ?? null,
    alternatives: extra.alternatives ?? [],
    attempts: state.contactAttempts,
    overdueDays: 0,
  };
}

/**
 * The people a new request goes to: the named receiver first, then the service's contacts; on
 * `today`, the deputy of a contact who reported an absence comes right after that contact. The
 * absent contact keeps the notice too (it waits in their inbox), but the deputy can act now.
 */
export function receiversOf(
  service: ServiceOption,
  namedId: string | null,
  exceptId: string,
  today: string | null = null,
): string[] {
  const ids = [...(namedId ? [namedId] : []), ...service.contacts.map((c) => c.id)];
  const withDeputy = (id: string) => {
    const contact = service.contacts.find((c) => c.id === id);
    const deputy = contact && today ? deputyToday(contact, today) : null;
    return deputy ? [id, deputy] : [id];
  };
  return [...new Set(ids.flatMap(withDeputy))].filter((id) => id !== exceptId);
}

/** The deputy standing in for a contact who is away on `today`, if they named one. */
export function deputyToday(contact: ContactRef, today: string): string | null {
  const a = contact.absence;
  return a?.deputy && a.from <= today && today <= a.to ? a.deputy.id : null;
}

export function notice(
  recipientId: string,
  event: NoticeEvent,
  facts: NoticeFacts,
  caseId: string | null,
): HandoverNoticeDraft {
  return {
    recipientId,
    event,
    facts,
    caseId,
    idempotencyKey: `handover:${facts.handoverId}:v${facts.version}:${event}:${recipientId}`,
  };
}

/** Notices for a transition that moved `record` to `next` with `event`. */
export function transitionNotices(
  record: HandoverRecord,
  next: HandoverState,
  event: HandoverEventDraft,
  facts: NoticeFacts,
): HandoverNoticeDraft[] {
  const notices: HandoverNoticeDraft[] = [];
  if (event.byId !== next.fromId) notices.push(notice(next.fromId, event.type, facts, record.caseId));
  if (event.type === "cancelled") {
    const holders = next.acceptedById
      ? [next.acceptedById]
      : receiversOf(record.service, next.toProfessionalId, next.fromId);
    for (const id of holders) notices.push(notice(id, "cancelled", { ...facts, note: null }, record.caseId));
  }
  return notices;
}

export function handoverAudit(
  caller: Caller | null,
  record: { id: string; caseId: string | null; caseCode: string | null; consentId: string | null },
  event: string,
  action: AuditAction,
  at: Date,
  detail: AuditEntry["detail"] = {},
  authorised = true,
): AuditEntry {
  return {
    event,
    action,
    at,
    actorId: caller?.actor.professionalId ?? null,
    channel: caller?.channel ?? "job",
    caseId: record.caseId,
    caseCode: record.caseCode,
    subject: `handover:${record.id}`,
    authorised,
    consentBasis: record.consentId,
    detail,
  };
}

/**
 * A person of the receiving service: a contact, the named receiver, its organisation, or on
 * `today` the deputy of a contact who is away.
 */
export function isOfReceivingService(
  actor: Actor,
  record: HandoverRecord,
  today: string | null = null,
): boolean {
  return (
    record.state.toProfessionalId === actor.professionalId ||
    record.service.contacts.some((c) => c.id === actor.professionalId) ||
    (today !== null && record.service.contacts.some((c) => deputyToday(c, today) === actor.professionalId)) ||
    (actor.organisationId !== null && actor.organisationId === record.service.organisationId)
  );
}
