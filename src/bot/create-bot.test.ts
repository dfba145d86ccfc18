import { beforeEach, describe, expect, it } from "vitest";
import { renderMessageText } from "../channels/cli/message.text.js";
import type { Actor, ChatAccount, IdentityPort } from "../core/access/actor.js";
import { AppError } from "../core/shared/app-error.js";
import { FakeClock } from "../core/shared/clock.js";
import type { Lang } from "../core/shared/lang.js";
import type { AdminService } from "../features/admin/core/admin.service.js";
import type { AuditEntry, AuditPort } from "../features/audit/core/audit.port.js";
import type { AuditLogService } from "../features/audit/core/audit-log.service.js";
import { CaseService } from "../features/cases/core/case.service.js";
import type { CaseWork } from "../features/cases/core/case-work.js";
import type { ConsultStore } from "../features/consult/core/consult.ports.js";
import { ConsultService } from "../features/consult/core/consult.service.js";
import type { DigestService } from "../features/digest/core/digest.service.js";
import type { AbsenceService } from "../features/directory/core/absence.service.js";
import type {
  DirectoryReader,
  LookupGapRecord,
  ServiceRecord,
  TopicRecord,
  WijkRecord,
} from "../features/directory/core/directory.ports.js";
import type { DirectoryUpkeepService } from "../features/directory/core/directory-upkeep.service.js";
import { LookupService } from "../features/directory/core/lookup.service.js";
import type { ServiceEditService } from "../features/directory/core/service-edit.service.js";
import type { ConsentWithdrawalService } from "../features/handover/core/consent-withdrawal.service.js";
import type { HandoverService } from "../features/handover/core/handover.service.js";
import type { HandoverRequestService } from "../features/handover/core/handover-request.service.js";
import type { LexiconSource } from "../language/index.js";
import { createLogger } from "../logging.js";
import type { Message } from "../views/message.js";
import type { Turn } from "./bot.js";
import { capabilities } from "./capabilities.js";
import { createBot } from "./create-bot.js";
import type { ActionHandler, Capability } from "./handler.js";
import { LexiconProvider } from "./lexicon-provider.js";

// Monday 23 November 2026, 09:30 in Amsterdam.
const NOW = "2026-11-23T08:30:00Z";

const WYC: WijkRecord = { id: "wyc", name: "Wyckerpoort", municipalityCode: "GM0935" };
const LIM: WijkRecord = { id: "lim", name: "Limmel", municipalityCode: "GM0935" };
const TOPICS: TopicRecord[] = [
  { id: "debts", nameNl: "Schulden", nameEn: "Debts" },
  { id: "loneliness", nameNl: "Eenzaamheid", nameEn: "Loneliness" },
];

const source: LexiconSource = {
  wijken: [
    { id: WYC.id, name: WYC.name, aliases: ["Wijckerpoort"], municipalityName: "Maastricht" },
    { id: LIM.id, name: LIM.name, aliases: [], municipalityName: "Maastricht" },
  ],
  topics: [
    { id: "debts", nameNl: "Schulden", nameEn: "Debts", synonymsNl: ["schuldhulp"], synonymsEn: ["debt"] },
    {
      id: "loneliness",
      nameNl: "Eenzaamheid",
      nameEn: "Loneliness",
      synonymsNl: ["eenzaam"],
      synonymsEn: ["lonely"],
    },
  ],
};

