/**
 * Forwarding: the old handover ends "forwarded" and a new request goes to the colleague or the
 * other service, in the same transaction. The referrer stays the referrer (they keep hearing back).
 * The consent on record must cover the new receiving service, and another service must serve the
 * topic in the wijk; otherwise nothing moves and the reason comes back.
 */

import { randomUUID } from "node:crypto";
import type { Caller } from "../../../core/access/caller.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import { findValidConsent } from "./consent.policy.js";
import { handoverDeadline } from "./deadline.policy.js";
import type {
  ActRefusal,
  HandoverNoticeDraft,
  HandoverRecord,
  HandoverStore,
  NewHandover,
} from "./handover.ports.js";
import { HANDOVER_PURPOSE } from "./handover.ports.js";
import { type HandoverCommand, requestHandover } from "./handover.state.js";
import { factsOf, notice, receiversOf } from "./handover-notices.policy.js";

export type ForwardPlan =
  | { ok: true; successor: NewHandover; notices: HandoverNoticeDraft[] }
  | { ok: false; refusal: ActRefusal; alternatives: string[] };

export async function forwardPlan(
  store: HandoverStore,
  record: HandoverRecord,
  command: Extract<HandoverCommand, { type: "forward" }>,
  caller: Caller,
  now: Date,
): Promise<ForwardPlan> {
  const target =
    command.toServiceId === record.service.id ? record.service : await store.service(command.toServiceId);
  if (!target?.topicIds.includes(record.topicId) || !target.wijkIds.includes(record.wijkId)) {
    const others = await store.servicesFor(record.topicId, record.wijkId);
    const alternatives = others.filter((s) => s.id !== record.service.id).map((s) => s.name);
    return { ok: false, refusal: { code: "HANDOVER_SERVICE_NOT_IN_WIJK", by: null }, alternatives };
  }
  if (command.toProfessionalId && !target.contacts.some((c) => c.id === command.toProfessionalId)) {
    return { ok: false, refusal: { code: "HANDOVER_RECEIVER_UNKNOWN", by: null }, alternatives: [] };
  }
  const consent = findValidConsent(record.consents, {
    serviceId: target.id,
    purpose: HANDOVER_PURPOSE,
    now,
  });
  if (!consent.valid) return { ok: false, refusal: { code: consent.reason, by: null }, alternatives: [] };

  const first = requestHandover(
    { fromId: record.state.fromId, toServiceId: target.id, toProfessionalId: command.toProfessionalId },
    now,
  );
  const successor: NewHandover = {
    id: randomUUID(),
    caseId: record.caseId,
    newCase: null,
    newConsent: null,
    consentId: consent.consentId,
    fromId: record.state.fromId,
    toServiceId: target.id,
    toProfessionalId: command.toProfessionalId,
    topicId: record.topicId,
    urgency: record.urgency,
    reason: record.reason,
    contactChannel: record.contactChannel,
    contactBestTime: record.contactBestTime,
    phoneCipher: record.phoneCipher,
    requestedAt: now,
    deadlineAt: handoverDeadline(now, target.responseWorkingDays),
    event: {
      ...first.event,
      byId: caller.actor.professionalId,
      data: { ...first.event.data, forwardedFrom: record.id },
    },
  };
  const successorRecord: HandoverRecord = {
    ...record,
    id: successor.id,
    service: target,
    state: first.state,
    consentId: consent.consentId,
    deadlineAt: successor.deadlineAt,
  };
  const facts = factsOf(successorRecord, first.state, { byName: caller.actor.name, note: record.reason });
  const notices = receiversOf(
    target,
    command.toProfessionalId,
    caller.actor.professionalId,
    localDate(now),
  ).map((id) => notice(id, "requested", facts, record.caseId));
  return { ok: true, successor, notices };
}
