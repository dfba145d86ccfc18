import { dayNumber, localDate } from "../../../core/calendar/amsterdam-time.js";
import type { ConsultState, ConsultStatus } from "./consult.state.js";

/**
 * Before the meeting participants add agenda items ("hier wil ik over praten"); after it the
 * organiser records the outcome, who attended (accreditation needs the list) and action points,
 * each with an owner among the participants and a due date, which then appear in the owner's
 * "my tasks" and the digest. Free text is stored as typed; rendering escapes it.
 */

export const AGENDA_MAX_ITEMS = 20;
export const AGENDA_TEXT_MAX = 300;
export const OUTCOME_TEXT_MAX = 4000;
export const ACTION_TEXT_MAX = 500;

export interface AgendaItem {
  position: number;
  text: string;
  addedById: string | null;
}

/** The consult as these rules see it; `participantIds` are professionals only, no relatives. */
export interface ConsultRecordContext extends Pick<ConsultState, "status" | "organizerId" | "start"> {
  participantIds: readonly string[];
}

export type AgendaRefusal =
  | "text-empty"
  | "text-too-long"
  | "agenda-full"
  | "not-a-participant"
  | "meeting-started"
  | "consult-closed";

export function addAgendaItem(
  consult: ConsultRecordContext,
  items: readonly AgendaItem[],
  input: { text: string; addedById: string },
  now: Date,
): { ok: true; item: AgendaItem } | { ok: false; reason: AgendaRefusal } {
  const text = input.text.trim();
  if (consult.status !== "planning" && consult.status !== "scheduled")
    return { ok: false, reason: "consult-closed" };
  if (consult.start !== null && consult.start <= now) return { ok: false, reason: "meeting-started" };
  if (!isMember(consult, input.addedById)) return { ok: false, reason: "not-a-participant" };
  if (text === "") return { ok: false, reason: "text-empty" };
  if (text.length > AGENDA_TEXT_MAX) return { ok: false, reason: "text-too-long" };
  if (items.length >= AGENDA_MAX_ITEMS) return { ok: false, reason: "agenda-full" };
  const position = Math.max(0, ...items.map((item) => item.position)) + 1;
  return { ok: true, item: { position, text, addedById: input.addedById } };
}

/** "1. …\n2. …" in position order: the invite's DESCRIPTION and the message to relatives. */
export function agendaText(items: readonly AgendaItem[]): string {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((item, index) => `${index + 1}. ${item.text}`)
    .join("\n");
}

export interface ActionPointInput {
  ownerId: string;
  text: string;
  /** Local "YYYY-MM-DD" (ActionPoint.dueOn is a date column). */
  dueOn: string;
}

export type ActionPointProblem =
  | "owner-not-participant"
  | "text-empty"
  | "text-too-long"
  | "due-date-invalid"
  | "due-before-consult";

export interface OutcomeInput {
  actorId: string;
  outcome: string;
  actionPoints: readonly ActionPointInput[];
  /** Participants (professional ids) who were there. */
  attendedIds: readonly string[];
}

export type OutcomeRefusal =
  | { kind: "not-organiser" }
  | { kind: "wrong-status"; status: ConsultStatus }
  | { kind: "not-yet-held" }
  | { kind: "outcome-empty" }
  | { kind: "outcome-too-long" }
  | { kind: "attendee-not-participant"; participantId: string }
  | { kind: "action-point-invalid"; index: number; problem: ActionPointProblem };

export interface RecordedOutcome {
  status: "done";
  outcome: string;
  actionPoints: ActionPointInput[];
  attendedIds: string[];
}

/** scheduled -> done, once the meeting has started, by the organiser. */
export function recordOutcome(
  consult: ConsultRecordContext,
  input: OutcomeInput,
  now: Date,
): { ok: true; record: RecordedOutcome } | { ok: false; refusal: OutcomeRefusal } {
  const refuse = (refusal: OutcomeRefusal) => ({ ok: false as const, refusal });
  if (consult.status !== "scheduled") return refuse({ kind: "wrong-status", status: consult.status });
  if (input.actorId !== consult.organizerId) return refuse({ kind: "not-organiser" });
  if (consult.start === null || consult.start > now) return refuse({ kind: "not-yet-held" });
  const outcome = input.outcome.trim();
  if (outcome === "") return refuse({ kind: "outcome-empty" });
  if (outcome.length > OUTCOME_TEXT_MAX) return refuse({ kind: "outcome-too-long" });
  const stranger = input.attendedIds.find((id) => !isMember(consult, id));
  if (stranger !== undefined) return refuse({ kind: "attendee-not-participant", participantId: stranger });
  const actionPoints: ActionPointInput[] = [];
  for (const [index, point] of input.actionPoints.entries()) {
    const problem = actionPointProblem(consult, point);
    if (problem) return refuse({ kind: "action-point-invalid", index, problem });
    actionPoints.push({ ...point, text: point.text.trim() });
  }
  return {
    ok: true,
    record: { status: "done", outcome, actionPoints, attendedIds: [...new Set(input.attendedIds)] },
  };
}

/** Also for action points added after the outcome (status done). */
export function actionPointProblem(
  consult: ConsultRecordContext,
  point: ActionPointInput,
): ActionPointProblem | null {
  if (!isMember(consult, point.ownerId)) return "owner-not-participant";
  const text = point.text.trim();
  if (text === "") return "text-empty";
  if (text.length > ACTION_TEXT_MAX) return "text-too-long";
  if (!isDate(point.dueOn)) return "due-date-invalid";
  if (consult.start !== null && point.dueOn < localDate(consult.start)) return "due-before-consult";
  return null;
}

function isMember(consult: ConsultRecordContext, id: string): boolean {
  return id === consult.organizerId || consult.participantIds.includes(id);
}

function isDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}