const weekdays = { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"] };

const shv: ServiceRecord = {
  id: "svc-shv",
  name: "Schuldhulpverlening Maastricht",
  organisation: { id: "org", name: "Gemeente Maastricht", phone: null, email: null },
  intakePhone: "+31 43 000 1003",
  intakeHours: null,
  responseWorkingDays: 3,
  assuredDate: "2026-10-01",
  topicIds: ["debts"],
  wijkIds: [WYC.id, LIM.id],
  notes: null,
  contacts: [
    {
      id: "p-mark",
      name: "Mark Janssen",
      role: "schuldhulpverlener",
      email: null,
      availability: weekdays,
      absence: null,
      chatIds: {},
      deputy: null,
    },
  ],
};

class FakeDirectory implements DirectoryReader {
  calls: string[] = [];
  gaps: LookupGapRecord[] = [];
  failWith: unknown = null;
  async wijk(id: string) {
    return [WYC, LIM].find((w) => w.id === id) ?? null;
  }
  async topics() {
    return TOPICS;
  }
  async servicesFor(topicId: string, wijkId: string) {
    this.calls.push(`servicesFor ${topicId} ${wijkId}`);
    if (this.failWith) throw this.failWith;
    return [shv].filter((s) => s.topicIds.includes(topicId) && s.wijkIds.includes(wijkId));
  }
  async servicesNearby() {
    this.calls.push("servicesNearby");
    return [];
  }
  async recordGap(gap: LookupGapRecord) {
    this.gaps.push(gap);
  }
}

class FakeIdentities implements IdentityPort {
  asked: ChatAccount[] = [];
  readonly actors = new Map<string, Actor>();
  async actorFor(account: ChatAccount) {
    this.asked.push(account);
    return this.actors.get(account.externalId) ?? null;
  }
  async actorById(id: string) {
    return this.actors.get(id) ?? null;
  }
  async setLocale(id: string, lang: Lang) {
    const actor = this.actors.get(id);
    if (actor) this.actors.set(id, { ...actor, locale: lang });
  }
}

/** A service these tests never reach: any use fails loudly instead of passing by accident. */
function unused<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === "then") return undefined;
      throw new Error(`${what}.${String(property)} is not used by the lookup and basics tested here`);
    },
  });
}

class FakeAudit implements AuditPort {
  entries: AuditEntry[] = [];
  async record(entry: AuditEntry) {
    this.entries.push(entry);
  }
}

const anouk: Actor = {
  professionalId: "p-anouk",
  name: "Anouk Peeters",
  organisationId: "org",
  locale: null,
  wijkIds: [WYC.id, LIM.id],
  coordinatorOf: [],
  networkMunicipality: null,
  isAdmin: false,
};

const turnAs = (externalId: string, platformLang?: Lang): Turn => ({
  account: { channel: "web", tenant: "", externalId },
  place: "personal",
  ...(platformLang ? { platformLang } : {}),
});

const text = (messages: Message[]) => messages.map(renderMessageText).join("\n\n");

let directory: FakeDirectory;
let identities: FakeIdentities;
let audit: FakeAudit;
let loads: number;

function makeBot(using: readonly Capability[] = capabilities) {
  const clock = new FakeClock(NOW);
  return createBot(
    {
      clock,
      logger: createLogger("silent"),
      identities,
      lexicon: new LexiconProvider({
        revision: async () => 1,
        load: async () => {
          loads++;
          return source;
        },
      }),
      lookup: new LookupService({ directory, clock }),
      // Cases are not this file's subject: a directory without any.
      cases: new CaseService({ cases: { byCode: async () => null, mine: async () => [] }, audit, clock }),
      // Consults neither: a store no test here reaches.
      consults: new ConsultService({ store: {} as ConsultStore, audit, clock }),
      caseWork: unused<CaseWork>("caseWork"),
      digests: unused<DigestService>("digests"),
      audit,
      admin: unused<AdminService>("admin"),
      auditLog: unused<AuditLogService>("auditLog"),
      upkeep: unused<DirectoryUpkeepService>("upkeep"),
      absence: unused<AbsenceService>("absence"),
      serviceEdit: unused<ServiceEditService>("serviceEdit"),
      handovers: unused<HandoverService>("handovers"),
      handoverRequests: unused<HandoverRequestService>("handoverRequests"),
      consentWithdrawal: unused<ConsentWithdrawalService>("consentWithdrawal"),
      topics: () => directory.topics(),
    },
    using,
  );
}

beforeEach(() => {
  directory = new FakeDirectory();
  identities = new FakeIdentities();
  audit = new FakeAudit();
  identities.actors.set(anouk.professionalId, anouk);
  loads = 0;
});

