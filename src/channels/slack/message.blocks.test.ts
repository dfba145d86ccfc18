import { describe, expect, it } from "vitest";
import type { Action, Block, Message } from "../../views/message.js";
import {
  actionIdFor,
  intentFromActionId,
  OPEN_FORM_ACTION,
  renderHome,
  renderMessage,
} from "./message.blocks.js";

function message(blocks: Block[], extra: Partial<Message> = {}): Message {
  return { lang: "nl", summary: "Antwoord", blocks, visibility: "shared", ...extra };
}

/** Every mrkdwn text in the rendered blocks, for assertions about what Slack will parse. */
function texts(blocks: unknown): string[] {
  const out: string[] = [];
  JSON.stringify(blocks, (_key, value) => {
    if (value && typeof value === "object" && value.type === "mrkdwn") out.push(value.text);
    return value;
  });
  return out;
}

const action = (n: number, extra: Partial<Action> = {}): Action => ({
  intent: "handover.start",
  label: `Knop ${n}`,
  data: { serviceId: `s${n}` },
  ...extra,
});

describe("renderMessage: one Block Kit block per block type", () => {
  it("renders a heading as a plain-text header", () => {
    const { blocks } = renderMessage(message([{ type: "heading", text: "Schulden *Wyckerpoort*" }]));
    expect(blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Schulden *Wyckerpoort*", emoji: true } },
    ]);
  });

  it("renders text as a verbatim mrkdwn section with strong, person and link", () => {
    const { blocks } = renderMessage(
      message([
        {
          type: "text",
          content: [
            { kind: "strong", text: "Schuldhulp" },
            " bij ",
            { kind: "person", professionalId: "p1", name: "Anna", chatIds: { slack: "U0ANNA" } },
            " — ",
            { kind: "link", url: "https://wijk.nl/schulden", text: "website" },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          verbatim: true,
          text: "*Schuldhulp* bij <@U0ANNA> — <https://wijk.nl/schulden|website>",
        },
      },
    ]);
  });

  it("renders fields as a section with label and value per field", () => {
    const { blocks } = renderMessage(
      message([
        {
          type: "fields",
          fields: [
            { label: "Inloop", value: ["ma 9-12"] },
            { label: "Gecontroleerd", value: ["1 nov"] },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      {
        type: "section",
        fields: [
          { type: "mrkdwn", verbatim: true, text: "*Inloop*\nma 9-12" },
          { type: "mrkdwn", verbatim: true, text: "*Gecontroleerd*\n1 nov" },
        ],
      },
    ]);
  });

  it("renders context, notice, list and divider", () => {
    const { blocks } = renderMessage(
      message([
        { type: "context", content: ["Laatst gecontroleerd 1 november"] },
        { type: "notice", tone: "warning", content: ["Anna is vandaag afwezig"] },
        { type: "list", items: [["een"], ["twee"]] },
        { type: "divider" },
      ]),
    );
    expect(blocks).toEqual([
      {
        type: "context",
        elements: [{ type: "mrkdwn", verbatim: true, text: "Laatst gecontroleerd 1 november" }],
      },
      {
        type: "section",
        text: { type: "mrkdwn", verbatim: true, text: ":warning: Anna is vandaag afwezig" },
      },
      { type: "section", text: { type: "mrkdwn", verbatim: true, text: "• een\n• twee" } },
      { type: "divider" },
    ]);
  });

  it("renders actions as buttons: action_id is the intent, value the data as JSON", () => {
    const confirm = { title: "Zeker?", text: "Echt weigeren?", yes: "Ja", no: "Nee" };
    const { blocks } = renderMessage(
      message([
        {
          type: "actions",
          actions: [
            action(1, { style: "primary" }),
            action(2, { intent: "handover.decline", style: "danger", confirm }),
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "handover.start",
            text: { type: "plain_text", text: "Knop 1", emoji: true },
            value: '{"serviceId":"s1"}',
            style: "primary",
          },
          {
            type: "button",
            action_id: "handover.decline",
            text: { type: "plain_text", text: "Knop 2", emoji: true },
            value: '{"serviceId":"s2"}',
            style: "danger",
            confirm: {
              title: { type: "plain_text", text: "Zeker?", emoji: true },
              text: { type: "plain_text", text: "Echt weigeren?", emoji: true },
              confirm: { type: "plain_text", text: "Ja", emoji: true },
              deny: { type: "plain_text", text: "Nee", emoji: true },
            },
          },
        ],
      },
    ]);
  });

  it("keeps action_ids unique within a block and maps them back to the intent", () => {
    const { blocks } = renderMessage(
      message([{ type: "actions", actions: [action(1), action(2), action(3)] }]),
    );
    const ids = (blocks[0] as { elements: { action_id: string }[] }).elements.map((e) => e.action_id);
    expect(ids).toEqual(["handover.start", "handover.start~2", "handover.start~3"]);
    expect(ids.map(intentFromActionId)).toEqual(["handover.start", "handover.start", "handover.start"]);
    expect(actionIdFor("consult.vote", 1)).toBe("consult.vote");
  });

  it("renders a form inside a message as a button that carries the form", () => {
    const form = {
      id: "handover.request",
      title: "Warme overdracht",
      fields: [{ kind: "text" as const, name: "reason", label: "Vraag", required: true, maxLength: 500 }],
      submit: { intent: "handover.submit" as const, label: "Versturen", data: { serviceId: "s1" } },
    };
    const { blocks } = renderMessage(message([{ type: "form", form }]));
    expect(blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", verbatim: true, text: "*Warme overdracht*" },
    });
    const button = (blocks[1] as { elements: { action_id: string; value: string }[] }).elements[0]!;
    expect(button.action_id).toBe(OPEN_FORM_ACTION);
    expect(JSON.parse(button.value)).toEqual({ lang: "nl", form });
  });

  it("uses the summary, with control characters escaped, as the fallback text", () => {
    expect(renderMessage(message([], { summary: "Reden: <!channel> & meer" })).text).toBe(
      "Reden: &lt;!channel&gt; &amp; meer",
    );
  });
});

describe("renderMessage: user text stays literal", () => {
  const cases: [string, RegExp][] = [
    ["<!channel> kom", /<!channel>/],
    ["vraag <@U123>", /<@U123>/],
    ["<https://x|y>", /<https:\/\/x\|y>/],
    ["*bold*", /(^|\s)\*bold\*/],
    ["A & B", /A & B/],
  ];
  for (const [input, forbidden] of cases) {
    it(`escapes ${input} in every block that shows text`, () => {
      const { blocks } = renderMessage(
        message([
          { type: "text", content: [input] },
          { type: "fields", fields: [{ label: input, value: [input] }] },
          { type: "context", content: [input] },
          { type: "notice", tone: "info", content: [input] },
          { type: "list", items: [[input]] },
          { type: "text", content: [{ kind: "strong", text: input }] },
        ]),
      );
      const all = texts(blocks);
      expect(all).toHaveLength(6);
      for (const t of all) expect(t).not.toMatch(forbidden);
    });
  }
});

describe("renderMessage: Block Kit limits", () => {
  const more = "… en meer: dit antwoord is ingekort.";

  it("keeps at most 50 blocks, the last saying there is more", () => {
    const blocks: Block[] = Array.from({ length: 80 }, (_, i) => ({ type: "text", content: [`regel ${i}`] }));
    const out = renderMessage(message(blocks)).blocks;
    expect(out).toHaveLength(50);
    expect(texts(out.at(-1))).toEqual([more]);
    expect(texts(out[48])).toEqual(["regel 48"]);
  });

  it("does not add the line when exactly 50 blocks fit", () => {
    const blocks: Block[] = Array.from({ length: 50 }, () => ({ type: "divider" }));
    expect(renderMessage(message(blocks)).blocks).toHaveLength(50);
    expect(texts(renderMessage(message(blocks)).blocks)).toEqual([]);
  });

  it("cuts a 20,000-character text to 3000 characters and says so", () => {
    const out = renderMessage(message([{ type: "text", content: ["<".repeat(20_000)] }])).blocks;
    const [section, tail] = texts(out);
    expect(section!.length).toBeLessThanOrEqual(3000);
    expect(section).toMatch(/^(&lt;)+…$/);
    expect(tail).toBe(more);
  });

  it("splits more than 10 fields over several sections", () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: [`v${i}`] }));
    const out = renderMessage(message([{ type: "fields", fields }])).blocks as { fields: unknown[] }[];
    expect(out.map((b) => b.fields.length)).toEqual([10, 10, 3]);
  });

  it("cuts a field to 2000 characters", () => {
    const out = renderMessage(
      message([{ type: "fields", fields: [{ label: "Notitie", value: ["x".repeat(5000)] }] }]),
    );
    expect(texts(out.blocks)[0]!.length).toBeLessThanOrEqual(2000);
  });

  it("splits more than 25 buttons over several actions blocks", () => {
    const actions = Array.from({ length: 30 }, (_, i) => action(i));
    const out = renderMessage(message([{ type: "actions", actions }])).blocks as { elements: unknown[] }[];
    expect(out.map((b) => b.elements.length)).toEqual([25, 5]);
  });

  it("cuts button text to 75 characters", () => {
    const out = renderMessage(
      message([{ type: "actions", actions: [action(1, { label: "k".repeat(200) })] }]),
    );
    const button = (out.blocks[0] as { elements: { text: { text: string } }[] }).elements[0]!;
    expect(button.text.text).toHaveLength(75);
  });

  it("leaves out a button whose data exceeds 2000 characters, and says so", () => {
    const big = action(1, { data: { note: "x".repeat(2100) } });
    const out = renderMessage(message([{ type: "actions", actions: [big, action(2)] }])).blocks;
    expect((out[0] as { elements: unknown[] }).elements).toHaveLength(1);
    expect(texts(out.at(-1))).toEqual([more]);
  });

  it("writes the more line in English for English messages", () => {
    const blocks: Block[] = Array.from({ length: 60 }, () => ({ type: "divider" }));
    expect(texts(renderMessage(message(blocks, { lang: "en" })).blocks)).toEqual([
      "… and more: this answer was shortened.",
    ]);
  });
});

describe("renderHome", () => {
  it("puts the messages one after another, divided, in a home view", () => {
    const view = renderHome([
      message([{ type: "heading", text: "Mijn overdrachten" }]),
      message([{ type: "text", content: ["Geen open consulten"] }]),
    ]);
    expect(view.type).toBe("home");
    expect(view.blocks.map((b) => b.type)).toEqual(["header", "divider", "section"]);
  });

  it("keeps a home view within 100 blocks", () => {
    const many = Array.from({ length: 30 }, () =>
      message(Array.from({ length: 5 }, () => ({ type: "divider" as const }))),
    );
    const view = renderHome(many);
    expect(view.blocks).toHaveLength(100);
    expect(view.blocks.at(-1)?.type).toBe("context");
  });
});
