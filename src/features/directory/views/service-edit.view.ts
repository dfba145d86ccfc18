/** A service's edit form, the choice between one's services, and the answer to a save. */
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import type { FormField, Message } from "../../../views/message.js";
import type { ServiceEditResult } from "../core/service-edit.service.js";
import { type DirectoryTextKey, directoryText } from "./directory.texts.js";

type FormResult = Extract<ServiceEditResult, { kind: "form" }>;

export function serviceEditView(result: ServiceEditResult, lang: Lang): Message {
  const say = (tone: "success" | "warning" | "info", text: string) =>
    noticeMessage(lang, tone, text, "private");
  switch (result.kind) {
    case "form":
      return formView(result, lang);
    case "choose": {
      const title = directoryText(lang, "edit.choose");
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
                label: `${directoryText(lang, "edit.button")}: ${s.name}`,
                data: { serviceId: s.id },
              },
            ],
          })),
        ],
        visibility: "private",
      };
    }
    case "none":
      return say("info", directoryText(lang, "edit.none"));
    case "saved": {
      const fields = result.changed
        .map((f) => directoryText(lang, `edit.field.${f}` as DirectoryTextKey))
        .join(", ");
      return say("success", directoryText(lang, "edit.saved", { service: result.service.name, fields }));
    }
    case "unchanged":
      return say("info", directoryText(lang, "edit.unchanged", { service: result.service.name }));
    case "not-allowed":
      return say("warning", directoryText(lang, "edit.not-allowed", { service: result.serviceName }));
    case "not-found":
      return say("warning", directoryText(lang, "edit.not-found"));
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
  const text = (name: keyof typeof current, label: DirectoryTextKey, maxLength: number): FormField => ({
    kind: "text",
    name,
    label: directoryText(lang, label),
    required: false,
    maxLength,
    value: value(name),
  });
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [
      field,
      directoryText(lang, `edit.error.${error.code}` as DirectoryTextKey, { text: error.text ?? "" }),
    ]),
  );
  const title = directoryText(lang, "edit.title", { service: service.name });
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
            label: directoryText(lang, "edit.save"),
            data: { serviceId: service.id, submitted: "true" },
          },
          ...(Object.keys(errors).length > 0 ? { errors } : {}),
        },
      },
    ],
    visibility: "private",
  };
}
