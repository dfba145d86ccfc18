import { describe, expect, it } from "vitest";
import { slackMessageText } from "../channels/slack/slack-markup.js";
import { teamsMessageText } from "../channels/teams/teams.markup.js";
import { type CommandKind, ParsedCommand } from "./command.schema.js";
import { demoLexicon } from "./demo-lexicon.test-support.js";
import { MAX_INPUT_LENGTH, parseText } from "./parse.js";

const lexicon = demoLexicon();

/** The parse with vocabulary matches reduced to their ids, so table rows stay one line each. */
function summary(text: string): Record<string, unknown> {
  const cmd = parseText(text, lexicon);
  ParsedCommand.parse(cmd);
  if (cmd.kind === "lookup")
    return { ...cmd, topics: cmd.topics.map((t) => t.id), wijk: cmd.wijk?.id ?? null };
  if (cmd.kind === "digest.show") return { ...cmd, wijk: cmd.wijk?.id ?? null };
  return cmd;
}

type Row = [text: string, expected: { kind: CommandKind } & Record<string, unknown>];

const W = {
  wyck: "maastricht-wyckerpoort",
  wvv: "maastricht-wittevrouwenveld",
  nazareth: "maastricht-nazareth",
  limmel: "maastricht-limmel",
  malberg: "maastricht-malberg",
  overvecht: "utrecht-overvecht",
  ondiep: "utrecht-ondiep",
  kanaleneiland: "utrecht-kanaleneiland",
  wiken: "drachten-de-wiken",
  ruwaard: "oss-ruwaard",
  ulft: "oude-ijsselstreek-ulft",
  lemmer: "de-fryske-marren-lemmer",
};
const look = (
  topics: string[],
  wijk: string | null,
  lang: "nl" | "en" = "nl",
  extra: Record<string, unknown> = {},
) => ({
  kind: "lookup" as const,
  lang,
  topics,
  wijk,
  ...extra,
});

const dutchLookups: Row[] = [
  ["wie doet schulden in Wyckerpoort?", look(["debts"], W.wyck)],
  ["Wie doet schulden in Wyckerpoort", look(["debts"], W.wyck)],
  ["schuldhulp wijckerpoort", look(["debts"], W.wyck)],
  ["schuldhulp Wyckerport", look(["debts"], W.wyck)],
  ["Wyckerpoort schulden", look(["debts"], W.wyck)],
  ["in Limmel iemand voor eenzaamheid?", look(["loneliness"], W.limmel)],
  ["schulden en eenzaamheid in Limmel", look(["debts", "loneliness"], W.limmel)],
  ["schuldn in Malberg", look(["debts"], W.malberg)],
  ["eenzaamhied Nazareth", look(["loneliness"], W.nazareth)],
  ["wie doet dementei in Nazareth", look(["dementia"], W.nazareth)],
  ["wie doet mantelzorg in WVV", look(["informal-care"], W.wvv)],
  ["hulp bij geldzorgen in Witte Vrouwenveld", look(["debts"], W.wvv)],
  ["wittevrouwenveld huiselijk geweld", look(["domestic-violence"], W.wvv)],
  ["ik zoek iemand voor dementie in De Lemmer", look(["dementia"], W.lemmer)],
  ["wie doet thuiszorg in Drachten de Wiken", look(["district-nursing"], W.wiken)],
  ["wijkverpleging De Wiken", look(["district-nursing"], W.wiken)],
  ["ggz Overvecht", look(["mental-health"], W.overvecht)],
  ["WMO ONDIEP", look(["wmo-support"], W.ondiep)],
  ["Wmo-ondersteuning in Kanaleneiland", look(["wmo-support"], W.kanaleneiland)],
  ["wie helpt met huurachterstand in Ruwaard?", look(["housing"], W.ruwaard)],
  ["rouwverwerking Ulft", look(["spiritual"], W.ulft)],
  ["wie doet palliatieve zorg in Limmel", look(["palliative"], W.limmel)],
  ["iemand voor verslavingszorg in Malberg", look(["addiction"], W.malberg)],
  ["gokverslaving Malberg", look(["addiction"], W.malberg)],
  ["schuldenproblematiek in Ondiep", look(["debts"], W.ondiep)],
  ["bewindvoerder Limmel", look(["debts"], W.limmel)],
  ["wie regelt beschermingsbewind in Limmel", look(["debts"], W.limmel)],
  ["wie doet uitkering en woning in Overvecht", look(["income-work", "housing"], W.overvecht)],
  ["wie doet schuldhulpverlening én eenzaamheid in Wyckerpoort", look(["debts", "loneliness"], W.wyck)],
  ["wie  doet   SCHULDEN in   wyckerpoort ???", look(["debts"], W.wyck)],
  ["Wíe dóet schúlden in Wÿckerpoort", look(["debts"], W.wyck)],
  ["wie doet nederlands leren in Ondiep", look(["language-digital"], W.ondiep)],
  ["stress Kanaleneiland", look(["mental-health"], W.kanaleneiland)],
  ["diabetes in Ruwaard", look(["lifestyle"], W.ruwaard)],
  ["schulden", look(["debts"], null)],
  ["eenzaamheid?", look(["loneliness"], null)],
  ["wie doet jeugdhulp", look(["youth-family"], null)],
  ["ik zoek hulp bij schulden", look(["debts"], null)],
  ["wie doet in Limmel", look([], W.limmel, "nl", { unknownTopicText: null })],
  ["Limmel", look([], W.limmel)],
];

