/**
 * The life of a handover after the request: accept, decline, forward, record contact, complete,
 * cancel. Each step: read, decide with the pure state machine, write the change with its event,
 * audit records and notices in ONE transaction guarded by the version, then kick the outbox after
 * the commit. Two colleagues accepting at once: the second write matches no row, is read again
 * and gets "already accepted by …". A button pressed twice carries the version it was drawn for,
 * so the second press changes nothing.
 */

import type { Caller } from "../../../core/access/caller.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import { AppError } from "../../../core/shared/app-error.js";
import type { Cipher } from "../../../core/shared/cipher.port.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditPort } from "../../audit/core/audit.port.js";
import { type ConsentProblem, checkConsent } from "./consent.policy.js";
import type {
  ActRefusal,
  HandoverChange,
  HandoverListItem,
  HandoverRecord,
  HandoverStore,
  ServiceOption,
} from "./handover.ports.js";
import { HANDOVER_PURPOSE } from "./handover.ports.js";
import { type HandoverActor, type HandoverCommand, transition } from "./handover.state.js";
import { forwardPlan } from "./handover-forward.js";
import {
  factsOf,
  handoverAudit,
  isOfReceivingService,
  transitionNotices,
} from "./handover-notices.policy.js";

export interface HandoverDeps {
  store: HandoverStore;
  audit: AuditPort;
  clock: Clock;
  cipher: Cipher;
  notifier: Notifier;
}

export type ActOutcome =
  | { ok: true; record: HandoverRecord; event: string; phone: string | null; alternatives: string[] }
  | { ok: false; record: HandoverRecord; refusal: ActRefusal; alternatives: string[] };

const MAX_TRIES = 3;
const MINE_LIMIT = 25;

export function handoverNotFound(): AppError {
  return new AppError("HANDOVER_NOT_FOUND", "handover not found or not accessible", {
    userMessageKey: "handover.not-found",
  });
}

export class HandoverService {
  constructor(private readonly deps: HandoverDeps) {}

