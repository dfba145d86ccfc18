import { describe, expect, it } from "vitest";
import type { Block, Inline, Message } from "../../../views/message.js";
import { inlineToPlain } from "../../../views/message.js";
import type { AvailabilityView } from "../core/availability.policy.js";
import type { ContactPerson, TopicRecord, WijkRecord } from "../core/directory.ports.js";
import type { LookupResult, PersonAnswer, ServiceAnswer } from "../core/lookup.result.js";
import { lookupView, MAX_SERVICES_PER_TOPIC } from "./lookup.view.js";

const WYC: WijkRecord = { id: "maastricht-wyckerpoort", name: "Wyckerpoort", municipalityCode: "GM0935" };
const LIM: WijkRecord = { id: "maastricht-limmel", name: "Limmel", municipalityCode: "GM0935" };
const DEBTS: TopicRecord = { id: "debts", nameNl: "Schulden", nameEn: "Debts" };
const LONELY: TopicRecord = { id: "loneliness", nameNl: "Eenzaamheid", nameEn: "Loneliness" };

const now: AvailabilityView = { status: "available-now", nextAvailable: null, deputyId: null };
const absent: AvailabilityView = { status: "absent", nextAvailable: null, deputyId: "p-mark" };
// Monday 2026-11-30 09:00 in Amsterdam.
const notToday: AvailabilityView = {
  status: "not-today",
  nextAvailable: new Date("2026-11-30T08:00:00Z"),
  deputyId: null,
};

function contact(id: string, name: string, extra: Partial<ContactPerson> = {}): ContactPerson {
  return {
    id,
    name,
    role: "schuldhulpverlener",
    email: null,
    availability: {},
    absence: null,
    chatIds: {},
    ...extra,
  };
}

const leila = contact("p-leila", "Leila Bakkali", { chatIds: { slack: "U0LEILA" } });
const mark = contact("p-mark", "Mark Janssen", { chatIds: { teams: "29:mark" } });

function serviceAnswer(id: string, name: string, extra: Partial<ServiceAnswer> = {}): ServiceAnswer {
  return {
    service: {
      id,
      name,
      organisation: { id: "org-shv", name: "Schuldhulp Maastricht", phone: "+31 43 000 9999", email: null },
      intakePhone: "+31 43 000 1003",
      intakeHours: "ma–do 09:00–16:00",
      responseWorkingDays: 3,
      assuredDate: "2026-10-01",
      topicIds: ["debts"],
      wijkIds: [WYC.id],
      notes: null,
    },
    people: [],
    staffedToday: true,
    stale: false,
    ...extra,
  };
}

const leilaAbsentWithDeputy: PersonAnswer = {
  person: leila,
  availability: absent,
  deputy: { person: mark, availability: now },
};

function answer(services: ServiceAnswer[], nearby: ServiceAnswer[] = []): LookupResult {
  return { kind: "answer", wijk: WYC, sections: [{ topic: DEBTS, services, nearby }] };
}

const plain = (content: Inline[]) => content.map(inlineToPlain).join("");

function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return block.text;
    case "text":
    case "context":
    case "notice":
      return plain(block.content);
    case "fields":
      return block.fields.map((f) => `${f.label}: ${plain(f.value)}`).join("\n");
    case "list":
      return block.items.map(plain).join("\n");
    case "actions":
      return block.actions.map((a) => a.label).join(" ");
    default:
      return "";
  }
}

