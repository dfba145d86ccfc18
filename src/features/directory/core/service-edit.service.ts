/**
 * A service's contact person, or an administrator, changes its intake phone, intake hours,
 * response norm, wijken and topics through a form. Only fields that differ are written, each as
 * a version with an audit record; those fields then win over older import files (chat-edits.ts).
 * Bad input comes back as the same form with the wrong field marked, and changes nothing.
 */
import type { Caller } from "../../../core/access/caller.js";
import type { Clock } from "../../../core/shared/clock.js";
import { EMPTY_NAMES, Resolver } from "./name-resolver.js";
import type { EditableService, ServiceChanges, ServiceEditStore } from "./service-edit.ports.js";

/** What the form sends back; every field is text as typed. */
export interface ServiceForm {
  intakePhone?: string;
  intakeHours?: string;
  responseWorkingDays?: string;
  wijken?: string;
  topics?: string;
}

/** Why a field was refused: a code the view words, with the text that was wrong. */
export type FieldError = { code: "phone" | "hours" | "days" | "wijk" | "topic"; text?: string };

export type ServiceEditResult =
  | { kind: "choose"; services: { id: string; name: string }[] }
  | { kind: "none" }
  | {
      kind: "form";
      service: EditableService;
      names: Names;
      errors: Partial<Record<keyof ServiceForm, FieldError>>;
      typed?: ServiceForm;
    }
  | { kind: "saved"; service: EditableService; changed: (keyof ServiceChanges)[] }
  | { kind: "unchanged"; service: EditableService }
  | { kind: "not-allowed"; serviceName: string }
  | { kind: "not-found" };

export interface Names {
  wijken: Record<string, string>;
  topics: Record<string, { nl: string; en: string }>;
}

const PHONE_RE = /^\+?[0-9][0-9 ()-]{5,30}$/;
const split = (text: string | undefined) =>
  (text ?? "")
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

export class ServiceEditService {
  constructor(private readonly deps: { store: ServiceEditStore; clock: Clock }) {}

  /** "mijn diensten" / "dienst bewerken X": the services this person may edit, or the form of the one. */
  async choose(caller: Caller, serviceText: string | null): Promise<ServiceEditResult> {
    const { actor } = caller;
    const own = await this.deps.store.servicesOf(actor.professionalId);
    const named = serviceText && actor.isAdmin ? await this.deps.store.servicesNamed(serviceText) : [];
    const pool = serviceText
      ? [...named, ...own.filter((s) => s.name.toLowerCase().includes(serviceText.toLowerCase()))]
      : own;
    const services = [...new Map(pool.map((s) => [s.id, s])).values()];
    if (services.length === 0) return { kind: "none" };
    if (services.length === 1) return this.formOf(services[0]!, {});
    return { kind: "choose", services: services.slice(0, 10).map((s) => ({ id: s.id, name: s.name })) };
  }

  async open(caller: Caller, serviceId: string): Promise<ServiceEditResult> {
    const service = await this.allowed(caller, serviceId);
    return "kind" in service ? service : this.formOf(service, {});
  }

  async save(caller: Caller, serviceId: string, form: ServiceForm): Promise<ServiceEditResult> {
    const service = await this.allowed(caller, serviceId);
    if ("kind" in service) return service;
    const { changes, errors } = await this.read(service, form);
    if (Object.keys(errors).length > 0) return this.formOf(service, errors, form);
    const changed = Object.keys(changes) as (keyof ServiceChanges)[];
    if (changed.length === 0) return { kind: "unchanged", service };
    const at = this.deps.clock.now();
    await this.deps.store.save({
      service,
      changes,
      byId: caller.actor.professionalId,
      channel: caller.channel,
      at,
    });
    return { kind: "saved", service, changed };
  }

  private async allowed(caller: Caller, serviceId: string): Promise<EditableService | ServiceEditResult> {
    const service = await this.deps.store.service(serviceId);
    if (!service) return { kind: "not-found" };
    if (!caller.actor.isAdmin && !service.contactIds.includes(caller.actor.professionalId))
      return { kind: "not-allowed", serviceName: service.name };
    return service;
  }

  private async read(service: EditableService, form: ServiceForm) {
    const errors: Partial<Record<keyof ServiceForm, FieldError>> = {};
    const changes: ServiceChanges = {};
    const phone = form.intakePhone?.trim() || null;
    if (phone && !PHONE_RE.test(phone)) errors.intakePhone = { code: "phone", text: phone };
    else if (phone !== service.intakePhone) changes["intake.phone"] = phone;
    const hours = form.intakeHours?.trim() || null;
    if (hours && hours.length > 120) errors.intakeHours = { code: "hours" };
    else if (hours !== service.intakeHours) changes["intake.hours"] = hours;
    const daysText = form.responseWorkingDays?.trim() ?? "";
    const days = Number(daysText);
    if (!/^\d{1,2}$/.test(daysText) || days > 60)
      errors.responseWorkingDays = { code: "days", text: daysText };
    else if (days !== service.responseWorkingDays) changes.responseWorkingDays = days;
    const resolver = new Resolver({ ...EMPTY_NAMES, ...(await this.deps.store.names()) });
    const wijken = split(form.wijken).map((text) => ({ text, found: resolver.wijk(text) }));
    const badWijk = wijken.find((w) => !w.found.ok);
    if (badWijk) errors.wijken = { code: "wijk", text: badWijk.text };
    const wijkIds = [...new Set(wijken.flatMap((w) => (w.found.ok ? [w.found.id] : [])))];
    if (!badWijk && !same(wijkIds, service.wijkIds)) changes.wijken = wijkIds.sort();
    const topics = split(form.topics).map((text) => ({ text, id: resolver.topic(text) }));
    const badTopic = topics.find((t) => !t.id);
    if (badTopic) errors.topics = { code: "topic", text: badTopic.text };
    const topicIds = [...new Set(topics.flatMap((t) => (t.id ? [t.id] : [])))];
    if (!badTopic && !same(topicIds, service.topicIds)) changes.topics = topicIds.sort();
    return { changes, errors };
  }

  private async formOf(
    service: EditableService,
    errors: Partial<Record<keyof ServiceForm, FieldError>>,
    typed?: ServiceForm,
  ): Promise<ServiceEditResult> {
    const { wijken, topics } = await this.deps.store.names();
    const names: Names = {
      wijken: Object.fromEntries(
        wijken.filter((w) => service.wijkIds.includes(w.id)).map((w) => [w.id, w.name]),
      ),
      topics: Object.fromEntries(
        topics
          .filter((t) => service.topicIds.includes(t.id))
          .map((t) => [t.id, { nl: t.nameNl, en: t.nameEn }]),
      ),
    };
    return { kind: "form", service, names, errors, ...(typed ? { typed } : {}) };
  }
}
