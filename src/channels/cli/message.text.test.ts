import { describe, expect, it } from "vitest";
import type { Block, Message } from "../../views/message.js";
import { renderMessageText } from "./message.text.js";

const msg = (...blocks: Block[]): Message => ({ lang: "nl", summary: "s", blocks, visibility: "shared" });

describe("renderMessageText", () => {
  it("renders a lookup-shaped answer as readable lines", () => {
    const text = renderMessageText(
      msg(
        { type: "heading", text: "Schulden in Wyckerpoort" },
        { type: "text", content: [{ kind: "strong", text: "Schuldhulpverlening" }] },
        {
          type: "fields",
          fields: [
            { label: "Organisatie", value: ["Schuldhulp Maastricht"] },
            { label: "Aanmelden", value: [{ kind: "phone", number: "+31 43 000 1003" }, ", ma–do"] },
          ],
        },
        {
          type: "list",
          items: [
            [
              { kind: "person", professionalId: "p-leila", name: "Leila Bakkali", chatIds: { slack: "U1" } },
              ": afwezig · vervanger: ",
              { kind: "person", professionalId: "p-mark", name: "Mark Janssen" },
            ],
          ],
        },
        { type: "notice", tone: "warning", content: ["Niet gecontroleerd sinds 30-06-2025"] },
        {
          type: "actions",
          actions: [{ intent: "handover.start", label: "Warme overdracht starten", data: {} }],
        },
      ),
    );
    expect(text).toBe(
      [
        "== Schulden in Wyckerpoort ==",
        "Schuldhulpverlening",
        "  Organisatie: Schuldhulp Maastricht",
        "  Aanmelden: +31 43 000 1003, ma–do",
        "  - Leila Bakkali: afwezig · vervanger: Mark Janssen",
        "! Niet gecontroleerd sinds 30-06-2025",
        "  [Warme overdracht starten → handover.start]",
      ].join("\n"),
    );
  });

  it("marks warnings and errors with '!' but not info or success notices", () => {
    const line = (tone: "info" | "warning" | "success" | "error") =>
      renderMessageText(msg({ type: "notice", tone, content: ["x"] }));
    expect([line("info"), line("success"), line("warning"), line("error")]).toEqual(["x", "x", "! x", "! x"]);
  });

  it("indents context, renders a divider as an empty line and links with their URL", () => {
    const text = renderMessageText(
      msg(
        { type: "text", content: ["zie ", { kind: "link", url: "https://example.org", text: "site" }] },
        { type: "divider" },
        { type: "context", content: ["… en nog 3 diensten."] },
        { type: "text", content: [{ kind: "email", address: "a@example.org" }] },
      ),
    );
    expect(text).toBe("zie site (https://example.org)\n\n  … en nog 3 diensten.\na@example.org");
  });

  it("lists several buttons and summarises a form by its title and field labels", () => {
    const text = renderMessageText(
      msg(
        {
          type: "actions",
          actions: [
            { intent: "lookup.choose-wijk", label: "Wyckerpoort", data: { wijkId: "w" } },
            { intent: "lookup.choose-wijk", label: "Limmel", data: { wijkId: "l" } },
          ],
        },
        {
          type: "form",
          form: {
            id: "f",
            title: "Overdracht",
            fields: [
              { kind: "text", name: "reason", label: "Reden", required: true, maxLength: 10 },
              { kind: "toggle", name: "urgent", label: "Spoed" },
            ],
            submit: { intent: "handover.submit", label: "Versturen", data: {} },
          },
        },
      ),
    );
    expect(text).toBe(
      "[Wyckerpoort → lookup.choose-wijk] [Limmel → lookup.choose-wijk]\n  (Overdracht: Reden, Spoed)",
    );
  });

  it("prints text literally: terminal output needs no escaping, and nothing is dropped", () => {
    const hostile = `<script>alert("x")</script> & <!channel> *bold*`;
    expect(renderMessageText(msg({ type: "text", content: [hostile] }))).toBe(hostile);
  });

  it("trims the leading blank line of a heading that opens the message", () => {
    expect(renderMessageText(msg({ type: "heading", text: "Kop" }))).toBe("== Kop ==");
    expect(renderMessageText(msg())).toBe("");
  });
});
