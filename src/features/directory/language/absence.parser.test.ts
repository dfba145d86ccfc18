import { describe, expect, it } from "vitest";
import { demoLexicon } from "../../../language/demo-lexicon.test-support.js";
import { parseText } from "../../../language/parse.js";

const parse = (text: string) => parseText(text, demoLexicon());

describe("parseAbsence", () => {
  it.each([
    ["ik ben afwezig tot 4 december, vervanger Mark Janssen", "nl", null, "4 december", "Mark Janssen"],
    ["I'm away until 4 December, deputy Mark Janssen", "en", null, "4 December", "Mark Janssen"],
    ["afwezig van 1 december t/m 5 december", "nl", "1 december", "5 december", null],
    [
      "Ik ben met verlof tot en met vrijdag. Mijn vervanger is Sanne Hermans.",
      "nl",
      null,
      "vrijdag",
      "Sanne Hermans",
    ],
    [
      "I am on leave from 1 December to 12 December, my deputy is Mark Janssen",
      "en",
      "1 December",
      "12 December",
      "Mark Janssen",
    ],
    ["ik ben afwezig", "nl", null, null, null],
  ])("reads %j", (text, lang, fromText, toText, deputyText) => {
    expect(parse(text)).toEqual({ kind: "absence.report", lang, clear: false, fromText, toText, deputyText });
  });

  it.each([
    ["ik ben terug", "nl"],
    ["afwezigheid wissen", "nl"],
    ["I'm back", "en"],
  ])("reads %j as the end of an absence", (text, lang) => {
    expect(parse(text)).toMatchObject({ kind: "absence.report", lang, clear: true });
  });

  it("leaves lookups alone", () => {
    expect(parse("wie doet schulden in Wyckerpoort").kind).toBe("lookup");
    expect(parse("who handles debts in Wyckerpoort").kind).toBe("lookup");
  });
});
