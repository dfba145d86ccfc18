/**
 * Situations, not only topic words, end to end through the web chat's JSON API on the demo map:
 * a described situation gets the right services, two needs get two sections, an ordinary word is
 * never fuzzily read as a topic ("vrouw" is not "rouw"), and an unsure question gets topic
 * buttons and a gap with the words nothing recognised, instead of a confident wrong answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import type { Action, Message } from "../../src/views/message.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const NOW = "2026-11-23T09:30:00+01:00";
const ANOUK = "p-anouk-peeters";

let app: RunningApp;
let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp("understanding", { WIJKBOT_NOW: NOW });
  app = demo.app;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
});

async function post(route: string, body: unknown): Promise<Message[]> {
  const response = await fetch(`${app.url}/api/chat/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: Message[] }).messages;
}

const ask = (text: string) => post("text", { as: ANOUK, text });
const headings = (m: Message) => m.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : []));
const buttons = (m: Message): Action[] => m.blocks.flatMap((b) => (b.type === "actions" ? b.actions : []));

describe("understanding situations through the web chat", () => {
  it("answers a carer at the end of her tether with informal-carer support", async () => {
    const [answer] = await ask("De dochter die voor haar vader zorgt in Malberg is helemaal op");
    expect(headings(answer!)).toEqual(["Mantelzorgondersteuning in Malberg"]);
  });

  it("answers two needs of one situation with two sections", async () => {
    const [answer] = await ask("Tiener in Wittevrouwenveld spijbelt en blowt veel");
    expect(headings(answer!)).toEqual([
      "Jeugd en gezin in Wittevrouwenveld",
      "Verslaving in Wittevrouwenveld",
    ]);
  });

  it("reads a woman being hit as domestic violence, never 'vrouw' as the grief word 'rouw'", async () => {
    const [answer] = await ask("Een vrouw in Nazareth wordt door haar man geslagen");
    expect(headings(answer!)).toEqual(["Huiselijk geweld in Nazareth"]);
  });

  it("understands word forms and English inflections", async () => {
    expect(headings((await ask("eenzame weduwe in Limmel"))[0]!)).toEqual(["Eenzaamheid in Limmel"]);
    expect(headings((await ask("tenant in Ondiep is being evicted"))[0]!)).toEqual(["Housing in Ondiep"]);
  });

  it("asks with topic buttons when unsure, records the gap, and a button answers", async () => {
    const before = await app.db.prisma.lookupGap.count({ where: { kind: "unknown-topic" } });
    const [answer] = await ask("lichamelijke klachten bij een bewoner in Limmel");
    expect(answer!.summary).toMatch(/^Ik weet niet zeker welk onderwerp u bedoelt\./);
    expect(headings(answer!)).toEqual([]);
    const choices = buttons(answer!);
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(3);
    expect(choices.every((c) => c.intent === "lookup.choose-topic")).toBe(true);

    const gaps = await app.db.prisma.lookupGap.findMany({ where: { kind: "unknown-topic" } });
    expect(gaps).toHaveLength(before + 1);
    expect(gaps.at(-1)).toMatchObject({ askedById: ANOUK, wijkId: "maastricht-limmel", term: "bewoner" });

    const nursing = choices.find((c) => c.data.topicIds === "district-nursing");
    expect(nursing).toBeDefined();
    const [picked] = await post("action", { as: ANOUK, intent: nursing!.intent, data: nursing!.data });
    expect(headings(picked!)).toEqual(["Wijkverpleging in Limmel"]);
  });
});