const englishLookups: Row[] = [
  ["who handles debts in Wyckerpoort", look(["debts"], W.wyck, "en")],
  ["who handles debts in Wyckerport?", look(["debts"], W.wyck, "en")],
  ["who can help with money problems in Overvecht", look(["debts"], W.overvecht, "en")],
  ["someone for loneliness in Limmel?", look(["loneliness"], W.limmel, "en")],
  ["help me with debts and loneliness in Malberg", look(["debts", "loneliness"], W.malberg, "en")],
  ["who does home care in Kanaleneiland", look(["district-nursing"], W.kanaleneiland, "en")],
  ["anyone for end-of-life care in Nazareth", look(["palliative"], W.nazareth, "en")],
  ["who handles unpaid bills in WVV", look(["debts"], W.wvv, "en")],
  ["looking for a family coach in Ondiep", look(["youth-family"], W.ondiep, "en")],
  ["who handles dementia in Malberg", look(["dementia"], W.malberg, "en")],
  ["who handles lonelyness in Limmel", look(["loneliness"], W.limmel, "en")],
  ["grief Ulft", look(["spiritual"], W.ulft, "en")],
  ["who handles debts", look(["debts"], null, "en")],
  ["who handles alzheimer's in De Lemmer", look(["dementia"], W.lemmer, "en")],
];

const misses: Row[] = [
  [
    "wie doet schulden in Atlantis",
    look(["debts"], null, "nl", { wijkText: "Atlantis", wijkSuggestions: [] }),
  ],
  [
    "schulden in Wyckerpoortveld",
    look(["debts"], null, "nl", { wijkText: "Wyckerpoortveld", wijkSuggestions: [W.wyck] }),
  ],
  [
    "schulden in Maastricht",
    look(["debts"], null, "nl", {
      wijkText: "Maastricht",
      wijkSuggestions: expect.arrayContaining([W.wyck]),
    }),
  ],
  [
    "who handles gambling in Atlantis",
    look(["addiction"], null, "en", { wijkText: "Atlantis", wijkSuggestions: [] }),
  ],
  ["wie doet xyzzy in Limmel", look([], W.limmel, "nl", { unknownTopicText: "xyzzy", topicSuggestions: [] })],
  ["wie doet verslaafd in Malberg", look(["addiction"], W.malberg, "nl")],
  ["who handles unicorns in Limmel", look([], W.limmel, "en", { unknownTopicText: "unicorns" })],
  ["ik zoek een tandarts", look([], null, "nl", { unknownTopicText: "tandarts" })],
  ["hulp bij ruzie met de buren", look([], null, "nl", { unknownTopicText: "ruzie", wijkText: null })],
  [
    "wie doet schulden voor een bewoner",
    look(["debts"], null, "nl", { wijkText: null, unknownTopicText: null }),
  ],
];

// Slack's and Teams' markup is taken off by their channel before the text reaches the bot, so
// those rows read the text as the channel hands it over.
const chatLeftovers: Row[] = [
  ["@Wijkbot wie doet schulden in Limmel?", look(["debts"], W.limmel)],
  [slackMessageText("<@U123ABC> wie doet schulden in Limmel"), look(["debts"], W.limmel)],
  [slackMessageText("<@U123|wijkbot> who handles debts in Limmel"), look(["debts"], W.limmel, "en")],
  [teamsMessageText("<at>Wijkbot</at> wie doet eenzaamheid in Ruwaard?"), look(["loneliness"], W.ruwaard)],
  [teamsMessageText("<at>Wijkbot</at>&nbsp;schulden Ulft"), look(["debts"], W.ulft)],
  ["/wijk schulden Ulft", look(["debts"], W.ulft)],
  ["Wijkbot, wmo in Kanaleneiland", look(["wmo-support"], W.kanaleneiland)],
];

