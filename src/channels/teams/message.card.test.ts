import { describe, expect, it } from "vitest";
import type { Block, Inline, Message } from "../../views/message.js";
import { escapeMarkdown, neutraliseMentionTags } from "./inline.card.js";
import { renderMessageCard } from "./message.card.js";

function message(...blocks: Block[]): Message {
  return { lang: "nl", summary: "samenvatting", blocks, visibility: "shared" };
}

function runs(element: unknown): Record<string, unknown>[] {
  return (element as { inlines: Record<string, unknown>[] }).inlines;
}

const anna: Inline = {
  kind: "person",
  professionalId: "p1",
  name: "Anna de Vries",
  chatIds: { teams: "29:anna" },
};

describe("renderMessageCard", () => {
  it("produces an Adaptive Card 1.5 with the summary as fallback text", () => {
    const card = renderMessageCard(message({ type: "heading", text: "Schulden in Wyckerpoort" }));
    expect(card).toMatchObject({
      type: "AdaptiveCard",
      version: "1.5",
      lang: "nl",
      fallbackText: "samenvatting",
    });
    expect(card.body[0]).toEqual({
      type: "RichTextBlock",
      inlines: [{ type: "TextRun", text: "Schulden in Wyckerpoort", size: "Medium", weight: "Bolder" }],
    });
  });

  it("renders text as TextRuns: strong is bold, links and phone numbers are tappable", () => {
    const card = renderMessageCard(
      message({
        type: "text",
        content: [
          "Bel ",
          { kind: "phone", number: "+31 43 123 4567" },
          " of ",
          { kind: "link", url: "https://example.nl/x", text: "site" },
          { kind: "strong", text: " nu" },
          { kind: "email", address: "a@b.nl" },
        ],
      }),
    );
    const r = runs(card.body[0]);
    expect(r[0]).toEqual({ type: "TextRun", text: "Bel " });
    expect(r[1]).toMatchObject({
      text: "+31 43 123 4567",
      selectAction: { type: "Action.OpenUrl", url: "tel:+31431234567" },
    });
    expect(r[3]).toMatchObject({ text: "site", selectAction: { url: "https://example.nl/x" } });
    expect(r[4]).toMatchObject({ text: " nu", weight: "Bolder" });
    expect(r[5]).toMatchObject({ selectAction: { url: "mailto:a@b.nl" } });
  });

  it("does not make a button of a javascript: link", () => {
    const card = renderMessageCard(
      message({ type: "text", content: [{ kind: "link", url: "javascript:alert(1)", text: "klik" }] }),
    );
    expect(runs(card.body[0])[0]).toEqual({ type: "TextRun", text: "klik" });
  });

  it("mentions a person with a Teams id through an entity in msteams.entities", () => {
    const card = renderMessageCard(message({ type: "text", content: ["Vraag ", anna, " *nu*"] }));
    expect(card.body[0]).toEqual({
      type: "TextBlock",
      wrap: true,
      text: "Vraag <at>Anna de Vries</at> \\*nu\\*",
    });
    expect(card.msteams.entities).toEqual([
      {
        type: "mention",
        text: "<at>Anna de Vries</at>",
        mentioned: { id: "29:anna", name: "Anna de Vries" },
      },
    ]);
  });

  it("shows a person without a Teams id as bold text, with no entity", () => {
    const card = renderMessageCard(
      message({ type: "text", content: [{ kind: "person", professionalId: "p2", name: "Bram" }] }),
    );
    expect(runs(card.body[0])[0]).toEqual({ type: "TextRun", text: "Bram", weight: "Bolder" });
    expect(card.msteams.entities).toBeUndefined();
  });

  it("renders fields as label and value columns", () => {
    const card = renderMessageCard(
      message({ type: "fields", fields: [{ label: "Intake", value: ["ma 9-12"] }] }),
    );
    expect(card.body[0]).toMatchObject({
      type: "ColumnSet",
      columns: [
        { width: "auto", items: [{ inlines: [{ text: "Intake", weight: "Bolder" }] }] },
        { width: "stretch", items: [{ inlines: [{ text: "ma 9-12" }] }] },
      ],
    });
  });

  it("renders context small and subtle, and a notice in a styled container", () => {
    const card = renderMessageCard(
      message(
        { type: "context", content: ["Laatst gecontroleerd 3 mei"] },
        { type: "notice", tone: "warning", content: ["Afwezig"] },
      ),
    );
    expect(runs(card.body[0])[0]).toMatchObject({ size: "Small", isSubtle: true });
    expect(card.body[1]).toMatchObject({
      type: "Container",
      style: "warning",
      items: [{ type: "RichTextBlock" }],
    });
  });

  it("renders a list with bullets and puts a divider's line on the next element", () => {
    const card = renderMessageCard(
      message(
        { type: "heading", text: "A" },
        { type: "divider" },
        { type: "list", items: [["een"], ["twee"]] },
      ),
    );
    expect(card.body).toHaveLength(2);
    expect(card.body[1]).toMatchObject({ type: "Container", separator: true });
    const items = (card.body[1] as { items: unknown[] }).items;
    expect(runs(items[1]).map((r) => r.text)).toEqual(["• ", "twee"]);
  });

  it("renders buttons as Action.Execute with the intent as verb and the data verbatim", () => {
    const card = renderMessageCard(
      message({
        type: "actions",
        actions: [
          { intent: "handover.start", label: "Overdragen", data: { serviceId: "s1" }, style: "primary" },
          {
            intent: "handover.decline",
            label: "Weigeren",
            data: { id: "h1" },
            style: "danger",
            confirm: { title: "Zeker?", text: "Weigeren", yes: "Ja", no: "Nee" },
          },
        ],
      }),
    );
    const actions = (card.body[0] as { actions: Record<string, unknown>[] }).actions;
    expect(actions[0]).toEqual({
      type: "Action.Execute",
      title: "Overdragen",
      verb: "handover.start",
      data: { serviceId: "s1" },
      style: "positive",
    });
    expect(actions[1]).toMatchObject({
      type: "Action.ShowCard",
      title: "Weigeren",
      card: {
        actions: [{ type: "Action.Execute", verb: "handover.decline", title: "Ja", style: "destructive" }],
      },
    });
  });
});

