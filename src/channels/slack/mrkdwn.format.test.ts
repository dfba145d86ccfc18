import { describe, expect, it } from "vitest";
import { cutMrkdwn, cutPlain, escapeMrkdwn, inlineToMrkdwn } from "./mrkdwn.format.js";

const ZWSP = "\u200B";
/** What Slack would read as a formatting span: *x*, _x_, ~x~ or `x` at word boundaries. */
const FORMATTING = /(^|[\s(])([*_~`])[^\s*_~`][^*_~`]*\2(?=$|[\s).,!?])/;

describe("escapeMrkdwn", () => {
  it("turns <!channel> into text nobody is pinged by", () => {
    expect(escapeMrkdwn("<!channel> kom allemaal")).toBe("&lt;!channel&gt; kom allemaal");
  });

  it("turns a user mention into literal text", () => {
    expect(escapeMrkdwn("vraag <@U123>")).toBe("vraag &lt;@U123&gt;");
  });

  it("turns a link with a label into literal text", () => {
    expect(escapeMrkdwn("<https://x|y>")).toBe("&lt;https://x|y&gt;");
  });

  it("escapes & first so entities cannot be smuggled in", () => {
    expect(escapeMrkdwn("A & B &lt;")).toBe("A &amp; B &amp;lt;");
  });

  it("keeps *bold*, _italic_, ~strike~ and `code` from formatting", () => {
    for (const input of ["*bold*", "_italic_", "~strike~", "`code`", "een *vet* woord"]) {
      const out = escapeMrkdwn(input);
      expect(out).not.toMatch(FORMATTING);
      expect(out.replaceAll(ZWSP, "")).toBe(input);
    }
  });

  it("keeps a leading > from becoming a quote", () => {
    expect(escapeMrkdwn("> geciteerd\n> ook")).toBe(`${ZWSP}&gt; geciteerd\n${ZWSP}&gt; ook`);
  });
});

describe("inlineToMrkdwn", () => {
  it("mentions a person with a valid Slack user id", () => {
    expect(
      inlineToMrkdwn({ kind: "person", professionalId: "p1", name: "Anna", chatIds: { slack: "U0ANNA1" } }),
    ).toBe("<@U0ANNA1>");
    expect(
      inlineToMrkdwn({ kind: "person", professionalId: "p1", name: "Anna", chatIds: { slack: "W12AB" } }),
    ).toBe("<@W12AB>");
  });

  it("shows the escaped name when the Slack id is missing or not an id", () => {
    expect(inlineToMrkdwn({ kind: "person", professionalId: "p1", name: "Anna <3" })).toBe("Anna &lt;3");
    const forged = {
      kind: "person" as const,
      professionalId: "p1",
      name: "Anna",
      chatIds: { slack: "U1>|<!channel" },
    };
    expect(inlineToMrkdwn(forged)).toBe("Anna");
  });

  it("links only http(s) and mailto URLs and escapes the label", () => {
    expect(inlineToMrkdwn({ kind: "link", url: "https://wijk.nl/a", text: "<b>&" })).toBe(
      "<https://wijk.nl/a|&lt;b&gt;&amp;>",
    );
    expect(inlineToMrkdwn({ kind: "link", url: "javascript:alert(1)", text: "x" })).toBe(
      "x (javascript:alert(1))",
    );
    expect(inlineToMrkdwn({ kind: "link", url: "https://a|<!here>", text: "x" })).toBe(
      "x (https://a|&lt;!here&gt;)",
    );
  });

  it("renders strong text as bold with its inside escaped", () => {
    expect(inlineToMrkdwn({ kind: "strong", text: "Schuld & zorg" })).toBe("*Schuld &amp; zorg*");
  });

  it("renders phone numbers and e-mail addresses literally", () => {
    expect(inlineToMrkdwn({ kind: "phone", number: "+31 43 123 4567" })).toBe("+31 43 123 4567");
    expect(inlineToMrkdwn({ kind: "email", address: "team@wijk.nl" })).toBe(
      "<mailto:team@wijk.nl|team@wijk.nl>",
    );
    expect(inlineToMrkdwn({ kind: "email", address: "<!channel>@x" })).toBe("&lt;!channel&gt;@x");
  });
});

describe("cutting", () => {
  it("never splits an entity or a Slack token", () => {
    const text = `${"a".repeat(8)}&amp;<@U123>`;
    for (let max = 5; max < text.length; max++) {
      const { text: cut, cut: wasCut } = cutMrkdwn(text, max);
      expect(wasCut).toBe(true);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).toMatch(/^a*(&amp;)?(<@U123>)?…$/);
    }
  });

  it("leaves short text alone", () => {
    expect(cutMrkdwn("kort", 10)).toEqual({ text: "kort", cut: false });
    expect(cutPlain("kort", 10)).toBe("kort");
    expect(cutPlain("x".repeat(80), 75)).toHaveLength(75);
  });
});