const commands: Row[] = [
  ["help", { kind: "help", lang: "nl" }],
  ["?", { kind: "help", lang: "nl" }],
  ["", { kind: "help", lang: "nl" }],
  ["hallo", { kind: "help", lang: "nl" }],
  ["Hi", { kind: "help", lang: "en" }],
  ["help me", { kind: "help", lang: "en" }],
  ["wat kun je?", { kind: "help", lang: "nl" }],
  ["@Wijkbot", { kind: "help" }],
  ["casus WYC-014", { kind: "case.show", lang: "nl", code: "WYC-014" }],
  ["case wyc-14", { kind: "case.show", lang: "en", code: "WYC-014" }],
  ["WYC-14", { kind: "case.show", code: "WYC-014" }],
  ["casus wyc 7", { kind: "case.show", code: "WYC-007" }],
  ["wyc14", { kind: "case.show", code: "WYC-014" }],
  ["wie zijn betrokken bij WYC-014?", { kind: "case.show", lang: "nl", code: "WYC-014" }],
  ["mijn casussen", { kind: "cases.mine", lang: "nl" }],
  ["my cases", { kind: "cases.mine", lang: "en" }],
  ["mijn overdrachten", { kind: "handovers.mine", lang: "nl" }],
  ["my handovers", { kind: "handovers.mine", lang: "en" }],
  ["toon mijn open overdrachten", { kind: "handovers.mine", lang: "nl" }],
  ["mijn consulten", { kind: "consults.mine", lang: "nl" }],
  ["my consults", { kind: "consults.mine", lang: "en" }],
  ["mijn taken", { kind: "tasks.mine", lang: "nl" }],
  ["my tasks", { kind: "tasks.mine", lang: "en" }],
  [
    "overdracht WYC-014 naar schuldhulp",
    { kind: "handover.start", lang: "nl", caseCode: "WYC-014", topicId: "debts", serviceText: "schuldhulp" },
  ],
  [
    "handover WYC-014 to debt support",
    {
      kind: "handover.start",
      lang: "en",
      caseCode: "WYC-014",
      topicId: "debts",
      serviceText: "debt support",
    },
  ],
  ["warme overdracht", { kind: "handover.start", caseCode: null, topicId: null, serviceText: null }],
  [
    "hand over WYC-014 to Humanitas",
    { kind: "handover.start", lang: "en", caseCode: "WYC-014", serviceText: "Humanitas" },
  ],
  [
    "draag WYC-014 over aan Humanitas",
    { kind: "handover.start", caseCode: "WYC-014", topicId: null, serviceText: "Humanitas" },
  ],
  [
    "plan palliatief consult voor WYC-021 volgende week",
    { kind: "consult.plan", lang: "nl", caseCode: "WYC-021", windowText: "volgende week" },
  ],
  [
    "schedule a palliative consult for WYC-021 next week",
    { kind: "consult.plan", lang: "en", caseCode: "WYC-021", windowText: "next week" },
  ],
  [
    "plan een mdo voor WYC-021 op dinsdag",
    { kind: "consult.plan", caseCode: "WYC-021", windowText: "op dinsdag" },
  ],
  ["consult plannen WYC-021", { kind: "consult.plan", caseCode: "WYC-021", windowText: null }],
  ["overzicht Wyckerpoort", { kind: "digest.show", lang: "nl", wijk: W.wyck, wijkText: null }],
  ["digest Wyckerpoort", { kind: "digest.show", lang: "en", wijk: W.wyck }],
  ["overzicht", { kind: "digest.show", wijk: null, wijkText: null }],
  ["overzicht Atlantis", { kind: "digest.show", wijk: null, wijkText: "Atlantis" }],
  [
    "stuur mijn overzicht op vrijdag 16:00",
    { kind: "digest.schedule", lang: "nl", day: "fri", time: "16:00", wijkIds: [] },
  ],
  [
    "digest Wyckerpoort on Monday 8:30",
    { kind: "digest.schedule", lang: "en", day: "mon", time: "08:30", wijkIds: [W.wyck] },
  ],
  [
    "overzicht Limmel en Malberg elke maandag om 9 uur",
    { kind: "digest.schedule", day: "mon", time: "09:00", wijkIds: [W.limmel, W.malberg] },
  ],
  ["weekly digest friday 4pm", { kind: "digest.schedule", lang: "en", day: "fri", time: "16:00" }],
  ["overzicht uit", { kind: "digest.schedule", day: null, time: null, quiet: true }],
  ["taal engels", { kind: "language.set", lang: "nl", to: "en" }],
  ["language english", { kind: "language.set", lang: "en", to: "en" }],
  ["spreek nederlands", { kind: "language.set", lang: "nl", to: "nl" }],
  ["in English please", { kind: "language.set", to: "en" }],
  ["taal: Nederlands", { kind: "language.set", to: "nl" }],
  ["switch to dutch", { kind: "language.set", lang: "en", to: "nl" }],
  [
    "audit WYC-014",
    { kind: "audit.query", caseCode: "WYC-014", professionalText: null, from: null, to: null },
  ],
  [
    "audit WYC-014 door Anna van Dijk van 1 maart tot 15 maart",
    {
      kind: "audit.query",
      lang: "nl",
      caseCode: "WYC-014",
      professionalText: "Anna van Dijk",
      from: "1 maart",
      to: "15 maart",
    },
  ],
  [
    "audit by Jan Jansen from 2025-03-01 to 2025-03-15",
    { kind: "audit.query", professionalText: "Jan Jansen", from: "2025-03-01", to: "2025-03-15" },
  ],
  ["audit p-anouk-peeters", { kind: "audit.query", caseCode: null, professionalText: "p-anouk-peeters" }],
  [
    "audit p-anouk-peeters van 2026-11-01 tot 2026-11-30",
    { kind: "audit.query", professionalText: "p-anouk-peeters", from: "2026-11-01", to: "2026-11-30" },
  ],
  ["exporteer audit WYC-014", { kind: "audit.export", lang: "nl", caseCode: "WYC-014", format: "json" }],
  ["audit export WYC-014 csv", { kind: "audit.export", lang: "en", caseCode: "WYC-014", format: "csv" }],
  ["inzageverzoek WYC-014", { kind: "audit.export", caseCode: "WYC-014" }],
  [
    "koppel slack U123ABC aan p-anouk-peeters",
    {
      kind: "admin.link",
      lang: "nl",
      channel: "slack",
      externalId: "U123ABC",
      tenant: null,
      professionalId: "p-anouk-peeters",
    },
  ],
  [
    "link teams 3f2a9c1e-0b7d-4e8a-9d51-6c0f2b8e4a17 tenant contoso-tid to p-mark-janssen",
    {
      kind: "admin.link",
      lang: "en",
      channel: "teams",
      externalId: "3f2a9c1e-0b7d-4e8a-9d51-6c0f2b8e4a17",
      tenant: "contoso-tid",
      professionalId: "p-mark-janssen",
    },
  ],
  [
    "ontkoppel slack U123ABC in T0001",
    { kind: "admin.unlink", lang: "nl", channel: "slack", externalId: "U123ABC", tenant: "T0001" },
  ],
  ["unlink teams abc-123", { kind: "admin.unlink", lang: "en", channel: "teams", tenant: null }],
  ["deactiveer p-anouk-peeters", { kind: "admin.deactivate", lang: "nl", professionalId: "p-anouk-peeters" }],
  ["deactivate p-mark-janssen", { kind: "admin.deactivate", lang: "en", professionalId: "p-mark-janssen" }],
  ["wis WYC-014", { kind: "case.erase", lang: "nl", caseCode: "WYC-014" }],
  ["erase case WYC-014", { kind: "case.erase", lang: "en", caseCode: "WYC-014" }],
  ["wis schulden in Limmel", { kind: "lookup" }],
  ["ik ga lunchen", { kind: "unknown", text: "ik ga lunchen" }],
  ["asdfgh", { kind: "unknown" }],
  ["wie doet", { kind: "unknown" }],
];

