/**
 * The warm handover loop end to end through the running server's web chat API, across two
 * people: Pieter Brouwers (GP, referrer) starts from a lookup answer's button, Mark Janssen (debt
 * counselling) accepts from his web inbox, reaches the citizen and completes. Both see every step
 * in their answers and their web inbox. Delivery is run by hand (jobs off) so the test decides
 * when the outbox is emptied.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { outboxRepository } from "../../src/db/repositories/outbox.repository.js";
import { deliverDueMessages } from "../../src/jobs/outbox-delivery.job.js";
import type { Action, Message } from "../../src/views/message.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const NOW = "2026-11-23T09:30:00+01:00";
const PIETER = "p-pieter-brouwers";
const MARK = "p-mark-janssen";

type WebMessage = Message & { html: string };
interface InboxItem extends WebMessage {
  id: string;
}

let app: RunningApp;
let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp("handover", { WIJKBOT_NOW: NOW });
  app = demo.app;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
});

async function post(route: string, body: unknown): Promise<WebMessage[]> {
  const response = await fetch(`${app.url}/api/chat/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: WebMessage[] }).messages;
}

const ask = (as: string, text: string) => post("text", { as, text });
const press = (as: string, action: Pick<Action, "intent" | "data">, extra: Record<string, string> = {}) =>
  post("action", { as, intent: action.intent, data: { ...action.data, ...extra } });

async function inbox(as: string): Promise<InboxItem[]> {
  await deliverDueMessages({
    store: outboxRepository(app.db.prisma),
    channels: {},
    clock: app.clock,
    logger: app.logger,
  });
  const response = await fetch(`${app.url}/api/chat/inbox?as=${as}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: InboxItem[] }).items;
}

const buttons = (messages: Message[]): Action[] =>
  messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "actions" ? b.actions : [])));
const button = (messages: Message[], intent: string, data: Record<string, string> = {}): Action => {
  const found = buttons(messages).find(
    (a) => a.intent === intent && Object.entries(data).every(([k, v]) => a.data[k] === v),
  );
  if (!found) throw new Error(`no ${intent} button in ${messages.map((m) => m.summary).join(" | ")}`);
  return found;
};
const text = (messages: WebMessage[]) => messages.map((m) => m.html).join("\n");

describe("warm handover across two people in the web channel", () => {
  it("runs request -> accept -> contact -> complete with both seeing every step", async () => {
    // Pieter looks up debt help and starts a handover from the answer's button.
    const lookup = await ask(PIETER, "wie doet schulden in Wyckerpoort?");
    const start = button(lookup, "handover.start", { serviceId: "svc-shv-maastricht" });
    const [form] = await press(PIETER, start);
    expect(form?.visibility).toBe("private");
    const fields = form?.blocks.find((b) => b.type === "form");
    expect(fields?.type === "form" && fields.form.fields.find((f) => f.name === "serviceId")).toMatchObject({
      value: "svc-shv-maastricht",
    });

    const sent = await press(
      PIETER,
      { intent: "handover.submit", data: {} },
      {
        caseCode: "WYC-014",
        topicId: "debts",
        serviceId: "svc-shv-maastricht",
        reason: "Aanmaningen <!channel> en een deurwaarder.",
        urgency: "urgent",
        contactChannel: "phone",
        phone: "+31 6 1234 5678",
        bestTime: "ochtend",
        consent: "verbal",
        consentDate: "2026-11-23",
        consentScope: "service",
        consentPurpose: "warme overdracht",
      },
    );
    expect(sent.map((m) => m.summary).join()).toMatch(/WYC-014.*Schuldhulpverlening/);

    // Mark finds the request in his web inbox, with its reason shown literally, and accepts.
    const marks = await inbox(MARK);
    const request = marks.filter((i) => i.summary.includes("WYC-014"));
    expect(request).toHaveLength(1);
    expect(request[0]?.html).toContain("&lt;!channel&gt;");
    expect(request[0]?.html).not.toContain("1234");
    const accepted = await press(MARK, button(request, "handover.accept"));
    expect(accepted[0]?.visibility).toBe("private");
    expect(text(accepted)).toContain("+31 6 1234 5678");

    // Pressing Accept again changes nothing.
    const again = await press(MARK, button(request, "handover.accept"));
    expect(text(again)).toMatch(/al geaccepteerd door Mark Janssen|already accepted by Mark Janssen/);

    const afterFirst = await press(MARK, button(accepted, "handover.contact", { reached: "no" }));
    const reached = await press(MARK, button(afterFirst, "handover.contact", { reached: "yes" }));
    const completed = await press(MARK, button(reached, "handover.complete"));
    expect(text(completed)).toMatch(/afgerond/);

    // Pieter heard of every step; neither inbox shows the phone number.
    const pieters = await inbox(PIETER);
    // The clock is fixed, so every item has the same instant: compare as a set, not in order.
    const steps = pieters.map((i) => i.summary).filter((s) => s.includes("WYC-014"));
    expect(steps.sort()).toEqual([
      "Mark Janssen heeft de inwoner van WYC-014 bereikt.",
      "Mark Janssen heeft de inwoner van WYC-014 nog niet bereikt (poging 1).",
      "Mark Janssen heeft overdracht WYC-014 (Schulden) geaccepteerd.",
      "Overdracht WYC-014 (Schulden) is afgerond door Mark Janssen.",
    ]);
    for (const item of [...pieters, ...(await inbox(MARK))]) expect(item.html).not.toContain("1234");

    // "mijn overdrachten" on both sides shows the completed handover.
    expect(text(await ask(PIETER, "mijn overdrachten"))).toMatch(
      /WYC-014[^<]*Schuldhulpverlening[^<]*afgerond/,
    );
    expect(text(await ask(MARK, "mijn overdrachten"))).toMatch(/WYC-014[^<]*afgerond/);
  });
});
