/**
 * A palliative consult from plan to cancel through the web chat's JSON API on a running server:
 * PGlite in a fresh directory, the demo social map, the clock fixed on Monday 23 November 2026
 * 09:30 in Amsterdam. Case WYC-021: Pieter Brouwers (GP, organiser) and Marieke Coenen (district
 * nurse) are required, Carla Smeets (Wmo) optional. The invites are read back with node-ical, an
 * parser independent of the library that wrote them.
 */
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import type { Action, Block, Message } from "../../src/views/message.js";
import { type DemoApp, startDemoApp } from "../support/demo-app.js";

const NOW = "2026-11-23T09:30:00+01:00";
const PIETER = "p-pieter-brouwers";
const MARIEKE = "p-marieke-coenen";
const CARLA = "p-carla-smeets";
const GIJS = "p-gijs-lammers";

interface ApiReply {
  messages: Message[];
}

let app: RunningApp;
let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp("consult", { WIJKBOT_NOW: NOW });
  app = demo.app;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
});

async function post(route: "text" | "action", body: object): Promise<Message[]> {
  const response = await fetch(`${app.url}/api/chat/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as ApiReply).messages;
}

const ask = (as: string, text: string) => post("text", { as, text });
const press = (as: string, intent: string, data: Record<string, string>) =>
  post("action", { as, intent, data });

const buttons = (messages: Message[]): Action[] =>
  messages.flatMap((m) => m.blocks.flatMap((b: Block) => (b.type === "actions" ? b.actions : [])));
const plain = (messages: Message[]) => JSON.stringify(messages.map((m) => m.blocks));

/** The .ics text of the private invite message among `messages`. */
function icsOf(messages: Message[]): string {
  for (const m of messages) {
    for (const b of m.blocks) {
      if (
        b.type === "text" &&
        typeof b.content[0] === "string" &&
        b.content[0].startsWith("BEGIN:VCALENDAR")
      ) {
        expect(m.visibility).toBe("private");
        return b.content[0];
      }
    }
  }
  throw new Error(`no invite in ${plain(messages)}`);
}

function eventOf(ics: string) {
  const parsed = ical.sync.parseICS(ics);
  const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
  expect(events).toHaveLength(1);
  return {
    event: events[0]!,
    method: (parsed.vcalendar as unknown as { method?: string } | undefined)?.method,
  };
}

const amsterdam = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);

describe("palliative consult through the web chat", () => {
  let consultId = "";
  let slotId = "";
  let uid = "";

  it("plans a consult for WYC-021 next week with slots to vote on", async () => {
    const reply = await ask(PIETER, "plan palliatief consult voor WYC-021 volgende week");
    const votes = buttons(reply).filter((a) => a.intent === "consult.vote");
    expect(votes.length).toBeGreaterThanOrEqual(9);
    expect(plain(reply)).toContain("Marieke Coenen");
    expect(plain(reply)).toContain("Dochter (mantelzorger)");
    consultId = votes[0]!.data.consultId!;
    slotId = votes[0]!.data.slotId!;
    // Proposals queued for every other professional participant, in the same commit.
    const queued = await app.db.prisma.outboxMessage.findMany({ where: { kind: "consult.proposed" } });
    expect(queued.map((q) => q.recipientId).sort()).toEqual([CARLA, "p-ellen-kessels", MARIEKE].sort());
  });

  it("confirms only when every required participant has voted yes, and sends the invite", async () => {
    const first = await press(PIETER, "consult.vote", { consultId, slotId, answer: "yes" });
    expect(plain(first)).not.toContain("BEGIN:VCALENDAR");
    const second = await press(CARLA, "consult.vote", { consultId, slotId, answer: "yes" });
    expect(plain(second)).not.toContain("BEGIN:VCALENDAR");
    const third = await press(MARIEKE, "consult.vote", { consultId, slotId, answer: "if-needed" });
    const { event, method } = eventOf(icsOf(third));
    expect(method).toBe("REQUEST");
    const slot = await app.db.prisma.consultSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect(event.start.getTime()).toBe(slot.start.getTime());
    expect((event.start as unknown as { tz?: string }).tz).toBe("Europe/Amsterdam");
    expect(Number(event.sequence)).toBe(0);
    expect(event.summary).toBe("Palliatief consult WYC-021");
    uid = event.uid;
    expect(uid).toBeTruthy();
    const notices = await app.db.prisma.outboxMessage.findMany({ where: { kind: "consult.confirmed" } });
    expect(notices.map((n) => n.recipientId).sort()).toEqual([CARLA, "p-ellen-kessels", PIETER].sort());
    const relatives = await app.db.prisma.outboxMessage.findMany({ where: { kind: "consult.relatives" } });
    expect(relatives.map((n) => n.recipientId)).toEqual([PIETER]);
    // A late vote changes nothing any more.
    const late = await press(CARLA, "consult.vote", { consultId, slotId, answer: "no" });
    expect(plain(late)).toContain("niet meer gestemd");
  });

  it("lists the consult in mijn consulten, with local time and role, next to the imported one", async () => {
    const mine = plain(await ask(MARIEKE, "mijn consulten"));
    expect(mine).toContain("WYC-021");
    expect(mine).toContain("wijkverpleegkundige");
    const gijs = plain(await ask(GIJS, "mijn consulten"));
    expect(gijs).toContain("ULF-002");
    expect(gijs).toContain("woensdag 25 november 2026 13:30");
  });

  it("reschedules with SEQUENCE 1 and the same UID, and refuses a time that does not exist", async () => {
    const form = await press(PIETER, "consult.reschedule", { consultId });
    expect(form[0]!.blocks[0]!.type).toBe("form");
    const moved = await press(PIETER, "consult.reschedule", {
      consultId,
      date: "2026-12-07",
      time: "10:00",
      submitted: "true",
    });
    const { event, method } = eventOf(icsOf(moved));
    expect(method).toBe("REQUEST");
    expect(event.uid).toBe(uid);
    expect(Number(event.sequence)).toBe(1);
    expect(amsterdam(event.start)).toBe("Mon 7 Dec, 10:00");
    const dst = await press(PIETER, "consult.reschedule", {
      consultId,
      date: "2027-03-28",
      time: "02:30",
      submitted: "true",
    });
    expect(plain(dst)).toContain("bestaat niet");
  });

  it("takes an agenda item from a participant and exports the attendance list privately", async () => {
    const added = await press(CARLA, "consult.agenda-add", {
      consultId,
      text: "Mantelzorg <!channel>",
      submitted: "true",
    });
    expect(plain(added)).toContain("Mantelzorg <!channel>");
    const list = await press(MARIEKE, "consult.attendance", { consultId });
    expect(list[0]!.visibility).toBe("private");
    expect(plain(list)).toContain("naam;rol;verplicht;aanwezig");
  });

  it("refuses a stranger as if the consult did not exist", async () => {
    const reply = await press(GIJS, "consult.vote", { consultId, slotId, answer: "yes" });
    expect(plain(reply)).toContain("Ik vind dat consult niet");
    const audit = await app.db.prisma.auditRecord.findFirst({ where: { actorId: GIJS, authorised: false } });
    expect(audit?.event).toBe("consult.vote");
  });

  it("cancels with METHOD:CANCEL, a higher SEQUENCE and a notice to everyone", async () => {
    const cancelled = await press(PIETER, "consult.cancel", { consultId });
    const { event, method } = eventOf(icsOf(cancelled));
    expect(method).toBe("CANCEL");
    expect(event.uid).toBe(uid);
    expect(Number(event.sequence)).toBe(2);
    expect(event.status).toBe("CANCELLED");
    const notices = await app.db.prisma.outboxMessage.findMany({ where: { kind: "consult.cancelled" } });
    expect(notices.map((n) => n.recipientId).sort()).toEqual([CARLA, "p-ellen-kessels", MARIEKE].sort());
  });
});
