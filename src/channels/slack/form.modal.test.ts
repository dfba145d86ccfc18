import { describe, expect, it } from "vitest";
import type { Form } from "../../views/message.js";
import {
  errorsForView,
  formToModal,
  parseFormButtonValue,
  parseModalMetadata,
  readSubmission,
} from "./form.modal.js";

const form: Form = {
  id: "handover.request",
  title: "Warme overdracht naar Schuldhulp Maastricht",
  fields: [
    {
      kind: "text",
      name: "reason",
      label: "Vraag van de burger",
      required: true,
      maxLength: 5000,
      multiline: true,
      placeholder: "Wat speelt er?",
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
    { kind: "date", name: "until", label: "Geldig tot", required: false, value: "2026-12-31" },
    { kind: "time", name: "at", label: "Bellen om", required: false },
    { kind: "toggle", name: "urgent", label: "Spoed", value: true },
  ],
  submit: {
    intent: "handover.submit",
    label: "Overdracht versturen",
    data: { serviceId: "s1", caseCode: "WYC-014" },
  },
};
const meta = {
  intent: "handover.submit",
  data: { serviceId: "s1", caseCode: "WYC-014" },
  lang: "nl" as const,
};

describe("formToModal", () => {
  it("makes a modal whose callback_id is the form id and whose blocks are the fields", () => {
    const view = formToModal(form, meta);
    expect(view.callback_id).toBe("handover.request");
    expect(view.title.text).toHaveLength(24);
    expect(view.submit?.text).toBe("Overdracht versturen");
    expect(view.close?.text).toBe("Annuleren");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual(meta);
    expect(view.blocks.map((b) => [b.type, b.block_id])).toEqual([
      ["input", "reason"],
      ["input", "consent"],
      ["input", "until"],
      ["input", "at"],
      ["input", "urgent"],
    ]);
  });

  it("gives every kind of field its Slack element, with the current values", () => {
    const elements = formToModal(form, meta).blocks.map(
      (b) => (b as unknown as { element: Record<string, unknown> }).element,
    );
    expect(elements[0]).toMatchObject({
      type: "plain_text_input",
      action_id: "reason",
      multiline: true,
      max_length: 3000,
    });
    expect(elements[1]).toMatchObject({ type: "static_select", initial_option: { value: "verbal" } });
    expect(elements[2]).toMatchObject({ type: "datepicker", initial_date: "2026-12-31" });
    expect(elements[3]).toEqual({ type: "timepicker", action_id: "at" });
    expect(elements[4]).toMatchObject({ type: "checkboxes", initial_options: [{ value: "true" }] });
  });

  it("marks optional fields optional", () => {
    const optional = formToModal(form, meta).blocks.map(
      (b) => (b as unknown as { optional: boolean }).optional,
    );
    expect(optional).toEqual([false, false, true, true, true]);
  });

  it("shows earlier errors under their field, escaped", () => {
    const view = formToModal({ ...form, errors: { reason: "Te lang <!here>" } }, meta);
    expect(view.blocks[1]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", verbatim: true, text: ":warning: Te lang &lt;!here&gt;" }],
    });
  });

  it("puts the other blocks of the message above the fields", () => {
    const view = formToModal(form, meta, [{ type: "text", content: ["Voor WYC-014"] }]);
    expect(view.blocks[0]).toMatchObject({ type: "section" });
    expect(view.blocks).toHaveLength(6);
  });

  it("refuses submit data that does not fit Slack's private_metadata", () => {
    expect(() => formToModal(form, { ...meta, data: { x: "y".repeat(3000) } })).toThrow(/private_metadata/);
  });
});

describe("readSubmission", () => {
  it("reads each element type back to the field's name", () => {
    const data = readSubmission({
      reason: { reason: { type: "plain_text_input", value: "Schulden <@U1>" } },
      consent: { consent: { type: "static_select", selected_option: { value: "written" } } },
      until: { until: { type: "datepicker", selected_date: "2027-01-31" } },
      at: { at: { type: "timepicker", selected_time: null } },
      urgent: { urgent: { type: "checkboxes", selected_options: [] } },
    });
    expect(data).toEqual({
      reason: "Schulden <@U1>",
      consent: "written",
      until: "2027-01-31",
      at: "",
      urgent: "false",
    });
  });
});

describe("errorsForView", () => {
  it("keeps errors on their block and moves others onto the first field", () => {
    expect(errorsForView({ reason: "Verplicht", form: "Iets mis" }, ["consent", "reason"])).toEqual({
      reason: "Verplicht",
      consent: "Iets mis",
    });
    expect(errorsForView({ x: "y" }, [])).toEqual({});
  });
});

describe("metadata and button values", () => {
  it("reads back modal metadata and refuses anything else", () => {
    expect(parseModalMetadata(JSON.stringify({ ...meta, channelId: "C1" }))).toEqual({
      ...meta,
      channelId: "C1",
    });
    expect(parseModalMetadata("not json")).toBeUndefined();
    expect(parseModalMetadata(JSON.stringify({ intent: "x", data: { n: 1 } }))).toBeUndefined();
  });

  it("reads back a form from its open-form button and refuses a malformed one", () => {
    expect(parseFormButtonValue(JSON.stringify({ lang: "en", form }))).toEqual({ lang: "en", form });
    expect(parseFormButtonValue(JSON.stringify({ lang: "en", form: { id: "x" } }))).toBeUndefined();
    expect(parseFormButtonValue(undefined)).toBeUndefined();
  });
});
