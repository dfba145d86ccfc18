import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParsedCommand } from "./command.schema.js";
import { demoLexicon } from "./demo-lexicon.test-support.js";
import { buildLexicon } from "./lexicon.js";
import { parseText } from "./parse.js";

// A region that shares no word with the demo map: if anything were hard-coded, this would fail.
const haaglanden = buildLexicon({
  wijken: [
    {
      id: "den-haag-zeeheldenkwartier",
      name: "Zeeheldenkwartier",
      aliases: ["ZHK"],
      municipalityName: "Den Haag",
    },
    { id: "delft-tanthof", name: "Tanthof-Oost", aliases: ["Tanthof"], municipalityName: "Delft" },
  ],
  topics: [
    {
      id: "fireworks",
      nameNl: "Vuurwerkoverlast",
      nameEn: "Fireworks nuisance",
      synonymsNl: ["knalvuurwerk", "oud en nieuw overlast"],
      synonymsEn: ["firecrackers"],
    },
  ],
});

describe("a made-up region", () => {
  it.each([
    ["wie doet vuurwerkoverlast in Zeeheldenkwartier?", "fireworks", "den-haag-zeeheldenkwartier", "nl"],
    ["who handles fireworks nuisance in ZHK", "fireworks", "den-haag-zeeheldenkwartier", "en"],
    ["knalvuurwerk zeeheldenkwartir", "fireworks", "den-haag-zeeheldenkwartier", "nl"],
    ["oud en nieuw overlast in Tanthof Oost", "fireworks", "delft-tanthof", "nl"],
    ["firecrakers Tanthof", "fireworks", "delft-tanthof", "en"],
  ])("understands %j from its own data", (text, topic, wijk, lang) => {
    expect(parseText(text, haaglanden)).toMatchObject({
      kind: "lookup",
      lang,
      topics: [{ id: topic }],
      wijk: { id: wijk },
    });
  });

  it("knows nothing of the demo map's wijken and topics", () => {
    expect(parseText("wie doet schulden in Wyckerpoort", haaglanden)).toMatchObject({
      kind: "lookup",
      topics: [],
      wijk: null,
      wijkText: "Wyckerpoort",
      unknownTopicText: "schulden",
    });
  });

  it("keeps the command grammar", () => {
    expect(parseText("overzicht Zeeheldenkwartier", haaglanden)).toMatchObject({
      kind: "digest.show",
      wijk: { id: "den-haag-zeeheldenkwartier" },
    });
    expect(parseText("mijn overdrachten", haaglanden).kind).toBe("handovers.mine");
  });
});

describe("parseText on any string", () => {
  const lexicon = demoLexicon();

  it("never throws and always returns a valid command", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 80 })),
        (text) => {
          expect(ParsedCommand.safeParse(parseText(text, lexicon)).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("survives markup, control characters and huge input", () => {
    for (const text of [
      "<@",
      "<at>",
      "&nbsp;",
      "\u0000\u200b",
      "wyc-999999999",
      "💥".repeat(5000),
      "a ".repeat(999),
    ]) {
      expect(ParsedCommand.safeParse(parseText(text, lexicon)).success).toBe(true);
    }
  });
});
