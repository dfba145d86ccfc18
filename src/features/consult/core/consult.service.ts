/**
 * The palliative-care consult (issue 6): plan, vote, confirm, participants, agenda, reschedule,
 * cancel, outcome; "mijn consulten", "mijn taken", the invite and the attendance list. Every read
 * or change of case data is audited; notices to other participants go through the outbox in the
 * transaction of the change (consult.ports.ts). The use cases live in consult-planning.ts and
 * consult-lifecycle.ts; this class is the one entry the bot and jobs call.
 */
import type { Actor } from "../../../core/access/actor.js";
import type { Caller } from "../../../core/access/caller.js";
import type { ConsultRecord } from "./consult.ports.js";
import type { AttendanceList, ConsultAnswer, MyConsults, MyTasks, PlanResult } from "./consult.result.js";
import { reminderDue } from "./consult.state.js";
import type { ActionPointInput } from "./consult-agenda.policy.js";
import {
  auditEntry,
  type ConsultDeps,
  hasRelatives,
  kickingStore,
  loadForActor,
  stateOf,
} from "./consult-effects.js";
import {
  addAgenda,
  cancelConsult,
  editParticipant,
  type ParticipantEditInput,
  recordConsultOutcome,
  rescheduleConsult,
} from "./consult-lifecycle.js";
import { inviteOf, noticesFor } from "./consult-notices.js";
import { confirmByOrganiser, planConsult, voteOnSlot } from "./consult-planning.js";
import type { VoteAnswer } from "./vote.policy.js";

const LIST_LIMIT = 25;
/** Far enough ahead to cover a long weekend with holidays between reminder and consult. */
const REMINDER_HORIZON_DAYS = 6;
const REMINDER_BATCH = 200;
/** Jobs act as the system: no professional, channel "job". */
const SYSTEM: Caller = { actor: { professionalId: "" } as Actor, channel: "job" };

export type { ConsultDeps } from "./consult-effects.js";

export class ConsultService {
  private readonly deps: ConsultDeps;

  constructor(deps: ConsultDeps) {
    this.deps = { ...deps, store: kickingStore(deps.store, deps.notifier) };
  }

  plan(caller: Caller, code: string, windowText: string | null): Promise<PlanResult> {
    return planConsult(this.deps, caller, code, windowText);
  }

  vote(caller: Caller, input: { consultId: string; slotId: string; answer: VoteAnswer }) {
    return voteOnSlot(this.deps, caller, input);
  }

  /** The organiser's override: confirm this slot whatever the votes say. */
  confirm(caller: Caller, input: { consultId: string; slotId: string }) {
    return confirmByOrganiser(this.deps, caller, input);
  }

  editParticipant(caller: Caller, consultId: string, edit: ParticipantEditInput) {
    return editParticipant(this.deps, caller, consultId, edit);
  }

  addAgendaItem(caller: Caller, consultId: string, text: string) {
    return addAgenda(this.deps, caller, consultId, text);
  }

  reschedule(caller: Caller, input: { consultId: string; date: string; time: string }) {
    return rescheduleConsult(this.deps, caller, input);
  }

  cancel(caller: Caller, consultId: string): Promise<ConsultAnswer> {
    return cancelConsult(this.deps, caller, consultId);
  }

  recordOutcome(
    caller: Caller,
    input: { consultId: string; outcome: string; actionPoints: ActionPointInput[]; attendedIds: string[] },
  ) {
    return recordConsultOutcome(this.deps, caller, input);
  }

  /** The consult as it stands, with the actor's copy of the invite once it is scheduled. */
  async show(caller: Caller, consultId: string): Promise<ConsultAnswer> {
    const { consult } = await loadForActor(this.deps, caller, consultId, "consult.view", "read");
    const { actor } = caller;
    const lang = actor.locale ?? "nl";
    return {
      consult,
      event: "shown",
      ics: this.icsOf(consult, lang),
      refusal: null,
      forwardToRelatives: actor.professionalId === consult.organizerId && hasRelatives(consult),
    };
  }

  async mine(caller: Caller): Promise<MyConsults> {
    const items = await this.deps.store.mine(caller.actor.professionalId, this.deps.clock.now(), LIST_LIMIT);
    await this.auditList(caller, "consult.list", items.length);
    return { items };
  }

  async tasks(caller: Caller): Promise<MyTasks> {
    const items = await this.deps.store.openTasks(caller.actor.professionalId, LIST_LIMIT);
    await this.auditList(caller, "action-point.list", items.length);
    return { items };
  }

  /** Who was there, for accreditation: organiser and participants only, audited as an export. */
  async attendance(caller: Caller, consultId: string): Promise<AttendanceList | null> {
    const { consult } = await loadForActor(this.deps, caller, consultId, "consult.attendance", "export");
    const me = caller.actor.professionalId;
    const member = consult.participants.some((p) => p.professionalId === me);
    if (!member && me !== consult.organizerId) return null;
    return { consult, csv: attendanceCsv(consult) };
  }

  /**
   * Reminders due now (the working day before, 09:00). remindedAt is set in the transaction that
   * queues them, guarded on "not yet reminded": a second run or a second replica sends none.
   */
  async remindDue(): Promise<number> {
    const now = this.deps.clock.now();
    const horizon = new Date(now.getTime() + REMINDER_HORIZON_DAYS * 86_400_000);
    const candidates = await this.deps.store.reminderCandidates(now, horizon, REMINDER_BATCH);
    let sent = 0;
    for (const consult of candidates) {
      if (!reminderDue(stateOf(consult), now, this.deps.holidays)) continue;
      const audit = [{ ...auditEntry(SYSTEM, consult, "consult.remind", "update", now), actorId: null }];
      const notices = noticesFor(consult, "reminder", { exceptId: null, now });
      const guard = { status: "scheduled" as const, icsSequence: consult.icsSequence, remindedAt: null };
      if (await this.deps.store.transition(consult.id, guard, { remindedAt: now }, { audit, notices }))
        sent += 1;
    }
    return sent;
  }

  private icsOf(consult: ConsultRecord, lang: "nl" | "en"): string | null {
    if (!consult.start) return null;
    if (consult.status === "scheduled") return inviteOf(consult, "REQUEST", this.deps.clock.now(), lang);
    if (consult.status === "cancelled") return inviteOf(consult, "CANCEL", this.deps.clock.now(), lang);
    return null;
  }

  private async auditList(caller: Caller, event: string, count: number): Promise<void> {
    await this.deps.audit.record({
      event,
      action: "read",
      at: this.deps.clock.now(),
      actorId: caller.actor.professionalId,
      channel: caller.channel,
      authorised: true,
      detail: { count },
    });
  }
}

/** Semicolon-separated (what Dutch spreadsheet settings open directly); quotes doubled. */
export function attendanceCsv(consult: ConsultRecord): string {
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const attended = (value: boolean | null) => (value === null ? "" : value ? "ja" : "nee");
  const rows = consult.participants.map((p) =>
    [p.name ?? p.relativeLabel ?? "", p.role ?? "", p.required ? "ja" : "nee", attended(p.attended)]
      .map(cell)
      .join(";"),
  );
  return ["naam;rol;verplicht;aanwezig", ...rows].join("\n");
}
