/**
 * The handover request form (a modal in Slack, an input card in Teams, a form on the web), and
 * the small forms to decline and forward. Private: the form asks for a phone number and consent.
 */

import type { Lang } from "../../../core/shared/lang.js";
import { isMessageKey, type MessageKey, t } from "../../../views/i18n.js";
import type { Action, Block, FormField, Message } from "../../../views/message.js";
import type { TopicRecord } from "../../directory/core/directory.ports.js";
import { topicName } from "../../directory/views/lookup.view.js";
import type { HandoverRecord, ServiceOption } from "../core/handover.ports.js";
import { REASON_MAX } from "../core/handover.ports.js";
import type { HandoverFormModel } from "../core/handover-request.service.js";

export function handoverFormMessage(model: HandoverFormModel, topics: TopicRecord[], lang: Lang): Message {
  const v = model.values;
  const opt = (value: string, key: MessageKey) => ({ value, label: t(lang, key) });
  const fields: FormField[] = [
    {
      kind: "text",
      name: "caseCode",
      label: t(lang, "handover.form.case"),
      required: false,
      maxLength: 12,
      ...val(v.caseCode),
    },
    {
      kind: "select",
      name: "wijkId",
      label: t(lang, "handover.form.wijk"),
      required: false,
      options: model.wijken.map((w) => ({ value: w.id, label: w.name })),
      ...val(v.wijkId),
    },
    {
      kind: "select",
      name: "topicId",
      label: t(lang, "handover.form.topic"),
      required: true,
      options: topics.map((x) => ({ value: x.id, label: topicName(x, lang) })),
      ...val(v.topicId),
    },
    {
      kind: "select",
      name: "serviceId",
      label: t(lang, "handover.form.service"),
      required: true,
      options: model.services.map((s) => ({ value: s.id, label: s.name })),
      ...val(v.serviceId),
    },
    {
      kind: "select",
      name: "receiverId",
      label: t(lang, "handover.form.receiver"),
      required: false,
      options: receiverOptions(model.services, lang),
      ...val(v.receiverId),
    },
    {
      kind: "text",
      name: "reason",
      label: t(lang, "handover.form.reason"),
      required: true,
      maxLength: REASON_MAX,
      multiline: true,
      ...val(v.reason),
    },
    {
      kind: "select",
      name: "urgency",
      label: t(lang, "handover.form.urgency"),
      required: true,
      options: [opt("normal", "handover.form.urgency.normal"), opt("urgent", "handover.form.urgency.urgent")],
      value: v.urgency ?? "normal",
    },
    {
      kind: "select",
      name: "contactChannel",
      label: t(lang, "handover.form.contact"),
      required: true,
      options: [
        opt("phone", "handover.form.contact.phone"),
        opt("citizen-calls", "handover.form.contact.citizen-calls"),
      ],
      value: v.contactChannel ?? "phone",
    },
    // Never prefilled: a phone number is not sent back to the client in a re-rendered form.
    { kind: "text", name: "phone", label: t(lang, "handover.form.phone"), required: false, maxLength: 20 },
    {
      kind: "text",
      name: "bestTime",
      label: t(lang, "handover.form.best-time"),
      required: false,
      maxLength: 100,
      ...val(v.bestTime),
    },
    {
      kind: "select",
      name: "consent",
      label: t(lang, "handover.form.consent"),
      required: true,
      options: [
        opt("verbal", "handover.form.consent.verbal"),
        opt("written", "handover.form.consent.written"),
        opt("existing", "handover.form.consent.existing"),
      ],
      ...val(v.consent),
    },
    {
      kind: "date",
      name: "consentDate",
      label: t(lang, "handover.form.consent-date"),
      required: false,
      ...val(v.consentDate),
    },
    {
      kind: "select",
      name: "consentScope",
      label: t(lang, "handover.form.consent-scope"),
      required: false,
      options: [
        opt("service", "handover.form.consent-scope.service"),
        opt("any", "handover.form.consent-scope.any"),
      ],
      value: v.consentScope ?? "service",
    },
    {
      kind: "text",
      name: "consentPurpose",
      label: t(lang, "handover.form.consent-purpose"),
      required: false,
      maxLength: 100,
      ...val(v.consentPurpose),
    },
    {
      kind: "date",
      name: "consentUntil",
      label: t(lang, "handover.form.consent-until"),
      required: false,
      ...val(v.consentUntil),
    },
  ];
  const title = model.caseCode
    ? t(lang, "handover.form.title-case", { code: model.caseCode })
    : t(lang, "handover.form.title");
  const errors = Object.fromEntries(
    Object.entries(model.errors).map(([field, key]) => [field, isMessageKey(key) ? t(lang, key) : key]),
  );
  const blocks: Block[] = [];
  if (model.services.length === 0 && v.topicId) {
    blocks.push({ type: "notice", tone: "warning", content: [t(lang, "handover.form.no-services")] });
  }
  blocks.push({
    type: "form",
    form: {
      id: "handover-request",
      title,
      fields,
      submit: { intent: "handover.submit", label: t(lang, "handover.form.submit"), data: {} },
      ...(Object.keys(errors).length > 0 ? { errors } : {}),
    },
  });
  return { lang, summary: title, blocks, visibility: "private" };
}

export function declineFormMessage(record: HandoverRecord, lang: Lang): Message {
  const title = t(lang, "handover.decline.title", { code: record.caseCode });
  const fields: FormField[] = [
    {
      kind: "text",
      name: "reason",
      label: t(lang, "handover.decline.reason"),
      required: true,
      maxLength: REASON_MAX,
      multiline: true,
    },
  ];
  const data = { id: record.id, v: String(record.state.version) };
  return formMessage(lang, "handover-decline", title, fields, {
    intent: "handover.decline",
    label: t(lang, "handover.button.decline"),
    data,
  });
}

export function forwardFormMessage(record: HandoverRecord, services: ServiceOption[], lang: Lang): Message {
  const title = t(lang, "handover.forward.title", { code: record.caseCode });
  const colleagues = record.service.contacts.map((c) => ({
    value: `${record.service.id}|${c.id}`,
    label: t(lang, "handover.forward.colleague", { name: c.name, service: record.service.name }),
  }));
  const others = services
    .filter((s) => s.id !== record.service.id)
    .map((s) => ({ value: `${s.id}|`, label: s.name }));
  const fields: FormField[] = [
    {
      kind: "select",
      name: "target",
      label: t(lang, "handover.forward.target"),
      required: true,
      options: [...colleagues, ...others],
    },
    {
      kind: "text",
      name: "reason",
      label: t(lang, "handover.forward.reason"),
      required: true,
      maxLength: REASON_MAX,
      multiline: true,
    },
  ];
  const data = { id: record.id, v: String(record.state.version) };
  return formMessage(lang, "handover-forward", title, fields, {
    intent: "handover.forward",
    label: t(lang, "handover.button.forward"),
    data,
  });
}

function formMessage(
  lang: Lang,
  id: string,
  title: string,
  fields: FormField[],
  submit: Pick<Action, "intent" | "label" | "data">,
): Message {
  return {
    lang,
    summary: title,
    blocks: [{ type: "form", form: { id, title, fields, submit } }],
    visibility: "private",
  };
}

function receiverOptions(services: ServiceOption[], lang: Lang) {
  return services.flatMap((s) =>
    s.contacts.map((c) => ({
      value: c.id,
      label: t(lang, "handover.forward.colleague", { name: c.name, service: s.name }),
    })),
  );
}

function val(value: string | undefined): { value?: string } {
  return value ? { value } : {};
}
