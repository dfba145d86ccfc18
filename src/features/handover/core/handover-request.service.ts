/**
 * Starting a handover: the form (prefilled from a lookup button or a typed command) and its
 * submit. Nothing is stored or sent unless the case is the referrer's to hand over, the service
 * serves the topic in the case's wijk, and a valid consent covers it; each refusal says why.
 */

import { randomUUID } from "node:crypto";
import type { Caller } from "../../../core/access/caller.js";
import { caseAccess } from "../../../core/access/case-access.policy.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import { isAppError } from "../../../core/shared/app-error.js";
import { caseNotFound } from "../../cases/core/case.service.js";
import { type ConsentCheck, type ConsentProblem, checkConsent, findValidConsent } from "./consent.policy.js";
import { handoverDeadline } from "./deadline.policy.js";
import type { HandoverCase, NewConsent, NewHandover, ServiceOption, WijkRef } from "./handover.ports.js";
import { HANDOVER_PURPOSE } from "./handover.ports.js";
import type { HandoverDeps } from "./handover.service.js";
import { requestHandover } from "./handover.state.js";
import { type HandoverRequestInput, readHandoverForm } from "./handover-form.policy.js";
import { factsOf, handoverAudit, notice, receiversOf } from "./handover-notices.policy.js";

export interface HandoverFormModel {
  /** The case code when the form is for an existing case. */
  caseCode: string | null;
  /** Wijken a new case can be opened in (the referrer's). */
  wijken: WijkRef[];
  services: ServiceOption[];
  values: Record<string, string>;
  errors: Record<string, string>;
}

export type SubmitOutcome =
  | { kind: "form"; form: HandoverFormModel }
  | { kind: "consent-refused"; reason: ConsentProblem }
  | { kind: "not-in-wijk"; serviceName: string; wijkName: string; form: HandoverFormModel }
  | { kind: "created"; handoverId: string; caseCode: string; serviceName: string; deadlineAt: Date };

export interface FormPrefill {
  caseCode?: string | null;
  wijkId?: string | null;
  topicId?: string | null;
  serviceId?: string | null;
  serviceText?: string | null;
}

export class HandoverRequestService {
  constructor(private readonly deps: HandoverDeps) {}

  async openForm(caller: Caller, prefill: FormPrefill): Promise<HandoverFormModel> {
    const kase = prefill.caseCode ? await this.caseFor(caller, prefill.caseCode) : null;
    const wijkId = kase?.wijkId ?? prefill.wijkId ?? caller.actor.wijkIds[0] ?? null;
    const services = await this.servicesFor(prefill.topicId ?? null, wijkId);
    const wanted = prefill.serviceText?.toLowerCase().trim();
    const picked =
      prefill.serviceId ??
      (wanted ? services.find((s) => s.name.toLowerCase().includes(wanted))?.id : undefined) ??
      (services.length === 1 ? services[0]?.id : undefined);
    const values: Record<string, string> = {
      ...(kase ? { caseCode: kase.code } : {}),
      ...(wijkId ? { wijkId } : {}),
      ...(prefill.topicId ? { topicId: prefill.topicId } : {}),
      ...(picked ? { serviceId: picked } : {}),
      consentDate: localDate(this.deps.clock.now()),
      consentPurpose: HANDOVER_PURPOSE,
    };
    return this.form(caller, kase?.code ?? null, services, values, {});
  }

  async submit(caller: Caller, data: Record<string, string>): Promise<SubmitOutcome> {
    const now = this.deps.clock.now();
    const reading = readHandoverForm(data, now);
    const values = Object.fromEntries(Object.entries(data).filter(([k]) => k !== "phone"));
    const reopen = async (errors: Record<string, string>, services?: ServiceOption[]) => {
      const list = services ?? (await this.servicesFor(data.topicId ?? null, data.wijkId ?? null));
      return { kind: "form", form: await this.form(caller, null, list, values, errors) } as const;
    };
    if (!reading.ok) return reopen(reading.errors);
    const input = reading.input;
    const kase = input.caseCode ? await this.caseOrNull(caller, input.caseCode) : null;
    if (input.caseCode && !kase) return reopen({ caseCode: "handover.form.error.case-unknown" });
    const wijk = kase
      ? { id: kase.wijkId, name: kase.wijkName }
      : (await this.deps.store.wijken([input.wijkId ?? ""]))[0];
    if (!wijk) return reopen({ wijkId: "handover.form.error.required" });
    const service = await this.deps.store.service(input.serviceId);
    const serving = await this.deps.store.servicesFor(input.topicId, wijk.id);
    if (!service || !serving.some((s) => s.id === service.id)) {
      const form = await this.form(
        caller,
        kase?.code ?? null,
        serving,
        { ...values, wijkId: wijk.id },
        {
          serviceId: "handover.form.error.not-in-wijk",
        },
      );
      return {
        kind: "not-in-wijk",
        serviceName: service?.name ?? input.serviceId,
        wijkName: wijk.name,
        form,
      };
    }
    if (input.receiverId && !service.contacts.some((c) => c.id === input.receiverId)) {
      return reopen({ receiverId: "handover.form.error.receiver" }, serving);
    }
    const consent = this.consentFor(caller, input, kase, service, now);
    if (!consent.check.valid) {
      await this.auditRefusal(caller, kase, consent.check.reason, now);
      return { kind: "consent-refused", reason: consent.check.reason };
    }
    return this.create(caller, input, kase, wijk, service, consent.check.consentId, consent.record, now);
  }