  /** `expectedVersion`: the version the button was drawn for; undefined for typed commands. */
  async act(
    caller: Caller,
    id: string,
    command: HandoverCommand,
    expectedVersion?: number,
  ): Promise<ActOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      const record = await this.load(caller, id, `handover.${command.type}`);
      const outcome = await this.tryOnce(caller, record, command, expectedVersion);
      if (outcome !== "conflict") return outcome;
      // Someone else moved it between our read and write: judge the click again on the new state.
      if (attempt >= MAX_TRIES) throw new AppError("INTERNAL", "handover kept changing under us");
      expectedVersion = undefined;
    }
  }

  /** "mijn overdrachten": sent and received, audited as a read of the list. */
  async mine(caller: Caller): Promise<{ sent: HandoverListItem[]; received: HandoverListItem[] }> {
    const lists = await this.deps.store.mine(caller.actor.professionalId, MINE_LIMIT);
    await this.deps.audit.record({
      event: "handover.list",
      action: "read",
      at: this.deps.clock.now(),
      actorId: caller.actor.professionalId,
      channel: caller.channel,
      authorised: true,
      detail: { sent: lists.sent.length, received: lists.received.length },
    });
    return lists;
  }

  /** The handover and the services it could be forwarded to (same topic and wijk). */
  async forwardOptions(
    caller: Caller,
    id: string,
  ): Promise<{ record: HandoverRecord; services: ServiceOption[] }> {
    const record = await this.load(caller, id, "handover.forward");
    return { record, services: await this.deps.store.servicesFor(record.topicId, record.wijkId) };
  }

  /** The contact details, for the acceptor only (a private message), audited as a read. */
  async contactDetails(
    caller: Caller,
    id: string,
  ): Promise<{ record: HandoverRecord; phone: string | null }> {
    const record = await this.load(caller, id, "handover.contact-read");
    if (record.state.acceptedById !== caller.actor.professionalId) throw handoverNotFound();
    const now = this.deps.clock.now();
    await this.deps.audit.record(
      handoverAudit(caller, record, "handover.contact-read", "read", now, { purged: !record.phoneCipher }),
    );
    return { record, phone: this.phoneOf(record) };
  }

  /** Reads the handover for someone involved; anyone else gets "not found", audited. */
  async load(caller: Caller, id: string, event: string): Promise<HandoverRecord> {
    const record = /^[\w#-]{1,80}$/.test(id) ? await this.deps.store.byId(id) : null;
    if (record && visibleTo(caller, record)) return record;
    await this.deps.audit.record({
      event,
      action: "read",
      at: this.deps.clock.now(),
      actorId: caller.actor.professionalId,
      channel: caller.channel,
      caseId: record?.caseId ?? null,
      caseCode: record?.caseCode ?? null,
      subject: `handover:${id.slice(0, 80)}`,
      authorised: false,
      detail: { found: record !== null },
    });
    throw handoverNotFound();
  }

  private async tryOnce(
    caller: Caller,
    record: HandoverRecord,
    command: HandoverCommand,
    expectedVersion: number | undefined,
  ): Promise<ActOutcome | "conflict"> {
    const now = this.deps.clock.now();
    const actor: HandoverActor = {
      kind: "person",
      professionalId: caller.actor.professionalId,
      ofReceivingService: isOfReceivingService(caller.actor, record, localDate(now)),
    };
    const result = transition(record.state, command, actor, now);
    const refuse = (refusal: ActRefusal, alternatives: string[] = []) =>
      this.refused(caller, record, command, refusal, alternatives);
    if (!result.ok) return refuse({ code: result.refused, by: "by" in result ? result.by : null });
    if (expectedVersion !== undefined && expectedVersion !== record.state.version) {
      return refuse({ code: "HANDOVER_STALE", by: null });
    }
    const consent = this.consentProblem(record, command, now);
    if (consent) return refuse({ code: consent, by: null });
    let successor: HandoverChange["successor"] = null;
    let extraNotices: ReturnType<typeof transitionNotices> = [];
    if (command.type === "forward") {
      const plan = await forwardPlan(this.deps.store, record, command, caller, now);
      if (!plan.ok) return refuse(plan.refusal, plan.alternatives);
      successor = plan.successor;
      extraNotices = plan.notices;
    }
    const alternatives = command.type === "decline" ? await this.alternatives(record) : [];
    const byName = caller.actor.name;
    const note = command.type === "decline" ? result.event.note : null;
    const facts = factsOf(record, result.state, { byName, note, alternatives });
    const change: HandoverChange = {
      id: record.id,
      expectedVersion: record.state.version,
      state: result.state,
      event: result.event,
      endedAt: ["completed", "declined", "forwarded", "cancelled"].includes(result.state.status) ? now : null,
      addMember:
        command.type === "accept" ? { professionalId: actor.professionalId, role: "ontvanger" } : null,
      successor,
    };
    const detail = { status: result.state.status, version: result.state.version };
    const audit = [handoverAudit(caller, record, `handover.${command.type}`, "update", now, detail)];
    if (command.type === "accept")
      audit.push(handoverAudit(caller, record, "handover.contact-read", "read", now));
    const notices = [...transitionNotices(record, result.state, result.event, facts), ...extraNotices];
    if ((await this.deps.store.apply(change, { audit, notices })) === "conflict") return "conflict";
    this.deps.notifier.queued();
    const after = { ...record, state: result.state };
    const phone = command.type === "accept" ? this.phoneOf(record) : null;
    return { ok: true, record: after, event: result.event.type, phone, alternatives };
  }

  private async refused(
    caller: Caller,
    record: HandoverRecord,
    command: HandoverCommand,
    refusal: ActRefusal,
    alternatives: string[],
  ): Promise<ActOutcome> {
    const now = this.deps.clock.now();
    const detail = { refusal: refusal.code };
    await this.deps.audit.record(
      handoverAudit(caller, record, `handover.${command.type}`, "update", now, detail),
    );
    return { ok: false, record, refusal, alternatives };
  }

  /** Accepting needs the consent the request rests on to be valid still (and not withdrawn). */
  private consentProblem(record: HandoverRecord, command: HandoverCommand, now: Date): ConsentProblem | null {
    if (command.type !== "accept" && command.type !== "record-contact") return null;
    if (!record.sendable) return "HANDOVER_CONSENT_MISSING";
    const consent = record.consents.find((c) => c.id === record.consentId) ?? null;
    const need = { serviceId: record.state.toServiceId, purpose: HANDOVER_PURPOSE, now };
    const check = checkConsent(consent, need);
    return check.valid ? null : check.reason;
  }

  private async alternatives(record: HandoverRecord): Promise<string[]> {
    const services = await this.deps.store.servicesFor(record.topicId, record.wijkId);
    return services.filter((s) => s.id !== record.service.id).map((s) => s.name);
  }

  private phoneOf(record: HandoverRecord): string | null {
    return record.phoneCipher ? this.deps.cipher.decrypt(record.phoneCipher) : null;
  }
}

function visibleTo(caller: Caller, record: HandoverRecord): boolean {
  const id = caller.actor.professionalId;
  return (
    record.state.fromId === id ||
    record.state.acceptedById === id ||
    isOfReceivingService(caller.actor, record) ||
    record.access.coordinatorId === id ||
    caller.actor.coordinatorOf.includes(record.wijkId)
  );
}