describe("parseText", () => {
  const table = [...dutchLookups, ...englishLookups, ...misses, ...chatLeftovers, ...commands];

  it("covers at least 80 phrasings", () => {
    expect(table.length).toBeGreaterThanOrEqual(80);
  });

  it.each(table)("parses %j", (text, expected) => {
    expect(summary(text)).toMatchObject(expected);
  });

  it("keeps the user's own words as the matched text", () => {
    const cmd = parseText("hulp bij geldzorgen in Witte Vrouwenveld", lexicon);
    expect(cmd).toMatchObject({
      topics: [{ id: "debts", matched: "geldzorgen" }],
      wijk: { matched: "Witte Vrouwenveld" },
    });
  });

  it("never reads short filler words as a misspelt wijk or topic", () => {
    for (const text of ["in", "wie doet", "wie", "doet het", "wat is dit"]) {
      const cmd = parseText(text, lexicon);
      if (cmd.kind === "lookup") expect([cmd.topics, cmd.wijk]).toEqual([[], null]);
    }
  });

  it("does not count a wijk word as a topic too", () => {
    expect(parseText("Wyckerpoort", lexicon)).toMatchObject({
      kind: "lookup",
      topics: [],
      wijk: { id: W.wyck },
    });
  });

  it("reads no admin command from half of one", () => {
    for (const text of [
      "koppel slack aan iemand",
      "deactiveer",
      "link teams",
      "wis",
      "unlink slack U1 U2 U3",
    ]) {
      expect(parseText(text, lexicon).kind).not.toMatch(/^admin\.|^case\.erase$/);
    }
  });

  it("answers unknown to input beyond the length limit", () => {
    const cmd = parseText(`wie doet schulden in Limmel ${"x ".repeat(MAX_INPUT_LENGTH)}`, lexicon);
    expect(cmd.kind).toBe("unknown");
  });
});
