import { describe, expect, it } from "vitest";
import { ParsedCommand } from "../../../language/command.schema.js";
import { demoLexicon } from "../../../language/demo-lexicon.test-support.js";
import { parseText } from "../../../language/parse.js";

const lexicon = demoLexicon();
const WYCK = "maastricht-wyckerpoort";

function parsed(text: string): Record<string, unknown> {
  const cmd = parseText(text, lexicon);
  ParsedCommand.parse(cmd);
  if (cmd.kind === "case.create") return { ...cmd, wijk: cmd.wijk?.id ?? null };
  return cmd;
}

describe("creating a case in words", () => {
  it.each([
    ["nieuwe casus in Wyckerpoort", "nl", [], null],
    ["nieuwe casus in Wyckerpoort over schulden en eenzaamheid", "nl", ["debts", "loneliness"], null],
    ["maak een nieuw dossier in wyckerpoort, regie bij Anouk Peeters", "nl", [], "Anouk Peeters"],
    ["new case in Wyckerpoort about debts", "en", ["debts"], null],
    ["create a case in Wyckerpoort with lead Mirjam de Wit", "en", [], "Mirjam de Wit"],
  ])("%s", (text, lang, topicIds, regieText) => {
    expect(parsed(text)).toMatchObject({ kind: "case.create", lang, wijk: WYCK, topicIds, regieText });
  });

  it("reads a misspelt wijk as the wijk, and keeps an unknown one as typed", () => {
    expect(parsed("nieuwe casus in Wyckerport")).toMatchObject({ kind: "case.create", wijk: WYCK });
    expect(parsed("nieuwe casus in Atlantis")).toMatchObject({ wijk: null, wijkText: "Atlantis" });
    expect(parsed("nieuwe casus")).toMatchObject({ kind: "case.create", wijk: null, wijkText: null });
  });

  it("leaves lists and case views alone", () => {
    expect(parsed("mijn casussen").kind).toBe("cases.mine");
    expect(parsed("casus WYC-014").kind).toBe("case.show");
    expect(parsed("open WYC-014").kind).toBe("case.show");
    expect(parsed("wie heeft de regie bij WYC-014").kind).toBe("case.show");
  });
});

describe("naming colleagues on a case", () => {
  it.each([
    ["betrek Mark Janssen bij WYC-014", "case.involve", "nl", "Mark Janssen"],
    ["voeg Linda van Hout toe aan casus WYC-014", "case.involve", "nl", "Linda van Hout"],
    ["involve Mark Janssen in WYC-014", "case.involve", "en", "Mark Janssen"],
    ["add Mark to case WYC-014 please", "case.involve", "en", "Mark"],
    ["ontkoppel Mark Janssen van WYC-014", "case.release", "nl", "Mark Janssen"],
    ["haal Linda van Hout van WYC-014 af", "case.release", "nl", "Linda van Hout"],
    ["release Mark Janssen from WYC-014", "case.release", "en", "Mark Janssen"],
    ["regie WYC-014 naar Anouk Peeters", "case.regie", "nl", "Anouk Peeters"],
    ["draag regie van WYC-014 over aan Mirjam de Wit", "case.regie", "nl", "Mirjam de Wit"],
    ["give regie of WYC-014 to Anouk Peeters", "case.regie", "en", "Anouk Peeters"],
  ])("%s", (text, kind, lang, personText) => {
    expect(parsed(text)).toEqual({ kind, lang, code: "WYC-014", personText });
  });

  it("does not take the handover's words for regie", () => {
    expect(parsed("overdracht WYC-014 naar schuldhulp").kind).toBe("handover.start");
  });
});

describe("closing and reopening", () => {
  it.each([
    ["sluit WYC-014", "case.close", "nl"],
    ["casus WYC-014 afsluiten graag", "case.close", "nl"],
    ["close case WYC-014", "case.close", "en"],
    ["heropen WYC-014", "case.reopen", "nl"],
    ["open WYC-014 opnieuw", "case.reopen", "nl"],
    ["reopen case WYC-014", "case.reopen", "en"],
  ])("%s", (text, kind, lang) => {
    expect(parsed(text)).toEqual({ kind, lang, code: "WYC-014" });
  });
});