describe("createBot: text", () => {
  it("answers a registered professional's question with the services, in the question's language", async () => {
    const bot = makeBot();
    const nl = await bot.handleText(turnAs("p-anouk"), "wie doet schulden in Wyckerpoort?");
    expect(nl).toHaveLength(1);
    expect(nl[0]!.lang).toBe("nl");
    expect(text(nl)).toContain("== Schulden in Wyckerpoort ==");
    expect(text(nl)).toContain("Schuldhulpverlening Maastricht");
    expect(text(nl)).toContain("Mark Janssen (schuldhulpverlener): nu aan het werk");
    const en = await bot.handleText(turnAs("p-anouk"), "who handles debts in Wyckerpoort?");
    expect(en[0]!.lang).toBe("en");
    expect(text(en)).toContain("== Debts in Wyckerpoort ==");
    expect(directory.calls).toEqual(["servicesFor debts wyc", "servicesFor debts wyc"]);
    expect(loads).toBe(1);
  });

  it("tells an unknown user politely they are not registered, and looks nothing up", async () => {
    const bot = makeBot();
    const replies = await bot.handleText(turnAs("p-stranger"), "wie doet schulden in Wyckerpoort?");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.blocks[0]).toMatchObject({ type: "notice", tone: "warning" });
    expect(replies[0]!.summary).toMatch(/^U staat \(nog\) niet in de sociale kaart van Wijkbot/);
    expect(identities.asked).toEqual([{ channel: "web", tenant: "", externalId: "p-stranger" }]);
    expect(directory.calls).toEqual([]);
    expect(directory.gaps).toEqual([]);
    // A lookup reads no case data, so there is nothing to audit.
    expect(audit.entries).toEqual([]);
  });

  it("answers 'not registered' in English to an English question", async () => {
    const replies = await makeBot().handleText(turnAs("p-stranger"), "who handles debts in Wyckerpoort?");
    expect(replies[0]!.summary).toMatch(/^You are not \(yet\) in Wijkbot's social map/);
  });

  it("refuses a 20,000-character text with the too-long message, without parsing or recording it", async () => {
    const long = `wie doet schulden in Wyckerpoort ${"x".repeat(20_000)}`.slice(0, 20_000);
    const replies = await makeBot().handleText(turnAs("p-anouk"), long);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.blocks[0]).toMatchObject({ type: "notice", tone: "error" });
    expect(replies[0]!.summary).toBe(
      "Dat bericht is te lang (20000 tekens; maximaal 2000). Maak het korter en probeer opnieuw.",
    );
    expect(identities.asked).toEqual([]);
    expect(directory.calls).toEqual([]);
    expect(directory.gaps).toEqual([]);
    expect(loads).toBe(0);
  });

  it("says the too-long message in the platform's language", async () => {
    const replies = await makeBot().handleText(turnAs("p-anouk", "en"), "x".repeat(20_000));
    expect(replies[0]!.summary).toMatch(/^That message is too long \(20000 characters; at most 2000\)/);
  });

  it("switches the language of the following answers with 'language english'", async () => {
    const bot = makeBot();
    const set = await bot.handleText(turnAs("p-anouk"), "language english");
    expect(set[0]!.summary).toBe("I will answer you in English from now on.");
    expect(identities.actors.get("p-anouk")?.locale).toBe("en");
    const next = await bot.handleText(turnAs("p-anouk"), "wie doet schulden in Wyckerpoort?");
    expect(next[0]!.lang).toBe("en");
    expect(text(next)).toContain("== Debts in Wyckerpoort ==");
    const back = await bot.handleText(turnAs("p-anouk"), "taal nederlands");
    expect(back[0]!.summary).toBe("Ik antwoord u voortaan in het Nederlands.");
    const after = await bot.handleText(turnAs("p-anouk"), "who handles debts in Wyckerpoort?");
    expect(after[0]!.lang).toBe("nl");
  });

  it("answers an AppError with its user-facing message, not its internal one", async () => {
    directory.failWith = new AppError("INPUT_INVALID", "internal: row 17 broken", {
      userMessageKey: "error.input-invalid",
      details: { detail: "geen geldige wijk" },
    });
    const replies = await makeBot().handleText(turnAs("p-anouk"), "wie doet schulden in Wyckerpoort?");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.summary).toBe("Dat begrijp ik niet helemaal: geen geldige wijk");
    expect(text(replies)).not.toContain("row 17");
  });

  it("falls back to the generic text for an AppError whose message key does not exist", async () => {
    directory.failWith = new AppError("ACCESS_FORBIDDEN", "x", { userMessageKey: "no.such.key" });
    const replies = await makeBot().handleText(turnAs("p-anouk"), "wie doet schulden in Wyckerpoort?");
    expect(replies[0]!.summary).toMatch(/^Er ging iets mis aan onze kant/);
  });

  it("lets other errors and outages propagate to the channel's error boundary", async () => {
    const bot = makeBot();
    directory.failWith = new TypeError("bug");
    await expect(bot.handleText(turnAs("p-anouk"), "wie doet schulden in Wyckerpoort?")).rejects.toThrow(
      "bug",
    );
    directory.failWith = new AppError("DATABASE_UNAVAILABLE", "db down");
    await expect(bot.handleText(turnAs("p-anouk"), "wie doet schulden in Limmel?")).rejects.toMatchObject({
      code: "DATABASE_UNAVAILABLE",
    });
  });

  it("records the gap and asks which wijk for an unknown one", async () => {
    const replies = await makeBot().handleText(turnAs("p-anouk"), "wie doet schulden in Atlantis?");
    expect(replies[0]!.summary).toContain("Atlantis");
    expect(directory.gaps).toMatchObject([{ kind: "unknown-wijk", askedById: "p-anouk", wijkId: null }]);
    // Only the unmatched words are kept, never the whole question.
    expect(directory.gaps[0]!.term?.toLowerCase()).toBe("atlantis");
  });
});

