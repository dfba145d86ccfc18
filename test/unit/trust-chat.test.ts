/**
 * Administration, the audit log and directory confirmation as typed in chat, through the real
 * bot (createCore on PGlite with the demo map): parser, handler, service, repository and view.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Core, createCore } from "../../src/app.js";
import type { Turn } from "../../src/bot/bot.js";
import { renderMessageText } from "../../src/channels/cli/message.text.js";
import { parseConfig } from "../../src/config.js";
import type { Message } from "../../src/views/message.js";

const ADMIN = "p-ingrid-vossen";
let core: Core;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-trust-chat-"));
  const parsed = parseConfig({
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: "2026-11-23T09:30:00+01:00",
    WIJKBOT_DEMO: "true",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  core = await createCore(parsed.config);
  await core.db.prisma.professional.update({ where: { id: ADMIN }, data: { isAdmin: true } });
}, 120_000);

afterAll(async () => {
  await core?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const web = (as: string): Turn => ({
  account: { channel: "web", tenant: "", externalId: as },
  place: "shared",
});
const say = async (as: string, text: string) =>
  (await core.bot.handleText(web(as), text)).map(renderMessageText).join("\n");
const press = async (as: string, serviceId: string): Promise<Message[]> =>
  (await core.bot.handleAction(web(as), "directory.verify", { serviceId })).replies;

describe("administration and the audit log in chat", () => {
  it("links a Slack account, which then reaches the bot as that professional", async () => {
    expect(await say(ADMIN, "koppel slack U0NEW1 aan p-youssef-amrani")).toContain(
      "Slack-account U0NEW1 is gekoppeld aan Youssef Amrani (p-youssef-amrani)",
    );
    const slack: Turn = {
      account: { channel: "slack", tenant: "T9", externalId: "U0NEW1" },
      place: "personal",
    };
    const [answer] = await core.bot.handleText(slack, "mijn casussen");
    expect(answer?.summary).not.toMatch(/niet in de sociale kaart/);
  });

  it("lists a case's audit records privately and records the query itself", async () => {
    await say("p-anouk-peeters", "casus WYC-014");
    const [answer] = await core.bot.handleText(web(ADMIN), "audit WYC-014");
    expect(answer?.visibility).toBe("private");
    const text = renderMessageText(answer!);
    expect(text).toContain("Logboek: casus WYC-014");
    expect(text).toMatch(/case\.view · read · p-anouk-peeters · web · toegestaan · grond: involved/);
    const logged = await core.db.prisma.auditRecord.findMany({ where: { event: "audit.query" } });
    expect(logged).toEqual([expect.objectContaining({ actorId: ADMIN, action: "read", authorised: true })]);
  });

  it("lists by person and period", async () => {
    const text = await say(ADMIN, "audit p-anouk-peeters van 2026-11-23 tot 2026-11-23");
    expect(text).toContain("Anouk Peeters (p-anouk-peeters), vanaf 2026-11-23, tot en met 2026-11-23");
    expect(text).toContain("case.view");
  });

  it("exports a case's trail as CSV for an access request, logged as an export", async () => {
    const [answer] = await core.bot.handleText(web(ADMIN), "audit export WYC-014 csv");
    expect(answer?.visibility).toBe("private");
    expect(renderMessageText(answer!)).toContain("at,event,action,actorId,onBehalfOfId,channel,caseCode");
    expect(renderMessageText(answer!)).toContain('"case.view","read","p-anouk-peeters"');
    const exported = await core.db.prisma.auditRecord.findMany({ where: { event: "audit.export" } });
    expect(exported).toEqual([expect.objectContaining({ action: "export", caseCode: "WYC-014" })]);
  });
});

describe("directory.verify", () => {
  const assured = async (id: string) =>
    (await core.db.prisma.service.findUniqueOrThrow({ where: { id } })).assuredDate
      .toISOString()
      .slice(0, 10);

  it("is confirmed by a contact person of the service", async () => {
    const [reply] = await press("p-anouk-peeters", "svc-st-oost-algemeen");
    expect(reply?.summary).toContain("staat als gecontroleerd op 2026-11-23");
    expect(await assured("svc-st-oost-algemeen")).toBe("2026-11-23");
  });

  it("is refused to someone who is neither contact, coordinator nor administrator", async () => {
    const before = await assured("svc-shv-maastricht");
    const [reply] = await press("p-pieter-brouwers", "svc-shv-maastricht");
    expect(reply?.summary).toContain("Alleen de contactpersonen");
    expect(await assured("svc-shv-maastricht")).toBe(before);
  });

  it("still lets a coordinator confirm an entry of their wijken from the digest", async () => {
    const [reply] = await press("p-ruud-lemmens", "svc-shv-maastricht");
    expect(reply?.summary).not.toContain("Alleen de contactpersonen");
    expect(await assured("svc-shv-maastricht")).toBe("2026-11-23");
  });
});
