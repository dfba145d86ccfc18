/**
 * A professional reports their own absence and deputy in chat ("ik ben afwezig tot 4 december,
 * vervanger Mark Janssen"). Both days are Amsterdam calendar days and inclusive; the answer
 * repeats them ("van 23 november t/m 4 december") so a misread day is seen at once. Lookups and
 * handovers read the absence from the directory, so it counts from the moment it is stored.
 */
import type { Caller } from "../../../core/access/caller.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import { readLocalDay } from "../../../core/calendar/day-text.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { AbsenceStore, PersonName } from "./absence.ports.js";

export interface AbsenceCommand {
  /** First day as typed; null = today. */
  fromText: string | null;
  /** Last day as typed; null only when clearing. */
  toText: string | null;
  deputyText: string | null;
  /** "ik ben terug", "I'm back". */
  clear: boolean;
}

export type AbsenceResult =
  | { kind: "set"; from: string; to: string; deputy: PersonName | null }
  | { kind: "cleared"; had: boolean }
  | { kind: "no-end" }
  | { kind: "bad-date"; text: string }
  | { kind: "ends-before-start"; from: string; to: string }
  | { kind: "in-past"; to: string }
  | { kind: "deputy-unknown"; text: string }
  | { kind: "deputy-ambiguous"; text: string; options: PersonName[] }
  | { kind: "deputy-self" };

export class AbsenceService {
  constructor(private readonly deps: { store: AbsenceStore; clock: Clock }) {}

  async report(caller: Caller, command: AbsenceCommand): Promise<AbsenceResult> {
    const { actor, channel } = caller;
    const now = this.deps.clock.now();
    const change = { professionalId: actor.professionalId, byId: actor.professionalId, channel, at: now };
    if (command.clear) {
      const had = (await this.deps.store.absenceOf(actor.professionalId)) !== null;
      if (had) await this.deps.store.setAbsence({ ...change, absence: null });
      return { kind: "cleared", had };
    }
    if (!command.toText) return { kind: "no-end" };
    const today = localDate(now);
    const from = command.fromText ? readLocalDay(command.fromText, now, { forward: true }) : today;
    if (!from) return { kind: "bad-date", text: command.fromText! };
    const to = readLocalDay(command.toText, now, { forward: true });
    if (!to) return { kind: "bad-date", text: command.toText };
    if (to < today) return { kind: "in-past", to };
    if (to < from) return { kind: "ends-before-start", from, to };
    const deputy = command.deputyText ? await this.deputy(actor, command.deputyText) : null;
    if (deputy && "kind" in deputy) return deputy;
    await this.deps.store.setAbsence({ ...change, absence: { from, to, deputy: deputy?.id ?? null } });
    return { kind: "set", from, to, deputy };
  }

  private async deputy(actor: Caller["actor"], text: string): Promise<PersonName | AbsenceResult> {
    const people = await this.deps.store.peopleNamed(text);
    if (people.length === 0) return { kind: "deputy-unknown", text };
    if (people.length > 1) return { kind: "deputy-ambiguous", text, options: people.slice(0, 5) };
    if (people[0]!.id === actor.professionalId) return { kind: "deputy-self" };
    return people[0]!;
  }
}