describe("createBot: buttons", () => {
  it("answers the choose-wijk button with the lookup for that wijk", async () => {
    const result = await makeBot().handleAction(turnAs("p-anouk"), "lookup.choose-wijk", {
      wijkId: LIM.id,
      topicIds: "debts",
    });
    expect(result.update).toBeUndefined();
    expect(text(result.replies)).toContain("== Schulden in Limmel ==");
    expect(directory.calls).toEqual(["servicesFor debts lim"]);
  });

  it("answers an unknown intent with 'this button no longer works', touching nothing", async () => {
    const result = await makeBot().handleAction(turnAs("p-anouk"), "nothing.here", { x: "1" });
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0]!.summary).toBe("Deze knop werkt niet meer. Vraag het opnieuw in de chat.");
    expect(directory.calls).toEqual([]);
  });

  it("refuses a button press from an unknown user", async () => {
    const result = await makeBot().handleAction(turnAs("p-stranger"), "lookup.choose-wijk", {
      wijkId: WYC.id,
      topicIds: "debts",
    });
    expect(result.replies[0]!.summary).toMatch(/^U staat \(nog\) niet in de sociale kaart/);
    expect(directory.calls).toEqual([]);
  });

  it("answers a button in the actor's preferred language", async () => {
    identities.actors.set("p-anouk", { ...anouk, locale: "en" });
    const result = await makeBot().handleAction(turnAs("p-anouk"), "lookup.choose-wijk", {
      wijkId: WYC.id,
      topicIds: "debts",
    });
    expect(text(result.replies)).toContain("== Debts in Wyckerpoort ==");
  });
});

describe("createBot: registrations and button payloads", () => {
  it("refuses to start with a second handler for an intent, naming both capabilities", () => {
    const rogue: Capability = {
      name: "rogue",
      commands: {},
      actions: { "lookup.choose-wijk": async () => ({ replies: [] }) },
    };
    expect(() => makeBot([...capabilities, rogue])).toThrow(
      'The intent "lookup.choose-wijk" is handled by both "directory" and "rogue"',
    );
  });

  it("refuses an invalid payload with a warning before any handler runs, and changes nothing", async () => {
    const received: unknown[] = [];
    const spy: ActionHandler<"lookup.choose-wijk"> = async (_ctx, data) => {
      received.push(data);
      return { replies: [] };
    };
    const bot = makeBot(
      capabilities.map((c) =>
        c.name === "directory" ? { ...c, actions: { ...c.actions, "lookup.choose-wijk": spy } } : c,
      ),
    );
    const refused = await bot.handleAction(turnAs("p-anouk"), "lookup.choose-wijk", { wijkId: "" });
    expect(refused.replies).toHaveLength(1);
    expect(refused.replies[0]!.blocks[0]).toMatchObject({ type: "notice", tone: "warning" });
    expect(refused.replies[0]!.summary).toBe(
      "Deze knop stuurde gegevens mee die ik niet kan lezen; er is niets veranderd. Vraag het opnieuw in de chat.",
    );
    expect(received).toEqual([]);
    expect(directory.calls).toEqual([]);
    expect(directory.gaps).toEqual([]);

    await bot.handleAction(turnAs("p-anouk"), "lookup.choose-wijk", { wijkId: LIM.id, other: "dropped" });
    expect(received).toEqual([{ wijkId: LIM.id }]);
  });

  it("refuses a vote that is not offered, in the actor's language, without reaching the consults", async () => {
    identities.actors.set("p-anouk", { ...anouk, locale: "en" });
    // The consult store here is empty: a handler that ran would fail instead of answering.
    const result = await makeBot().handleAction(turnAs("p-anouk"), "consult.vote", {
      consultId: "c-1",
      slotId: "s-1",
      answer: "maybe",
    });
    expect(result.replies[0]!.summary).toBe(
      "This button sent data I cannot read; nothing was changed. Please ask again in the chat.",
    );
    expect(audit.entries).toEqual([]);
  });
});
