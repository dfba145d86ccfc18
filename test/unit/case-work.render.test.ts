/**
 * Running a case (issue 16) as Slack, Teams and plain text show it: the case view offers exactly
 * the buttons its viewer may press, and the regie offer reaches the colleague with its two buttons.
 */
import { describe, expect, it } from "vitest";
import { renderMessageText } from "../../src/channels/cli/message.text.js";
import { renderMessage } from "../../src/channels/slack/message.blocks.js";
import { renderMessageCard } from "../../src/channels/teams/message.card.js";
import type { CaseNotice } from "../../src/features/cases/core/case.notices.js";
import type { CaseRecord } from "../../src/features/cases/core/case.ports.js";
import { caseView } from "../../src/features/cases/views/case.view.js";
import { caseNoticeView } from "../../src/features/cases/views/case-notice.view.js";
import { caseWorkMessage, closeQuestion } from "../../src/features/cases/views/case-work.view.js";
import { myHandoversMessage } from "../../src/features/handover/views/handover.view.js";

const person = (id: string, name: string, role: string) => ({ id, name, role, chatIds: {} });
const record: CaseRecord = {
  id: "case-1",
  code: "WYC-021",
  wijkId: "maastricht-wyckerpoort",
  wijkName: "Wyckerpoort",
  municipalityCode: "GM0935",
  status: "open",
  openedOn: "2026-09-18",
  outcome: null,
  regieOfferToId: null,
  topicIds: [],
  coordinatorId: "p-gp",
  restricted: false,
  coordinator: person("p-gp", "Pieter Brouwers", "huisarts"),
  members: [
    person("p-gp", "Pieter Brouwers", "huisarts"),
    person("p-nurse", "Marieke Coenen", "wijkverpleegkundige"),
  ],
  memberIds: ["p-gp", "p-nurse"],
  relativeLabels: [],
  openHandovers: [],
  upcomingConsults: [],
};

const slackActionIds = (json: string) => [...json.matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]);
const teamsVerbs = (json: string) => [...json.matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

describe("the case view's buttons", () => {
  it("offers the regiehouder close and release, in Slack and Teams alike", () => {
    const message = caseView(record, [], "nl", { manage: true, answerRegie: false });
    const slack = JSON.stringify(renderMessage(message));
    const teams = JSON.stringify(renderMessageCard(message));
    expect(slackActionIds(slack).map((id) => id?.split(":")[0])).toEqual(["case.close", "case.release"]);
    expect(teamsVerbs(teams)).toEqual(["case.close", "case.release"]);
    expect(renderMessageText(message)).toContain("Ontkoppel Marieke Coenen");
    expect(renderMessageText(message)).toContain("betrek <naam> bij WYC-021");
  });

  it("offers someone who is only involved no buttons at all", () => {
    const message = caseView(record, [], "en", { manage: false, answerRegie: false });
    expect(slackActionIds(JSON.stringify(renderMessage(message)))).toEqual([]);
    expect(teamsVerbs(JSON.stringify(renderMessageCard(message)))).toEqual([]);
  });

  it("offers reopen on a closed case and shows how it ended", () => {
    const closed = { ...record, status: "closed", outcome: "goal-reached" };
    const message = caseView(closed, [], "en", { manage: true, answerRegie: false });
    expect(teamsVerbs(JSON.stringify(renderMessageCard(message)))).toEqual(["case.reopen"]);
    expect(renderMessageText(message)).toContain("goal reached");
  });
});

describe("closing", () => {
  it("asks how the case ended with one button per outcome, and says action points lapse", () => {
    const message = closeQuestion("WYC-021", 2, "nl");
    expect(teamsVerbs(JSON.stringify(renderMessageCard(message)))).toHaveLength(6);
    expect(renderMessageText(message)).toContain("2 open actiepunten vervallen");
    expect(message.visibility).toBe("private");
  });

  it("says clearly why a busy case does not close", () => {
    const message = caseWorkMessage(
      { kind: "close-blocked", code: "WYC-021", open: { handovers: 1, consults: 0, actionPoints: 0 } },
      "en",
    );
    expect(renderMessageText(message)).toContain("still has 1 open handover and 0 consults being planned");
  });
});

describe("the regie offer", () => {
  const notice: CaseNotice = {
    kind: "case.regie-offered",
    recipientId: "p-nurse",
    facts: {
      caseCode: "WYC-021",
      wijkName: "Wyckerpoort",
      byName: "Pieter Brouwers",
      otherName: null,
      outcome: null,
    },
  };

  it("reaches the colleague privately with accept and refuse", () => {
    const message = caseNoticeView(notice, "nl");
    expect(message.visibility).toBe("private");
    expect(message.summary).toBe(
      "Pieter Brouwers vraagt of u de regie over casus WYC-021 (Wyckerpoort) overneemt.",
    );
    expect(teamsVerbs(JSON.stringify(renderMessageCard(message)))).toEqual([
      "case.regie-accept",
      "case.regie-refuse",
    ]);
    expect(slackActionIds(JSON.stringify(renderMessage(message))).map((id) => id?.split(":")[0])).toEqual([
      "case.regie-accept",
      "case.regie-refuse",
    ]);
  });
});

describe("mijn overdrachten", () => {
  const item = (id: string, status: "requested" | "accepted" | "contacted" | "completed") => ({
    id,
    caseCode: "WYC-014",
    topicId: "debts",
    wijkName: "Wyckerpoort",
    serviceName: "Schuldhulpverlening",
    status,
    requestedAt: new Date("2026-11-20T09:00:00Z"),
    deadlineAt: new Date("2026-11-25T09:00:00Z"),
  });

  it("offers the receiver the next step of each open handover, and none for a finished one", () => {
    const received = [
      item("h1", "requested"),
      item("h2", "accepted"),
      item("h3", "contacted"),
      item("h4", "completed"),
    ];
    const message = myHandoversMessage({ sent: [], received }, [], new Date("2026-11-23T09:00:00Z"), "nl");
    const card = renderMessageCard(message);
    expect(teamsVerbs(JSON.stringify(card))).toEqual([
      "handover.accept",
      "handover.decline",
      "handover.contact",
      "handover.contact",
      "handover.complete",
    ]);
    expect(JSON.stringify(renderMessage(message))).not.toContain('"h4"');
  });
});
