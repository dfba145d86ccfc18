/**
 * Form -> Adaptive Card inputs (an input card in the conversation). Teams merges the input values
 * into the Action.Execute data, so the bot receives `{ ...submit.data, [field.name]: value }`.
 * Required fields and lengths are checked by the client first; the bot validates again and sends
 * the form back with `errors`, shown under the field that is wrong.
 */
import { t } from "../../views/i18n.js";
import type { Form, FormField, Lang } from "../../views/message.js";
import { type CardElement, plainElement } from "./inline.card.js";

function input(field: FormField, lang: Lang): CardElement {
  const common: CardElement = { id: field.name, label: field.label };
  if (field.kind !== "toggle" && field.required) {
    common.isRequired = true;
    common.errorMessage = t(lang, "channel.field-required");
  }
  switch (field.kind) {
    case "text": {
      const el: CardElement = { type: "Input.Text", ...common, maxLength: field.maxLength };
      if (field.multiline) el.isMultiline = true;
      if (field.value !== undefined) el.value = field.value;
      if (field.placeholder !== undefined) el.placeholder = field.placeholder;
      return el;
    }
    case "select": {
      const choices = field.options.map((o) => ({ title: o.label, value: o.value }));
      const el: CardElement = { type: "Input.ChoiceSet", ...common, style: "compact", choices };
      if (field.value !== undefined) el.value = field.value;
      return el;
    }
    case "date":
    case "time": {
      const el: CardElement = { type: field.kind === "date" ? "Input.Date" : "Input.Time", ...common };
      if (field.value !== undefined) el.value = field.value;
      return el;
    }
    case "toggle":
      return {
        type: "Input.Toggle",
        id: field.name,
        title: field.label,
        value: field.value ? "true" : "false",
        valueOn: "true",
        valueOff: "false",
      };
  }
}

export function renderForm(form: Form, lang: Lang): CardElement[] {
  const elements: CardElement[] = [plainElement(form.title, { size: "Medium", weight: "Bolder" })];
  for (const field of form.fields) {
    elements.push(input(field, lang));
    const error = form.errors?.[field.name];
    if (error) elements.push(plainElement(error, { color: "Attention", size: "Small" }));
  }
  elements.push({
    type: "ActionSet",
    actions: [
      {
        type: "Action.Execute",
        title: form.submit.label,
        verb: form.submit.intent,
        data: { ...form.submit.data },
        associatedInputs: "auto",
        style: "positive",
      },
    ],
  });
  return elements;
}
