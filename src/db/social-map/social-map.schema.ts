/**
 * The social-map exchange format `wijkbot-social-map/1` (see prisma/demo-social-map.json).
 *
 * Shape rules, so that import -> export gives the same file back:
 * - fields the demo writes as `null` are always exported, and may be left out on input;
 * - `closedOn`, `relatives` (cases) and `note` (handovers, events) are exported only when set;
 * - extensions not in the demo (professional `networkMunicipality`, `admin`, `locale`; digest
 *   `scope`, `quietWhenEmpty`; participant `role`) are exported only when not the default.
 *
 * Dutch values of the format and what the database stores (see also social-map.mapping.ts):
 * - consent `form`: "mondeling" -> "verbal", "schriftelijk" -> "written";
 * - handover `contactPreference.channel`: "telefoon" -> "phone", "inwoner-belt" -> "citizen-calls";
 * - `bestTime` ("ochtend", "middag", "avond") and a relative's `contactPreference` are kept verbatim.
 *
 * Instants carry an offset ("2026-11-16T10:12:00+01:00"); they are exported on the Amsterdam
 * clock, so an input written with "Z" comes back with "+01:00" (the same instant).
 */
import { z } from "zod/v4";
import { LIFE_DOMAINS } from "../../core/shared/life-domains.js";
import { availabilitySchema } from "../../features/directory/core/availability.policy.js";
import { HANDOVER_STATUSES } from "../../features/handover/core/handover.model.js";
import { CHAT_ID_FIELDS, type ChatIdField } from "./chat-id-fields.js";

/** `<channel>UserId`: an optional text per chat platform. */
function chatIdFields() {
  return Object.fromEntries(CHAT_ID_FIELDS.map((field) => [field, optionalText])) as Record<
    ChatIdField,
    typeof optionalText
  >;
}

export const SOCIAL_MAP_FORMAT = "wijkbot-social-map/1";

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Pseudonymous case codes: a prefix of capitals, a dash, a number (WYC-014). */
export const CASE_CODE_RE = /^([A-Z]{2,6})-(\d{3,6})$/;

const id = z.string().regex(SLUG_RE, "expected an id of lower-case letters, digits and dashes");
const text = z.string().trim().min(1, "must not be empty");
const optionalText = text.nullable().default(null);
const date = z.iso.date({ message: "expected a date YYYY-MM-DD" });
const instant = z.iso.datetime({
  offset: true,
  message: "expected an instant with offset, e.g. 2026-11-16T10:12:00+01:00",
});
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time HH:MM");
const ids = z.array(id).default([]);
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const municipalitySchema = z.strictObject({
  cbsCode: z.string().regex(/^GM\d{4}$/, "expected a CBS municipality code, e.g. GM0935"),
  name: text,
});

export const wijkSchema = z.strictObject({
  id,
  name: text,
  municipality: z.string(),
  aliases: list(text),
});

export const topicSchema = z.strictObject({
  id,
  nl: text,
  en: text,
  synonyms: z.strictObject({ nl: list(text), en: list(text) }).default({ nl: [], en: [] }),
  positiveHealthDimension: optionalText,
  /**
   * Life domains of the care thesaurus the topic serves, most fitting first. Optional: without
   * it, the topic's names and synonyms link it to domains.
   */
  domains: z
    .array(z.enum(LIFE_DOMAINS, { message: `expected a life domain: ${LIFE_DOMAINS.join(", ")}` }))
    .max(3)
    .optional(),
});

export const organisationSchema = z.strictObject({
  id,
  name: text,
  kind: text,
  phone: optionalText,
  email: optionalText,
  website: optionalText,
});

export const serviceSchema = z.strictObject({
  id,
  organization: z.string(),
  name: text,
  topics: ids,
  wijken: ids,
  intake: z.strictObject({ phone: optionalText, hours: optionalText }).default({ phone: null, hours: null }),
  responseWorkingDays: z.number().int().min(0).max(60).default(2),
  assuredDate: date,
  contacts: ids,
  notes: optionalText,
});

export const professionalSchema = z.strictObject({
  id,
  name: text,
  role: text,
  organization: z.string().nullable().default(null),
  wijken: ids,
  topics: ids,
  email: optionalText,
  languages: list(z.enum(["nl", "en"])),
  coordinator: z.boolean().default(false),
  availability: availabilitySchema.default({}),
  absence: z
    .strictObject({ from: date, to: date, deputy: z.string().nullable().default(null) })
    .refine((a) => a.from <= a.to, { message: "an absence must end on or after its first day", path: ["to"] })
    .nullable()
    .default(null),
  ...chatIdFields(),
  networkMunicipality: z.string().optional(),
  admin: z.boolean().optional(),
  locale: z.enum(["nl", "en"]).optional(),
});

