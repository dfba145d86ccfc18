/**
 * Who hears what about a consult, and the invite that goes with a revision. The notices carry a
 * snapshot of the consult and the revision's stamp; the .ics is built from them when a notice is
 * rendered, in the language of whoever reads it then.
 */
import { AppError } from "../../../core/shared/app-error.js";
import type { Lang } from "../../../core/shared/lang.js";
import type { QueuedNotice } from "../../../core/shared/notice.js";
import type { ConsultNotice, ConsultSnapshot, NoticeEvent } from "./consult.notices.js";
import type { ConsultRecord } from "./consult.ports.js";
import { agendaText } from "./consult-agenda.policy.js";
import { buildInvite, inviteSummary } from "./invite.ics.js";

/** What a notice may show: the record without the outcome (free text) and the access facts. */
export function consultSnapshot(consult: ConsultRecord): ConsultSnapshot {
  const { caseId: _caseId, access: _access, outcome: _outcome, remindedAt: _remindedAt, ...shown } = consult;
  return shown;
}

/** The .ics of the consult's current revision (REQUEST) or its cancellation. */
export function inviteOf(
  consult: ConsultSnapshot,
  method: "REQUEST" | "CANCEL",
  stamp: Date,
  lang: Lang,
): string {
  if (!consult.start) throw new AppError("INTERNAL", `consult ${consult.id} has no time to invite for`);
  const organiser = consult.participants.find((p) => p.professionalId === consult.organizerId);
  return buildInvite({
    uid: consult.icsUid,
    sequence: consult.icsSequence,
    method,
    start: consult.start,
    durationMinutes: consult.durationMinutes,
    summary: inviteSummary(consult.caseCode, lang),
    location: consult.location,
    description: agendaText(consult.agenda),
    ...(organiser?.email
      ? { organizer: { name: organiser.name ?? organiser.email, email: organiser.email } }
      : {}),
    attendees: consult.participants.flatMap((p) =>
      p.email ? [{ name: p.name ?? p.email, email: p.email, required: p.required }] : [],
    ),
    stamp,
  });
}

/** The invite for `professionalId` themselves, in their language; null when not a participant. */
export function ownInvite(
  consult: ConsultRecord,
  professionalId: string,
  method: "REQUEST" | "CANCEL",
  now: Date,
): string | null {
  const me = consult.participants.find((p) => p.professionalId === professionalId);
  return me ? inviteOf(consult, method, now, me.locale ?? "nl") : null;
}

/**
 * One notice per professional participant but `exceptId` (the actor, who sees the answer
 * directly). The key carries the invite revision, so a reschedule is a new notice and a retry of
 * the same change is not.
 */
export function noticesFor(
  consult: ConsultRecord,
  event: NoticeEvent,
  options: { exceptId: string | null; ics?: "REQUEST" | "CANCEL"; now: Date; only?: readonly string[] },
): QueuedNotice<ConsultNotice>[] {
  // A revision without a time has no invite: refuse now, not when the notice is delivered.
  if (options.ics && !consult.start)
    throw new AppError("INTERNAL", `consult ${consult.id} has no time to invite for`);
  const snapshot = consultSnapshot(consult);
  const ics = options.ics ? { method: options.ics, stamp: options.now } : null;
  return consult.participants.flatMap((p) => {
    const id = p.professionalId;
    if (!id || id === options.exceptId || (options.only && !options.only.includes(id))) return [];
    return [
      {
        kind: `consult.${event}` as const,
        recipientId: id,
        facts: { consult: snapshot, ics, task: null },
        idempotencyKey: `consult:${consult.id}:${event}:s${consult.icsSequence}:${id}`,
        caseId: consult.caseId,
      },
    ];
  });
}
