import { describe, expect, it } from "vitest";
import { parseTime } from "../features/digest/language/digest.parser.js";
import { formatCaseCode, readMessage } from "./message.js";
import { compactKey, normalizeText, stripBotAddress, tokenize } from "./normalize.js";

describe("normalizeText", () => {
  it.each([
    ["Wmo-ondersteuning", "wmo ondersteuning"],
    ["  Witte   Vrouwenveld ", "witte vrouwenveld"],
    ["Schúlden én Eenzaamheid?!", "schulden en eenzaamheid"],
    ["alzheimer's", "alzheimers"],
    ["end-of-life care", "end of life care"],
    ["Ĳsselstreek", "ĳsselstreek"],
  ])("normalises %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("joins words for the compact key", () => {
    expect(compactKey("Witte Vrouwenveld")).toBe(compactKey("Wittevrouwenveld"));
    expect(compactKey("burn-out")).toBe(compactKey("burnout"));
  });

  it("keeps offsets into the text so raw words can be shown back", () => {
    const [first, second] = tokenize("Hé, Wyckerpoort!");
    expect(first).toEqual({ norm: "he", raw: "Hé", start: 0, end: 2 });
    expect(second).toMatchObject({ norm: "wyckerpoort", start: 4, end: 15 });
  });
});

// Slack's and Teams' markup is cleaned by their channels (slack-markup.test.ts, teams.markup.test.ts).
describe("stripBotAddress", () => {
  it.each([
    ["@Wijkbot wie doet schulden", "wie doet schulden"],
    ["/wijk schulden Ulft", "schulden Ulft"],
    ["/wijk @wijkbot overzicht", "overzicht"],
    ["Wijkbot: help", "help"],
    ["wijk Limmel", "wijk Limmel"],
  ])("cleans %j", (input, expected) => {
    expect(stripBotAddress(input)).toBe(expected);
  });

  it("knows no platform's markup", () => {
    expect(stripBotAddress("<@U123> <at>x</at> &amp;")).toBe("<@U123> <at>x</at> &amp;");
  });
});

describe("case codes", () => {
  it("formats three letters and a zero-padded number", () => {
    expect(formatCaseCode("wyc", "14")).toBe("WYC-014");
    expect(formatCaseCode("LIM", "1234")).toBe("LIM-1234");
  });

  it("does not take a weekday and a time for a case code", () => {
    expect(readMessage("digest on mon 8:30").codes).toEqual([]);
    expect(readMessage("casus wyc 3 en LIM-0020").codes).toEqual(["WYC-003", "LIM-020"]);
  });
});

describe("parseTime", () => {
  it.each([
    ["vrijdag 16:00", "16:00"],
    ["Monday 8:30", "08:30"],
    ["om 9 uur", "09:00"],
    ["om 7", "07:00"],
    ["at 4pm", "16:00"],
    ["12am", "00:00"],
    ["16h30", "16:30"],
    ["1 maart", null],
    ["25:00", null],
  ])("reads %j", (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });
});