const allText = (m: Message) => m.blocks.map(blockText).join("\n");
const ofType = <T extends Block["type"]>(m: Message, type: T) =>
  m.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe("lookupView: an answer", () => {
  const result = answer([
    serviceAnswer("svc-shv", "Schuldhulpverlening", { people: [leilaAbsentWithDeputy] }),
    serviceAnswer("svc-budget", "Budgetmaatje", {
      stale: true,
      service: {
        ...serviceAnswer("x", "y").service,
        id: "svc-budget",
        name: "Budgetmaatje",
        assuredDate: "2025-06-30",
      },
      people: [{ person: contact("p-jos", "Jos Willems"), availability: notToday, deputy: null }],
    }),
  ]);

  it("heads each topic with topic and wijk, and lists the services in order, in Dutch", () => {
    const m = lookupView(result, "nl");
    expect(m.lang).toBe("nl");
    expect(m.visibility).toBe("shared");
    expect(ofType(m, "heading").map((h) => h.text)).toEqual(["Schulden in Wyckerpoort"]);
    const names = m.blocks.flatMap((b) =>
      b.type === "text" && typeof b.content[0] === "object" && b.content[0].kind === "strong"
        ? [b.content[0].text]
        : [],
    );
    expect(names).toEqual(["Schuldhulpverlening", "Budgetmaatje"]);
    expect(m.summary).toBe("2 diensten voor Schulden in Wyckerpoort");
  });

  it("shows organisation, intake, response time and the verified day as fields", () => {
    const fields = ofType(lookupView(result, "nl"), "fields")[0]!.fields;
    expect(fields.map((f) => [f.label, plain(f.value)])).toEqual([
      ["Organisatie", "Schuldhulp Maastricht"],
      ["Aanmelden", "+31 43 000 1003, ma–do 09:00–16:00"],
      ["Reactie", "meestal binnen 3 werkdagen"],
      ["Gecontroleerd", "01-10-2026"],
    ]);
    // The intake phone is a typed node, so every channel can make it a tel: link.
    expect(fields[1]!.value[0]).toEqual({ kind: "phone", number: "+31 43 000 1003" });
  });

  it("uses English labels and ISO dates in English", () => {
    const m = lookupView(result, "en");
    expect(m.lang).toBe("en");
    expect(ofType(m, "heading")[0]!.text).toBe("Debts in Wyckerpoort");
    const fields = ofType(m, "fields")[0]!.fields;
    expect(fields.map((f) => f.label)).toEqual(["Organisation", "Intake", "Response", "Verified"]);
    expect(plain(fields[3]!.value)).toBe("2026-10-01");
    expect(m.summary).toBe("2 services for Debts in Wyckerpoort");
  });

  it("names an absent person's deputy as a person node, with both statuses", () => {
    const line = ofType(lookupView(result, "nl"), "list")[0]!.items[0]!;
    expect(plain(line)).toBe(
      "Leila Bakkali (schuldhulpverlener): afwezig · vervanger: Mark Janssen (nu aan het werk)",
    );
    const people = line.filter((i) => typeof i === "object" && i.kind === "person");
    expect(people).toEqual([
      { kind: "person", professionalId: "p-leila", name: "Leila Bakkali", chatIds: { slack: "U0LEILA" } },
      { kind: "person", professionalId: "p-mark", name: "Mark Janssen", chatIds: { teams: "29:mark" } },
    ]);
    expect(plain(ofType(lookupView(result, "en"), "list")[0]!.items[0]!)).toBe(
      "Leila Bakkali (debt counsellor): absent · deputy: Mark Janssen (working now)",
    );
  });

  it("says when someone who is not in today is back", () => {
    expect(plain(ofType(lookupView(result, "nl"), "list")[1]!.items[0]!)).toMatch(
      /^Jos Willems \(schuldhulpverlener\): vandaag niet, weer op .*30.* 09:00$/,
    );
  });

  it("warns about an entry not verified for over a year, and only about that one", () => {
    const nl = ofType(lookupView(result, "nl"), "notice");
    expect(nl).toEqual([
      {
        type: "notice",
        tone: "warning",
        content: ["Niet gecontroleerd sinds 30-06-2025: gegevens kunnen verouderd zijn."],
      },
    ]);
    expect(plain(ofType(lookupView(result, "en"), "notice")[0]!.content)).toBe(
      "Not verified since 2025-06-30: details may be out of date.",
    );
  });

  it("offers a warm handover per service with the service, topic and wijk as data", () => {
    const actions = ofType(lookupView(result, "nl"), "actions").flatMap((b) => b.actions);
    expect(actions).toHaveLength(2);
    expect(actions[0]).toMatchObject({
      intent: "handover.start",
      label: "Warme overdracht starten",
      data: { serviceId: "svc-shv", topicId: "debts", wijkId: WYC.id },
    });
    expect(ofType(lookupView(result, "en"), "actions")[0]!.actions[0]!.label).toBe("Start warm handover");
  });

  it("falls back to the organisation's phone and says so when nobody is named", () => {
    const bare = serviceAnswer("svc-bare", "Bare", {
      service: { ...serviceAnswer("x", "y").service, intakePhone: null, intakeHours: null },
    });
    const m = lookupView(answer([bare]), "nl");
    const intake = ofType(m, "fields")[0]!.fields.find((f) => f.label === "Aanmelden");
    expect(intake?.value).toEqual([{ kind: "phone", number: "+31 43 000 9999" }]);
    expect(plain(ofType(m, "list")[0]!.items[0]!)).toBe("geen vaste contactpersoon; bel de aanmeldlijn");
  });

  it(`shows at most ${MAX_SERVICES_PER_TOPIC} services per topic and counts the rest`, () => {
    const many = Array.from({ length: MAX_SERVICES_PER_TOPIC + 3 }, (_, i) =>
      serviceAnswer(`s${i}`, `S${i}`),
    );
    const nl = lookupView(answer(many), "nl");
    expect(ofType(nl, "actions")).toHaveLength(MAX_SERVICES_PER_TOPIC);
    expect(allText(nl)).not.toContain(`S${MAX_SERVICES_PER_TOPIC}`);
    expect(nl.blocks.at(-1)).toEqual({ type: "context", content: ["… en nog 3 diensten."] });
    expect(lookupView(answer(many), "en").blocks.at(-1)).toEqual({
      type: "context",
      content: ["… and 3 more services."],
    });
    // Exactly the maximum: nothing is hidden, so no count.
    const exact = lookupView(answer(many.slice(0, MAX_SERVICES_PER_TOPIC)), "nl");
    expect(allText(exact)).not.toContain("en nog");
  });

  it("separates several topics with a divider, each with its own heading", () => {
    const two: LookupResult = {
      kind: "answer",
      wijk: WYC,
      sections: [
        { topic: DEBTS, services: [serviceAnswer("a", "A")], nearby: [] },
        { topic: LONELY, services: [serviceAnswer("b", "B")], nearby: [] },
      ],
    };
    const m = lookupView(two, "en");
    expect(ofType(m, "heading").map((h) => h.text)).toEqual([
      "Debts in Wyckerpoort",
      "Loneliness in Wyckerpoort",
    ]);
    expect(ofType(m, "divider")).toHaveLength(1);
    expect(m.summary).toBe("1 service for Debts in Wyckerpoort; 1 service for Loneliness in Wyckerpoort");
  });

  it("says nobody covers the topic, and shows nearby services without a handover button", () => {
    const m = lookupView(answer([], [serviceAnswer("svc-near", "Elders")]), "nl");
    expect(ofType(m, "notice")[0]).toEqual({
      type: "notice",
      tone: "warning",
      content: [
        "Niemand in de sociale kaart doet Schulden in Wyckerpoort. Ik heb dit doorgegeven aan de wijkcoördinator.",
      ],
    });
    expect(allText(m)).toContain("Wel in de buurt:");
    expect(allText(m)).toContain("Elders");
    expect(ofType(m, "actions")).toHaveLength(0);
  });
});