describe("escaping user text", () => {
  const cases: [string, string][] = [
    ["<at>x</at>", "&lt;at&gt;x&lt;/at&gt;"],
    ["[link](http://x)", "\\[link\\]\\(http://x\\)"],
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["<b>", "&lt;b&gt;"],
    ["- item\n# kop\n1. een", "\\- item\n\\# kop\n1\\. een"],
    ["a_b `c` & d", "a\\_b \\`c\\` &amp; d"],
  ];
  it.each(cases)("escapes %j for a Markdown TextBlock", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("keeps typed text literal next to a mention, so nothing else becomes a mention or link", () => {
    const typed = "<at>Anna de Vries</at> [link](http://x) **bold** <b>";
    const card = renderMessageCard(message({ type: "text", content: [anna, ` ${typed}`] }));
    const text = (card.body[0] as { text: string }).text;
    expect(text).toBe(
      "<at>Anna de Vries</at> &lt;at&gt;Anna de Vries&lt;/at&gt; \\[link\\]\\(http://x\\) \\*\\*bold\\*\\* &lt;b&gt;",
    );
    expect(text.match(/<at>/g)).toHaveLength(1);
  });

  it("leaves TextRun text visibly the same but breaks a typed <at> tag", () => {
    const card = renderMessageCard(
      message({ type: "text", content: ["<at>x</at> **bold** [l](http://x) <b>"] }),
    );
    const text = runs(card.body[0])[0]?.text as string;
    expect(text).not.toMatch(/<\/?at>/);
    expect(text.replace(/\u2060/g, "")).toBe("<at>x</at> **bold** [l](http://x) <b>");
    expect(neutraliseMentionTags("<AT>y</At>")).toBe("<\u2060AT>y<\u2060/At>");
  });

  it("strips angle brackets from a mentioned name so the tag stays well formed", () => {
    const odd: Inline = {
      kind: "person",
      professionalId: "p3",
      name: "Eve <x>",
      chatIds: { teams: "29:eve" },
    };
    const card = renderMessageCard(message({ type: "text", content: [odd] }));
    expect((card.body[0] as { text: string }).text).toBe("<at>Eve x</at>");
    expect(card.msteams.entities?.[0]?.text).toBe("<at>Eve x</at>");
  });
});
