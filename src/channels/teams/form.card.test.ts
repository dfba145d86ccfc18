import { describe, expect, it } from "vitest";
import type { Form, Message } from "../../views/message.js";
import { renderMessageCard } from "./message.card.js";

const form: Form = {
  id: "handover-request",
  title: "Warme overdracht",
  fields: [
    {
      kind: "text",
      name: "reason",
      label: "Vraag",
      required: true,
      maxLength: 500,
      multiline: true,
      placeholder: "…",
    },
    {
      kind: "select",
      name: "consent",
      label: "Toestemming",
      required: true,
      options: [
        { value: "verbal", label: "Mondeling" },
        { value: "written", label: "Schriftelijk" },
      ],
      value: "verbal",
    },
    { kind: "date", name: "until", label: "Tot", required: false, value: "2026-12-01" },
    { kind: "time", name: "at", label: "Om", required: false },
    { kind: "toggle", name: "urgent", label: "Spoed", value: true },
  ],
  submit: { intent: "handover.submit", label: "Versturen", data: { serviceId: "s1" } },
  errors: { reason: "Te lang <b>" },
};

function body(lang: "nl" | "en" = "nl") {
  const message: Message = {
    lang,
    summary: "formulier",
    blocks: [{ type: "form", form }],
    visibility: "private",
  };
  return renderMessageCard(message).body as Record<string, unknown>[];
}

describe("renderForm", () => {
  it("renders each field as the matching input with label and limits", () => {
    const b = body();
    expect(b[0]).toMatchObject({ type: "RichTextBlock", inlines: [{ text: "Warme overdracht" }] });
    expect(b[1]).toEqual({
      type: "Input.Text",
      id: "reason",
      label: "Vraag",
      isRequired: true,
      errorMessage: "Dit veld is verplicht.",
      maxLength: 500,
      isMultiline: true,
      placeholder: "…",
    });
    expect(b[3]).toMatchObject({
      type: "Input.ChoiceSet",
      id: "consent",
      style: "compact",
      value: "verbal",
      choices: [
        { title: "Mondeling", value: "verbal" },
        { title: "Schriftelijk", value: "written" },
      ],
    });
    expect(b[4]).toEqual({ type: "Input.Date", id: "until", label: "Tot", value: "2026-12-01" });
    expect(b[5]).toEqual({ type: "Input.Time", id: "at", label: "Om" });
    expect(b[6]).toMatchObject({
      type: "Input.Toggle",
      id: "urgent",
      title: "Spoed",
      value: "true",
      valueOn: "true",
    });
  });

  it("shows a previous error literally under its field", () => {
    expect(body()[2]).toEqual({
      type: "RichTextBlock",
      inlines: [{ type: "TextRun", text: "Te lang <b>", color: "Attention", size: "Small" }],
    });
  });

  it("submits with Action.Execute, the intent as verb, and the inputs associated", () => {
    const b = body("en");
    expect(b.at(-1)).toEqual({
      type: "ActionSet",
      actions: [
        {
          type: "Action.Execute",
          title: "Versturen",
          verb: "handover.submit",
          data: { serviceId: "s1" },
          associatedInputs: "auto",
          style: "positive",
        },
      ],
    });
    expect(b[1]).toMatchObject({ errorMessage: "This field is required." });
  });
});