export const caseSchema = z.strictObject({
  code: z.string().regex(CASE_CODE_RE, "expected a case code like WYC-014"),
  wijk: z.string(),
  openedOn: date,
  closedOn: date.optional(),
  status: z.enum(["open", "closed"]),
  topics: ids,
  coordinator: z.string().nullable().default(null),
  involved: list(z.strictObject({ professional: z.string(), role: text })),
  relatives: z.array(z.strictObject({ label: text, contactPreference: text.optional() })).optional(),
  summary: optionalText,
});

export const consentSchema = z.strictObject({
  recordedBy: z.string(),
  recordedAt: instant,
  form: z.enum(["mondeling", "schriftelijk"]),
  purpose: text,
  validUntil: instant.nullable().default(null),
});

export const handoverEventSchema = z.strictObject({
  at: instant,
  // Not an enum: the handover workflow may add event kinds, and export -> import must keep them.
  type: z.string().regex(/^[a-z][a-z-]*$/, "expected an event type like accepted"),
  by: z.string().nullable().default(null),
  note: text.optional(),
});

export const handoverSchema = z.strictObject({
  id,
  case: z.string(),
  from: z.string(),
  toService: z.string(),
  toProfessional: z.string().nullable().default(null),
  topic: z.string(),
  status: z.enum(HANDOVER_STATUSES),
  requestedAt: instant,
  consent: consentSchema.nullable(),
  reason: text,
  contactPreference: z.strictObject({
    channel: z.enum(["telefoon", "inwoner-belt"]),
    bestTime: optionalText,
  }),
  events: list(handoverEventSchema),
  note: text.optional(),
});

export const consultSchema = z.strictObject({
  id,
  case: z.string(),
  kind: text.default("palliatief-consult"),
  status: z.enum(["planning", "scheduled", "cancelled", "done"]),
  organizer: z.string(),
  participants: list(
    z.strictObject({ professional: z.string(), required: z.boolean().default(false), role: text.optional() }),
  ),
  relatives: list(z.strictObject({ label: text, required: z.boolean().default(false) })),
  start: instant.nullable().default(null),
  durationMinutes: z.number().int().min(5).max(480).default(45),
  location: optionalText,
  agenda: list(text),
});

export const digestSubscriptionSchema = z.strictObject({
  professional: z.string(),
  wijken: ids,
  scope: z.enum(["wijken", "municipality"]).optional(),
  schedule: z
    .strictObject({ day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), time: clockTime })
    .default({ day: "mon", time: "08:00" }),
  quietWhenEmpty: z.boolean().optional(),
});

export const socialMapSchema = z.strictObject({
  format: z.literal(SOCIAL_MAP_FORMAT, { message: `expected "${SOCIAL_MAP_FORMAT}"` }),
  fictional: z.boolean().optional(),
  about: text.optional(),
  timezone: z.literal("Europe/Amsterdam").optional(),
  municipalities: list(municipalitySchema),
  wijken: list(wijkSchema),
  topics: list(topicSchema),
  organizations: list(organisationSchema),
  services: list(serviceSchema),
  professionals: list(professionalSchema),
  cases: list(caseSchema),
  handovers: list(handoverSchema),
  consults: list(consultSchema),
  digestSubscriptions: list(digestSubscriptionSchema),
});

/** A validated social map (defaults filled in). */
export type SocialMap = z.output<typeof socialMapSchema>;
/** What a file may contain before defaults are applied. */
export type SocialMapInput = z.input<typeof socialMapSchema>;
export type SocialMapService = SocialMap["services"][number];
export type SocialMapProfessional = SocialMap["professionals"][number];
export type SocialMapCase = SocialMap["cases"][number];
export type SocialMapHandover = SocialMap["handovers"][number];
export type SocialMapConsult = SocialMap["consults"][number];

export const COLLECTIONS = [
  "municipalities",
  "wijken",
  "topics",
  "organizations",
  "services",
  "professionals",
  "cases",
  "handovers",
  "consults",
  "digestSubscriptions",
] as const;
export type Collection = (typeof COLLECTIONS)[number];