  private consentFor(
    caller: Caller,
    input: HandoverRequestInput,
    kase: HandoverCase | null,
    service: ServiceOption,
    now: Date,
  ): { check: ConsentCheck; record: NewConsent | null } {
    const need = { serviceId: service.id, purpose: HANDOVER_PURPOSE, now };
    if (input.consent === "existing")
      return { check: findValidConsent(kase?.consents ?? [], need), record: null };
    const record: NewConsent = {
      id: randomUUID(),
      recordedById: caller.actor.professionalId,
      recordedAt: input.consent.recordedAt,
      form: input.consent.form,
      purpose: input.consent.purpose,
      serviceId: input.consent.scope === "any" ? null : service.id,
      validUntil: input.consent.validUntil,
    };
    return { check: checkConsent({ ...record, withdrawnAt: null }, need), record };
  }

  private async create(
    caller: Caller,
    input: HandoverRequestInput,
    kase: HandoverCase | null,
    wijk: WijkRef,
    service: ServiceOption,
    consentId: string,
    newConsent: NewConsent | null,
    now: Date,
  ): Promise<SubmitOutcome> {
    const caseCode = kase?.code ?? (await this.deps.store.issueCaseCode(codePrefix(wijk.name)));
    const caseId = kase?.id ?? randomUUID();
    const first = requestHandover(
      { fromId: caller.actor.professionalId, toServiceId: service.id, toProfessionalId: input.receiverId },
      now,
    );
    const handover: NewHandover = {
      id: randomUUID(),
      caseId,
      newCase: kase
        ? null
        : { code: caseCode, wijkId: wijk.id, openedOn: localDate(now), topicId: input.topicId },
      newConsent,
      consentId,
      fromId: caller.actor.professionalId,
      toServiceId: service.id,
      toProfessionalId: input.receiverId,
      topicId: input.topicId,
      urgency: input.urgency,
      reason: input.reason,
      contactChannel: input.contactChannel,
      contactBestTime: input.bestTime,
      phoneCipher: input.phone ? this.deps.cipher.encrypt(input.phone) : null,
      requestedAt: now,
      deadlineAt: handoverDeadline(now, service.responseWorkingDays),
      event: first.event,
    };
    const ref = { id: handover.id, caseId, caseCode, consentId };
    const audit = [handoverAudit(caller, ref, "handover.request", "create", now, { serviceId: service.id })];
    if (!kase) audit.push(handoverAudit(caller, ref, "case.create", "create", now, { wijkId: wijk.id }));
    if (newConsent)
      audit.push(handoverAudit(caller, ref, "consent.record", "create", now, { form: newConsent.form }));
    const record = {
      id: handover.id,
      caseId,
      caseCode,
      topicId: input.topicId,
      wijkName: wijk.name,
      service,
      urgency: input.urgency,
      deadlineAt: handover.deadlineAt,
    };
    const facts = factsOf(record, first.state, { byName: caller.actor.name, note: input.reason });
    const today = localDate(this.deps.clock.now());
    const notices = receiversOf(service, input.receiverId, caller.actor.professionalId, today).map((id) =>
      notice(id, "requested", facts, caseId),
    );
    await this.deps.store.create(handover, { audit, notices });
    this.deps.notifier.queued();
    return {
      kind: "created",
      handoverId: handover.id,
      caseCode,
      serviceName: service.name,
      deadlineAt: handover.deadlineAt,
    };
  }

  /** The case, when the referrer may see it; otherwise the same "not found" as a missing code. */
  private async caseFor(caller: Caller, code: string): Promise<HandoverCase> {
    const kase = await this.deps.store.caseByCode(code.toUpperCase());
    if (kase && caseAccess(caller.actor, kase.access)) return kase;
    throw caseNotFound(code.slice(0, 20));
  }

  private async caseOrNull(caller: Caller, code: string): Promise<HandoverCase | null> {
    try {
      return await this.caseFor(caller, code);
    } catch (error) {
      if (isAppError(error) && error.code === "CASE_NOT_FOUND") return null;
      throw error;
    }
  }

  private async servicesFor(topicId: string | null, wijkId: string | null): Promise<ServiceOption[]> {
    if (!wijkId) return [];
    return topicId ? this.deps.store.servicesFor(topicId, wijkId) : this.deps.store.servicesInWijk(wijkId);
  }

  private async form(
    caller: Caller,
    caseCode: string | null,
    services: ServiceOption[],
    values: Record<string, string>,
    errors: Record<string, string>,
  ): Promise<HandoverFormModel> {
    const wijken = await this.deps.store.wijken(caller.actor.wijkIds);
    return { caseCode, wijken, services, values, errors };
  }

  private async auditRefusal(caller: Caller, kase: HandoverCase | null, reason: ConsentProblem, now: Date) {
    const ref = { id: "none", caseId: kase?.id ?? null, caseCode: kase?.code ?? null, consentId: null };
    await this.deps.audit.record(
      handoverAudit(caller, ref, "handover.request", "create", now, { refusal: reason }, false),
    );
  }
}

/** "Wyckerpoort" -> "WYC", "De Wiken" -> "DEW": three letters of the wijk, accents dropped. */
export function codePrefix(wijkName: string): string {
  const letters = wijkName
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();
  return letters.slice(0, 3).padEnd(3, "X");
}
