import { describe, expect, it } from "vitest";
import type { Block, Form, Inline, Message } from "../../views/message.js";
import { escapeHtml, renderMessageHtml } from "./message.html.js";

const msg = (...blocks: Block[]): Message => ({ lang: "nl", summary: "s", blocks, visibility: "shared" });
const render = (...blocks: Block[]) => renderMessageHtml(msg(...blocks));
const text = (...content: Inline[]): Block => ({ type: "text", content });

/** Undoes escapeHtml: what a browser reads out of an attribute value. */
const attributeValue = (s: string) =>
  s
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

const HOSTILE = `<script>alert("x")</script> & 'quoted' <!channel> <@U123> <https://evil.example|klik>`;
const HOSTILE_ESCAPED =
  "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|klik&gt;";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes, ampersand first", () => {
    expect(escapeHtml(`<a href="x">'&amp;'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;amp;&#39;&lt;/a&gt;",
    );
    expect(escapeHtml(HOSTILE)).toBe(HOSTILE_ESCAPED);
  });
});

describe("renderMessageHtml", () => {
  it("wraps the blocks in an article with visibility and language", () => {
    expect(renderMessageHtml({ ...msg(), lang: "en", visibility: "private" })).toBe(
      '<article class="card card-private" lang="en"></article>',
    );
  });

  it("renders headings, text, context and notices with their tone", () => {
    const html = render(
      { type: "heading", text: "Schulden in Wyckerpoort" },
      text("gewoon ", { kind: "strong", text: "vet" }),
      { type: "context", content: ["klein"] },
      { type: "notice", tone: "warning", content: ["let op"] },
    );
    expect(html).toContain("<h3>Schulden in Wyckerpoort</h3>");
    expect(html).toContain("<p>gewoon <strong>vet</strong></p>");
    expect(html).toContain('<p class="context">klein</p>');
    expect(html).toContain('<p class="notice notice-warning">let op</p>');
  });

  it("renders fields as a definition list, lists as ul and dividers as hr", () => {
    const html = render(
      { type: "fields", fields: [{ label: "Organisatie", value: ["Schuldhulp"] }] },
      { type: "list", items: [["een"], ["twee"]] },
      { type: "divider" },
    );
    expect(html).toContain('<dl class="fields"><div><dt>Organisatie</dt><dd>Schuldhulp</dd></div></dl>');
    expect(html).toContain("<ul><li>een</li><li>twee</li></ul>");
    expect(html).toContain("<hr>");
  });

  it("renders people, phone numbers and e-mail addresses as typed inline nodes", () => {
    const html = render(
      text(
        { kind: "person", professionalId: "p-mark-janssen", name: "Mark Janssen", chatIds: { slack: "U1" } },
        { kind: "phone", number: "+31 43 000 1003" },
        { kind: "email", address: "info@example.org" },
      ),
    );
    expect(html).toContain('<span class="person" data-professional="p-mark-janssen">Mark Janssen</span>');
    expect(html).toContain('<a href="tel:+31430001003">+31 43 000 1003</a>');
    expect(html).toContain('<a href="mailto:info@example.org">info@example.org</a>');
    // A Slack id is for Slack only: the web shows the name, never a mention syntax.
    expect(html).not.toContain("U1");
  });

  it("links http(s) URLs safely and leaves javascript: and data: URLs as plain text", () => {
    const html = render(
      text(
        { kind: "link", url: "https://example.org/a?b=1&c=2", text: "site" },
        { kind: "link", url: "javascript:alert(1)", text: "klik" },
        { kind: "link", url: " javascript:alert(2)", text: "spatie" },
        { kind: "link", url: "data:text/html,<script>alert(3)</script>", text: "data" },
      ),
    );
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">site</a>',
    );
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toContain("data:text");
    expect(html).toContain("klik");
    expect(html).toContain("spatie");
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it("keeps a quote in a link URL from breaking out of the attribute", () => {
    const html = render(text({ kind: "link", url: 'https://x.example/" onclick="alert(1)', text: "x" }));
    expect(html).toContain('href="https://x.example/&quot; onclick=&quot;alert(1)"');
    expect(html).not.toContain('" onclick="');
  });

  it("escapes hostile text in every kind of block, so nothing becomes markup or a mention", () => {
    const html = render(
      { type: "heading", text: HOSTILE },
      text(HOSTILE, { kind: "strong", text: HOSTILE }),
      { type: "context", content: [HOSTILE] },
      { type: "notice", tone: "error", content: [HOSTILE] },
      { type: "fields", fields: [{ label: HOSTILE, value: [HOSTILE] }] },
      { type: "list", items: [[HOSTILE]] },
      text({ kind: "person", professionalId: `x"><script>`, name: HOSTILE }),
      text({ kind: "email", address: `a"@b.c<script>` }),
      text({ kind: "link", url: "https://ok.example", text: HOSTILE }),
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<!channel>");
    expect(html).not.toContain("<@U123>");
    // heading, text + strong, context, notice, field label + value, list item, person, link text
    expect(html.split(HOSTILE_ESCAPED).length - 1).toBe(10);
    expect(html).toContain('data-professional="x&quot;&gt;&lt;script&gt;"');
  });

  it("renders buttons with intent, style, confirm text and data that round-trips through the attribute", () => {
    const data = { serviceId: `svc"<x>`, note: "it's & more" };
    const html = render({
      type: "actions",
      actions: [
        { intent: "handover.start", label: "Warme overdracht <starten>", data, style: "primary" },
        {
          intent: "handover.cancel",
          label: "Stop",
          data: {},
          style: "danger",
          confirm: { title: "Zeker?", text: `Echt "stoppen"?`, yes: "Ja", no: "Nee" },
        },
      ],
    });
    expect(html).toContain('<div class="actions">');
    expect(html).toContain('data-intent="handover.start"');
    expect(html).toContain('class="button button-primary">Warme overdracht &lt;starten&gt;</button>');
    expect(html).toContain('data-confirm="Echt &quot;stoppen&quot;?"');
    expect(html).toContain('class="button button-danger">Stop</button>');
    const attr = /data-action="([^"]*)"/.exec(html)?.[1];
    expect(attr).toBeDefined();
    expect(JSON.parse(attributeValue(attr!))).toEqual(data);
  });

  it("renders a form with every field kind, values, required flags and field errors, escaped", () => {
    const form: Form = {
      id: "handover-form",
      title: "Overdracht <naar>",
      fields: [
        {
          kind: "text",
          name: "reason",
          label: "Reden",
          required: true,
          maxLength: 500,
          multiline: true,
          value: "</textarea><script>",
        },
        { kind: "text", name: "phone", label: "Telefoon", required: false, maxLength: 20, value: `"x` },
        {
          kind: "select",
          name: "form",
          label: "Toestemming",
          required: true,
          options: [
            { value: "mondeling", label: "Mondeling" },
            { value: "schriftelijk", label: "Schriftelijk" },
          ],
          value: "schriftelijk",
        },
        { kind: "date", name: "until", label: "Tot", required: false, value: "2026-12-01" },
        { kind: "time", name: "at", label: "Om", required: true },
        { kind: "toggle", name: "urgent", label: "Spoed", value: true },
      ],
      submit: { intent: "handover.submit", label: "Versturen", data: { caseCode: "WYC-014" } },
      errors: { reason: "Vul een reden in <nu>" },
    };
    const html = render({ type: "form", form });
    expect(html).toContain('<form class="form" data-form="handover-form" data-intent="handover.submit"');
    expect(html).toContain("<h4>Overdracht &lt;naar&gt;</h4>");
    expect(html).toContain(
      '<textarea name="reason" id="f-reason" maxlength="500" required>&lt;/textarea&gt;&lt;script&gt;</textarea>',
    );
    expect(html).toContain('<span class="field-error" role="alert">Vul een reden in &lt;nu&gt;</span>');
    expect(html).toContain('<input type="text" name="phone" id="f-phone" maxlength="20" value="&quot;x">');
    expect(html).toContain('<option value="schriftelijk" selected>Schriftelijk</option>');
    expect(html).toContain('<option value="mondeling">Mondeling</option>');
    expect(html).toContain('<input type="date" name="until" id="f-until" value="2026-12-01">');
    expect(html).toContain('<input type="time" name="at" id="f-at" value="" required>');
    expect(html).toContain('<input type="checkbox" name="urgent" id="f-urgent" value="true" checked>');
    expect(html).toContain('<button type="submit" class="button button-primary">Versturen</button>');
    expect(html).not.toContain("<script");
    const attr = /<form[^>]*data-action="([^"]*)"/.exec(html)?.[1];
    expect(JSON.parse(attributeValue(attr!))).toEqual({ caseCode: "WYC-014" });
  });
});
