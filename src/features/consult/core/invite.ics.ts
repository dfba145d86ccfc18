import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { DateTime } from "luxon";
import { ZONE } from "../../../core/calendar/amsterdam-time.js";
import { AppError } from "../../../core/shared/app-error.js";
import type { Lang } from "../../../core/shared/lang.js";

/**
 * The calendar invite of a consult (RFC 5545 / iTIP RFC 5546), built with ical-generator.
 * Times are written as Europe/Amsterdam wall-clock with TZID and the zone's VTIMEZONE block, so
 * a 09:00 consult reads 09:00 in every client, also across a DST change. An update is the same
 * UID with a higher SEQUENCE (the caller bumps it, see consult.state.ts); a cancellation is
 * METHOD:CANCEL with STATUS:CANCELLED and again a higher SEQUENCE.
 *
 * Two ical-generator pitfalls, avoided here (invite.ics.test.ts pins both):
 * - with a calendar-wide time zone it writes DTSTAMP as floating local time, while RFC 5545
 *   3.8.7.2 wants UTC: the zone is set on the event only, the VTIMEZONE generator on the calendar;
 * - a native Date with a zone is formatted in the *process* zone: times go in as luxon
 *   DateTimes already set to Amsterdam.
 * Privacy: SUMMARY carries the case code only (inviteSummary), never a citizen's name; the .ics
 * is forwarded to relatives and lands in mail systems outside the network.
 */

export interface InvitePerson {
  name?: string;
  email: string;
}

export interface InviteAttendee extends InvitePerson {
  required: boolean;
}

export interface InviteInput {
  /** Stable for the consult's life (Consult.icsUid). */
  uid: string;
  /** 0 for the first invite; the caller increments it on every reschedule and on cancel. */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  start: Date;
  durationMinutes: number;
  /** The case code only, e.g. inviteSummary("WYC-021", "nl"); never a name. */
  summary: string;
  location: string | null;
  /** The agenda, as plain text lines. */
  description: string;
  organizer?: InvitePerson;
  attendees?: readonly InviteAttendee[];
  /** DTSTAMP: when this version was made (clock.now()); kept out of the function for tests. */
  stamp: Date;
}

const PRODUCT_ID = { company: "Wijkbot", product: "Consult", language: "NL" };
const SUMMARY_WORDS: Record<Lang, string> = { nl: "Palliatief consult", en: "Palliative consult" };

/** "Palliatief consult WYC-021": the only summary shape invites use. */
export function inviteSummary(caseCode: string, lang: Lang): string {
  return `${SUMMARY_WORDS[lang]} ${caseCode}`;
}

/** The .ics text (CRLF line endings, as RFC 5545 requires). */
export function buildInvite(input: InviteInput): string {
  validate(input);
  const calendar = new ICalCalendar({
    prodId: PRODUCT_ID,
    method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const start = DateTime.fromJSDate(input.start).setZone(ZONE);
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start,
    end: start.plus({ minutes: input.durationMinutes }),
    timezone: ZONE,
    summary: input.summary,
    location: input.location,
    description: input.description,
    status: input.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer ? person(input.organizer) : null,
    attendees: (input.attendees ?? []).map((attendee) => ({
      ...person(attendee),
      role: attendee.required ? ICalAttendeeRole.REQ : ICalAttendeeRole.OPT,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: input.method === "REQUEST",
    })),
  });
  return calendar.toString();
}

function person(p: InvitePerson): { name: string; email: string } {
  return { name: p.name ?? p.email, email: p.email };
}

function validate(input: InviteInput): void {
  const problems = [
    input.uid.trim() === "" || /[\r\n]/.test(input.uid) ? "uid must be one non-empty line" : null,
    !Number.isInteger(input.sequence) || input.sequence < 0 ? "sequence must be a whole number >= 0" : null,
    !Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0
      ? "duration must be > 0 minutes"
      : null,
    Number.isNaN(input.start.getTime()) || Number.isNaN(input.stamp.getTime())
      ? "start and stamp must be dates"
      : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) throw new AppError("INPUT_INVALID", `invalid invite: ${problems.join("; ")}`);
}
