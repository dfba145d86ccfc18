import { z } from "zod/v4";
import { CHAT_CHANNELS } from "../core/access/chat-channel.js";

/**
 * What a chat message (or a button payload) asks for. The parser produces it from free text; the
 * channels validate button payloads against the same schema, so both roads end in one shape.
 */

const lang = z.enum(["nl", "en"]);
/** A resolved vocabulary item and the words of the message that named it. */
const match = z.object({ id: z.string(), matched: z.string() });
// Pseudonymous case code as stored: three capitals, a dash, at least three digits ("WYC-014").
export const caseCode = z.string().regex(/^[A-Z]{3}-\d{3,}$/);
const chatChannel = z.enum(CHAT_CHANNELS);
export const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

const base = { lang };

export const ParsedCommand = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("help"), ...base }),
  z.object({
    kind: z.literal("lookup"),
    ...base,
    topics: z.array(match),
    wijk: match.nullable(),
    /** Words that seem to name a wijk we could not resolve ("Atlantis"). */
    wijkText: z.string().nullable(),
    /** Wijk ids close to wijkText, nearest first. */
    wijkSuggestions: z.array(z.string()),
    unknownTopicText: z.string().nullable(),
    /** Topic ids close to unknownTopicText, nearest first. */
    topicSuggestions: z.array(z.string()),
    /** Not sure which topic a situation is about: up to three to ask about, likeliest first. */
    topicChoices: z.array(z.string()).max(3),
    /** Content words nothing recognised, normalised, for the gaps report. */
    unknownWords: z.array(z.string()),
  }),
  z.object({ kind: z.literal("case.show"), ...base, code: caseCode }),
  z.object({ kind: z.literal("cases.mine"), ...base }),
  z.object({
    kind: z.literal("case.create"),
    ...base,
    wijk: match.nullable(),
    wijkText: z.string().nullable(),
    wijkSuggestions: z.array(z.string()),
    topicIds: z.array(z.string()),
    /** The regiehouder as typed; null: the creator holds regie. */
    regieText: z.string().nullable(),
  }),
  /** A colleague named as typed; the cases service resolves the name. */
  z.object({ kind: z.literal("case.involve"), ...base, code: caseCode, personText: z.string() }),
  z.object({ kind: z.literal("case.release"), ...base, code: caseCode, personText: z.string() }),
  z.object({ kind: z.literal("case.regie"), ...base, code: caseCode, personText: z.string() }),
  z.object({ kind: z.literal("case.close"), ...base, code: caseCode }),
  z.object({ kind: z.literal("case.reopen"), ...base, code: caseCode }),
  z.object({ kind: z.literal("handovers.mine"), ...base }),
  z.object({ kind: z.literal("consults.mine"), ...base }),
  z.object({ kind: z.literal("tasks.mine"), ...base }),
  z.object({
    kind: z.literal("handover.start"),
    ...base,
    caseCode: caseCode.nullable(),
    topicId: z.string().nullable(),
    /** The receiver as typed ("schuldhulp Maastricht"); the service resolves it. */
    serviceText: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("consult.plan"),
    ...base,
    caseCode: caseCode.nullable(),
    /** Raw time window ("volgende week"); the consult module owns date parsing. */
    windowText: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("digest.show"),
    ...base,
    wijk: match.nullable(),
    wijkText: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("digest.schedule"),
    ...base,
    day: weekday.nullable(),
    /** "HH:MM", 24-hour, Europe/Amsterdam wall-clock time. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    wijkIds: z.array(z.string()),
    /** True when the user wants the digest paused ("overzicht uit", "stop digest"). */
    quiet: z.boolean().optional(),
  }),
  z.object({ kind: z.literal("language.set"), ...base, to: lang }),
  z.object({
    kind: z.literal("service.edit"),
    ...base,
    /** Part of a service's name as typed; null = the services this person is a contact of. */
    serviceText: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("absence.report"),
    ...base,
    /** "ik ben terug": the absence ends. */
    clear: z.boolean(),
    /** Days and the deputy's name as typed; the directory service reads them. */
    fromText: z.string().nullable(),
    toText: z.string().nullable(),
    deputyText: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("audit.query"),
    ...base,
    caseCode: caseCode.nullable(),
    professionalText: z.string().nullable(),
    /** Raw date text as typed ("1 maart", "2025-03-01"); the audit module parses it. */
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("audit.export"),
    ...base,
    caseCode: caseCode.nullable(),
    format: z.enum(["json", "csv"]),
  }),
  z.object({
    kind: z.literal("admin.link"),
    ...base,
    channel: chatChannel,
    /** Slack user id ("U123ABC") or Teams AAD object id, as typed. */
    externalId: z.string(),
    /** Slack team id or Teams tenant id; null = any workspace or tenant. */
    tenant: z.string().nullable(),
    professionalId: z.string(),
  }),
  z.object({
    kind: z.literal("admin.unlink"),
    ...base,
    channel: chatChannel,
    externalId: z.string(),
    tenant: z.string().nullable(),
  }),
  z.object({ kind: z.literal("admin.deactivate"), ...base, professionalId: z.string() }),
  /** An erasure request (AVG art. 17) for a case, by an administrator. */
  z.object({ kind: z.literal("case.erase"), ...base, caseCode }),
  z.object({ kind: z.literal("unknown"), ...base, text: z.string() }),
]);

export type ParsedCommand = z.infer<typeof ParsedCommand>;
export type CommandKind = ParsedCommand["kind"];
export type CommandOf<K extends CommandKind> = Extract<ParsedCommand, { kind: K }>;
export type Weekday = z.infer<typeof weekday>;
