/** A service's edit form, the choice between one's services, and the answer to a save. */

import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { type MessageKey, t } from "../../../views/i18n.js";
import type { FormField, Message } from "../../../views/message.js";
import type { ServiceEditResult } from "../core/service-edit.service.js";

type FormResult = Extract<ServiceEditResult, { kind: "form" }>;

export function serviceEditView(result: ServiceEditResult, lang: Lang): Message {
  const say = (tone: "success" | "warning" | "info", text: string) =>
    noticeMessage(lang, tone, text, "private");
  switch (result.kind) {
    case "form":
      return formView(result, lang);
    case "choose": {
      const title = t(lang, "edit.choose");
      return {
        lang,
        summary: title,
        blocks: [
          { type: "heading", text: title },
          ...result.services.map((s) => ({
            type: "actions" as const,
            actions: [
              {
                intent: "directory.edit-service" as const,
                label: `${t(lang, "edit.button")}: ${s.name}`,
                data: { serviceId: s.id },
              },
            ],
          })),
        ],
        visibility: "private",
      };
    }
    case "none":
      return say("info", t(lang, "edit.none"));
    case "saved": {
      const fields = result.changed.map((f) => t(lang, `edit.field.${f}` as MessageKey)).join(", ");
      return say("success", t(lang, "edit.saved", { service: result.service.name, fields }));
    }
    case "unchanged":
      return say("info", t(lang, "edit.unchanged", { service: result.service.name }));
    case "not-allowed":
      return say("warning", t(lang, "edit.not-allowed", { service: result.serviceName }));
    case "not-found":
      return say("warning", t(lang, "edit.not-found"));
  }
}

function formView(result: FormResult, lang: Lang): Message {
  const { service, names, typed } = result;
  const current = {
    intakePhone: service.intakePhone ?? "",
    intakeHours: service.intakeHours ?? "",
    responseWorkingDays: String(service.responseWorkingDays),
    wijken: service.wijkIds.map((id) => names.wijken[id] ?? id).join(", "),
    topics: service.topicIds.map((id) => names.topics[id]?.[lang] ?? id).join(", "),
  };
  const value = (name: keyof typeof current) => typed?.[name] ?? current[name];
  const text = (name: keyof typeof current, label: MessageKey, maxLength: number): FormField => ({
    kind: "text",
    name,
    label: t(lang, label),
    required: false,
    maxLength,
    value: value(name),
  });
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [
      field,
      t(lang, `edit.error.${error.code}` as MessageKey, { text: error.text ?? "" }),
    ]),
  );
  const title = t(lang, "edit.title", { service: service.name });
  return {
    lang,
    summary: title,
    blocks: [
      {
        type: "form",
        form: {
          id: `service-edit-${service.id}`,
          title,
          fields: [
            text("intakePhone", "edit.phone", 40),
            text("intakeHours", "edit.hours", 120),
            text("responseWorkingDays", "edit.days", 2),
            text("wijken", "edit.wijken", 1000),
            text("topics", "edit.topics", 1000),
          ],
          submit: {
            intent: "directory.edit-service",
            label: t(lang, "edit.save"),
            data: { serviceId: service.id, submitted: "true" },
          },
          ...(Object.keys(errors).length > 0 ? { errors } : {}),
        },
      },
    ],
    visibility: "private",
  };
}