describe("lookupView: which wijk?", () => {
  const didYouMean: LookupResult = {
    kind: "ask-wijk",
    topics: [DEBTS, LONELY],
    wijkText: "wyckerport",
    suggestions: [WYC, LIM],
    ownWijken: [],
  };

  it("asks 'did you mean' with the suggestions, in Dutch and English", () => {
    expect(lookupView(didYouMean, "nl").summary).toBe(
      'Ik ken de wijk "wyckerport" niet. Bedoelde u Wyckerpoort of Limmel?',
    );
    expect(lookupView(didYouMean, "en").summary).toBe(
      'I do not know the wijk "wyckerport". Did you mean Wyckerpoort or Limmel?',
    );
  });

  it("offers one choose-wijk button per suggestion, carrying every asked topic", () => {
    const actions = ofType(lookupView(didYouMean, "nl"), "actions")[0]!.actions;
    expect(actions).toEqual([
      {
        intent: "lookup.choose-wijk",
        label: "Wyckerpoort",
        data: { wijkId: WYC.id, topicIds: "debts,loneliness" },
      },
      {
        intent: "lookup.choose-wijk",
        label: "Limmel",
        data: { wijkId: LIM.id, topicIds: "debts,loneliness" },
      },
    ]);
  });

  it("says an unknown wijk is unknown and lists the asker's own wijken as examples and buttons", () => {
    const m = lookupView({ ...didYouMean, wijkText: "Atlantis", suggestions: [], ownWijken: [WYC] }, "nl");
    expect(m.summary).toBe(
      'Ik ken de wijk "Atlantis" niet in de sociale kaart. Noem een wijk die erin staat.',
    );
    expect(ofType(m, "context")[0]!.content).toEqual(["Uw wijken: Wyckerpoort."]);
    expect(ofType(m, "actions")[0]!.actions.map((a) => a.label)).toEqual(["Wyckerpoort"]);
  });

  it("asks for a wijk when none was named, with the asker's wijken to pick", () => {
    const m = lookupView({ ...didYouMean, wijkText: null, suggestions: [WYC, LIM] }, "en");
    expect(m.summary).toBe("Which wijk is it about? Wyckerpoort or Limmel?");
    expect(ofType(m, "actions")[0]!.actions).toHaveLength(2);
  });

  it("without any wijk to offer, explains how to ask and shows no buttons", () => {
    const m = lookupView({ ...didYouMean, wijkText: null, suggestions: [] }, "nl");
    expect(m.summary).toBe('Noem de wijk erbij, bijvoorbeeld: "wie doet schulden in <wijk>?"');
    expect(ofType(m, "actions")).toHaveLength(0);
  });
});

