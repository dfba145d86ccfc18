/**
 * Running a case from chat (issue 16) end to end through the web channel, across three people:
 * Pieter Brouwers (GP) creates a case and involves Mark Janssen, who sees it at once; Pieter
 * offers regie to Mark, who accepts from his web inbox; Mark closes it with an outcome and
 * reopens it. Jos Willems, not involved, is told the case does not exist throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";
import { buttonIn, type WebMessage, webChat } from "../support/web-chat.js";

const NOW = "2026-11-23T09:30:00+01:00";
const PIETER = "p-pieter-brouwers";
const MARK = "p-mark-janssen";
const JOS = "p-jos-willems";

let demo: DemoApp;
let chat: ReturnType<typeof webChat>;
const text = (messages: WebMessage[]) => messages.map((m) => m.summary).join(" | ");

beforeAll(async () => {
  demo = await startDemoApp("cases", { WIJKBOT_NOW: NOW });
  chat = webChat(demo.app);
}, 120_000);

afterAll(async () => {
  await demo?.stop();
});

describe("a case run from chat in the web channel", () => {
  it("is created, staffed, handed over, closed and reopened, each step told and access-checked", async () => {
    const created = await chat.ask(PIETER, "nieuwe casus in Wyckerpoort over schulden");
    expect(text(created)).toContain("Casus WYC-028 is aangemaakt in Wyckerpoort");
    expect(created.every((m) => m.visibility === "private")).toBe(true);
    expect(text(await chat.ask(JOS, "casus WYC-028"))).toMatch(/Ik vind geen casus WYC-028/);

    const involved = await chat.ask(PIETER, "betrek Mark Janssen bij WYC-028");
    expect(text(involved)).toContain("Mark Janssen is nu betrokken bij WYC-028");
    expect(text(await chat.inbox(MARK))).toContain("Pieter Brouwers heeft u betrokken bij casus WYC-028");
    expect(text(await chat.ask(MARK, "casus WYC-028"))).toContain("Casus WYC-028");

    // Mark is involved, not in charge: no buttons to run the case, and a typed change is refused.
    expect(text(await chat.ask(MARK, "sluit WYC-028"))).toMatch(/Alleen de regiehouder \(Pieter Brouwers\)/);

    expect(text(await chat.ask(PIETER, "give regie of WYC-028 to Mark Janssen"))).toContain(
      "Mark Janssen is asked to take over regie of WYC-028",
    );
    const offer = (await chat.inbox(MARK)).filter((m) => m.summary.includes("regie"));
    const accepted = await chat.press(MARK, buttonIn(offer, "case.regie-accept"));
    expect(text(accepted)).toContain("U heeft nu de regie over WYC-028");
    expect(text(await chat.press(MARK, buttonIn(offer, "case.regie-accept")))).toContain(
      "geen vraag om de regie over WYC-028",
    );
    expect(text(await chat.inbox(PIETER))).toContain("Mark Janssen heeft de regie over casus WYC-028");

    const question = await chat.press(MARK, buttonIn(accepted, "case.close"));
    const closed = await chat.press(MARK, buttonIn(question, "case.close", { outcome: "referred" }));
    expect(text(closed)).toContain("Casus WYC-028 is gesloten (doorverwezen)");
    expect(text(await chat.inbox(PIETER))).toContain(
      "Mark Janssen heeft casus WYC-028 (Wyckerpoort) gesloten",
    );

    const reopened = await chat.press(MARK, buttonIn(closed, "case.reopen"));
    expect(text(reopened)).toContain("Casus WYC-028 is weer open");
    expect(text(await chat.ask(JOS, "casus WYC-028"))).toMatch(/Ik vind geen casus WYC-028/);
  });
});
