/**
 * Form -> modal view, and a submitted modal's state -> the form's data. Pure. Each field is an
 * input block whose block_id and action_id are the field's name, so the bot's errors (by field
 * name) land on the right block through `response_action: "errors"`.
 */
import { z } from "zod/v4";
import type { Lang } from "../../core/shared/lang.js";
import { t } from "../../views/i18n.js";
import type { Block, Form, FormField } from "../../views/message.js";
import type { InputBlock, KnownBlock, ModalView } from "./block-kit.types.js";
import { plain, renderBlocks } from "./message.blocks.js";
import { cutPlain, escapeMrkdwn, mrkdwn } from "./mrkdwn.format.js";
import { SLACK_LIMITS as L } from "./slack-limits.js";
import { parseStringRecord } from "./slack-turn.js";

/** What the modal carries to its view_submission: the submit action, and where it was opened. */
export interface ModalMetadata {
  intent: string;
  data: Record<string, string>;
  lang: Lang;
  channelId?: string;
}

/** A view's state values as Slack sends them (block_id -> action_id -> value). */
export type ViewStateValues = Record<string, Record<string, ViewValue>>;
interface ViewValue {
  type: string;
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}

/** `intro` are the other blocks of the message that held the form, shown above the fields. */
export function formToModal(form: Form, meta: ModalMetadata, intro: Block[] = []): ModalView {
  const privateMetadata = JSON.stringify(meta);
  if (privateMetadata.length > L.privateMetadata) {
    throw new Error(`form ${form.id}: submit data does not fit Slack's private_metadata`);
  }
  const fieldBlocks = form.fields.flatMap((field) => fieldToBlocks(field, form.errors?.[field.name]));
  const room = L.viewBlocks - fieldBlocks.length;
  return {
    type: "modal",
    callback_id: form.id,
    title: plain(cutPlain(form.title, L.viewTitle)),
    submit: plain(cutPlain(form.submit.label, L.viewButton)),
    close: plain(t(meta.lang, "channel.cancel")),
    private_metadata: privateMetadata,
    blocks: [...(intro.length > 0 && room > 0 ? renderBlocks(intro, meta.lang, room) : []), ...fieldBlocks],
  };
}

function fieldToBlocks(field: FormField, error: string | undefined): KnownBlock[] {
  const input: InputBlock = {
    type: "input",
    block_id: field.name,
    label: plain(cutPlain(field.label, L.inputLabel)),
    optional: field.kind === "toggle" ? true : !field.required,
    element: fieldElement(field),
  };
  if (!error) return [input];
  return [input, { type: "context", elements: [mrkdwn(`:warning: ${escapeMrkdwn(error)}`)] }];
}

function fieldElement(field: FormField): InputBlock["element"] {
  const action_id = field.name;
  switch (field.kind) {
    case "text": {
      const max = Math.min(field.maxLength, L.inputMaxLength);
      return {
        type: "plain_text_input",
        action_id,
        multiline: field.multiline ?? false,
        max_length: max,
        ...(field.value ? { initial_value: field.value.slice(0, max) } : {}),
        ...(field.placeholder ? { placeholder: plain(cutPlain(field.placeholder, L.placeholder)) } : {}),
      };
    }
    case "select": {
      const options = field.options
        .filter((o) => o.value.length <= L.optionValue)
        .slice(0, L.selectOptions)
        .map((o) => ({ text: plain(cutPlain(o.label, L.optionText)), value: o.value }));
      const initial = options.find((o) => o.value === field.value);
      return { type: "static_select", action_id, options, ...(initial ? { initial_option: initial } : {}) };
    }
    case "date":
      return { type: "datepicker", action_id, ...(field.value ? { initial_date: field.value } : {}) };
    case "time":
      return { type: "timepicker", action_id, ...(field.value ? { initial_time: field.value } : {}) };
    case "toggle": {
      const option = { text: plain(cutPlain(field.label, L.optionText)), value: "true" };
      return {
        type: "checkboxes",
        action_id,
        options: [option],
        ...(field.value ? { initial_options: [option] } : {}),
      };
    }
  }
}

/** The submitted values by field name: text as typed, "" when left empty, toggles "true"/"false". */
export function readSubmission(values: ViewStateValues): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const value = actions[blockId] ?? Object.values(actions)[0];
    if (value) data[blockId] = submittedValue(value);
  }
  return data;
}

function submittedValue(v: ViewValue): string {
  switch (v.type) {
    case "static_select":
      return v.selected_option?.value ?? "";
    case "datepicker":
      return v.selected_date ?? "";
    case "timepicker":
      return v.selected_time ?? "";
    case "checkboxes":
      return (v.selected_options?.length ?? 0) > 0 ? "true" : "false";
    default:
      return v.value ?? "";
  }
}

/** Errors keyed by the blocks the modal has; an error for no field goes on the first field. */
export function errorsForView(errors: Record<string, string>, blockIds: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) {
    const target = blockIds.includes(name) ? name : blockIds[0];
    if (target) out[target] = out[target] ? `${out[target]} ${message}` : message;
  }
  return out;
}

export function parseModalMetadata(raw: string): ModalMetadata | undefined {
  try {
    const m = JSON.parse(raw) as Partial<ModalMetadata>;
    const data = parseStringRecord(m.data);
    if (typeof m.intent !== "string" || !data) return undefined;
    const meta: ModalMetadata = { intent: m.intent, data, lang: m.lang === "en" ? "en" : "nl" };
    if (typeof m.channelId === "string") meta.channelId = m.channelId;
    return meta;
  } catch {
    return undefined;
  }
}

const str = z.string();
const fieldSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    name: str,
    label: str,
    required: z.boolean(),
    maxLength: z.number(),
    multiline: z.boolean().optional(),
    value: str.optional(),
    placeholder: str.optional(),
  }),
  z.object({
    kind: z.literal("select"),
    name: str,
    label: str,
    required: z.boolean(),
    options: z.array(z.object({ value: str, label: str })),
    value: str.optional(),
  }),
  z.object({ kind: z.literal("date"), name: str, label: str, required: z.boolean(), value: str.optional() }),
  z.object({ kind: z.literal("time"), name: str, label: str, required: z.boolean(), value: str.optional() }),
  z.object({ kind: z.literal("toggle"), name: str, label: str, value: z.boolean().optional() }),
]);
const formButtonSchema = z.object({
  lang: z.enum(["nl", "en"]),
  form: z.object({
    id: str,
    title: str,
    fields: z.array(fieldSchema),
    submit: z.object({ intent: str, label: str, data: z.record(str, str) }),
    errors: z.record(str, str).optional(),
  }),
});

/** The value of an "open form" button (message.blocks.ts) back to the form, or undefined. */
export function parseFormButtonValue(value: string | undefined): { lang: Lang; form: Form } | undefined {
  try {
    const parsed = formButtonSchema.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? (parsed.data as { lang: Lang; form: Form }) : undefined;
  } catch {
    return undefined;
  }
}