describe("lookupView: unknown topic", () => {
  const unknown: LookupResult = {
    kind: "unknown-topic",
    wijk: WYC,
    text: "kapper",
    suggestions: [DEBTS],
    known: [LONELY, DEBTS],
  };

  it("says the topic is unknown, suggests close ones and lists all known topics (nl)", () => {
    const m = lookupView(unknown, "nl");
    expect(m.blocks).toEqual([
      {
        type: "text",
        content: [
          'Ik weet niet welk onderwerp u bedoelt ("kapper"). Ik heb dit genoteerd voor de coördinator.',
        ],
      },
      { type: "text", content: ["Bedoelde u: Schulden?"] },
      { type: "context", content: ["Onderwerpen die ik ken: Eenzaamheid, Schulden."] },
    ]);
  });

  it("uses the English topic names in English, and leaves out suggestions when there are none", () => {
    const m = lookupView({ ...unknown, text: null, suggestions: [] }, "en");
    expect(m.summary).toBe("I do not know which topic you mean. I have noted this for the coordinator.");
    expect(m.blocks).toHaveLength(2);
    expect(m.blocks[1]).toEqual({ type: "context", content: ["Topics I know: Loneliness, Debts."] });
  });
});

describe("lookupView: which topic?", () => {
  const unsure: LookupResult = { kind: "choose-topic", wijk: WYC, choices: [DEBTS, LONELY] };

  it("asks which topic, in Dutch and English, instead of answering one", () => {
    expect(lookupView(unsure, "nl").summary).toBe(
      "Ik weet niet zeker welk onderwerp u bedoelt. Gaat het om Schulden of Eenzaamheid?",
    );
    expect(lookupView(unsure, "en").summary).toBe(
      "I am not sure which topic you mean. Is it about Debts or Loneliness?",
    );
  });

  it("offers one choose-topic button per choice, carrying the wijk when one was named", () => {
    expect(ofType(lookupView(unsure, "nl"), "actions")[0]!.actions).toEqual([
      { intent: "lookup.choose-topic", label: "Schulden", data: { topicIds: "debts", wijkId: WYC.id } },
      {
        intent: "lookup.choose-topic",
        label: "Eenzaamheid",
        data: { topicIds: "loneliness", wijkId: WYC.id },
      },
    ]);
    const withoutWijk = lookupView({ ...unsure, wijk: null }, "en");
    expect(ofType(withoutWijk, "actions")[0]!.actions.map((a) => a.data)).toEqual([
      { topicIds: "debts" },
      { topicIds: "loneliness" },
    ]);
  });
});
