/**
 * Closing and reopening a case. Closing first asks how the case ended (a fixed list) and shows
 * what is still open: open handovers and consults must be finished or cancelled first, because
 * they have people waiting on them; open action points lapse with the case. Closing sets the day
 * retention counts from (cases/jobs/retention.job.ts); reopening clears it.
 */
import type { Caller } from "../../../core/access/caller.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import type { CaseFacts, CaseOutcome } from "./case-work.model.js";
import type { CaseWorkResult } from "./case-work.result.js";
import {
  actorRef,
  auditOf,
  type CaseWorkDeps,
  caseToChange,
  notAllowed,
  noticesOf,
  told,
} from "./case-work.support.js";

export class CaseClosingService {
  constructor(private readonly deps: CaseWorkDeps) {}

  /** Without an outcome: the question (outcome buttons and what is still open). */
  async close(caller: Caller, code: string, outcome: CaseOutcome | null): Promise<CaseWorkResult> {
    const { facts, manage } = await caseToChange(this.deps, caller, code, "case.close");
    if (!manage) return notAllowed(this.deps, facts);
    if (facts.status === "closed") return { kind: "already", code, status: "closed" };
    if (facts.open.handovers > 0 || facts.open.consults > 0) {
      return { kind: "close-blocked", code, open: facts.open };
    }
    if (!outcome) return { kind: "choose-outcome", code, open: facts.open };
    const now = this.deps.clock.now();
    const applied = await this.deps.store.apply(
      {
        caseId: facts.id,
        expect: { status: "open", coordinatorId: facts.coordinatorId },
        set: {
          status: "closed",
          outcome,
          closedOn: localDate(now),
          regieOfferToId: null,
          regieOfferById: null,
        },
        settleActionPointsAt: now,
      },
      {
        audit: [
          {
            ...auditOf(caller, "case.close", "update", now, facts, code),
            detail: { outcome, actionPoints: facts.open.actionPoints },
          },
        ],
        notices: noticesOf(facts, "closed", this.team(facts), actorRef(caller), now.toISOString(), {
          outcome,
        }),
      },
    );
    if (applied !== "applied") return { kind: "conflict", code };
    return told(
      this.deps,
      { kind: "closed", code, outcome, settledActionPoints: facts.open.actionPoints },
      true,
    );
  }

  async reopen(caller: Caller, code: string): Promise<CaseWorkResult> {
    const { facts, manage } = await caseToChange(this.deps, caller, code, "case.reopen");
    if (!manage) return notAllowed(this.deps, facts);
    if (facts.status === "open") return { kind: "already", code, status: "open" };
    const now = this.deps.clock.now();
    const applied = await this.deps.store.apply(
      {
        caseId: facts.id,
        expect: { status: "closed", coordinatorId: facts.coordinatorId },
        set: { status: "open", outcome: null, closedOn: null },
      },
      {
        audit: [auditOf(caller, "case.reopen", "update", now, facts, code)],
        notices: noticesOf(facts, "reopened", this.team(facts), actorRef(caller), now.toISOString()),
      },
    );
    return applied === "applied"
      ? told(this.deps, { kind: "reopened", code }, true)
      : { kind: "conflict", code };
  }

  private team(facts: CaseFacts): string[] {
    return [...facts.memberIds, ...(facts.coordinatorId ? [facts.coordinatorId] : [])];
  }
}
