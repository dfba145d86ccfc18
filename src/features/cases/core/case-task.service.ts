/**
 * Action points done from "mijn taken" (issue 16): the owner, or whoever runs the case, marks one
 * done. A second press changes nothing. Overdue ones count in the digest until they are done.
 */
import type { Caller } from "../../../core/access/caller.js";
import { AppError } from "../../../core/shared/app-error.js";
import type { CaseWorkResult } from "./case-work.result.js";
import { auditOf, type CaseWorkDeps, caseToChange } from "./case-work.support.js";

export class CaseTaskService {
  constructor(private readonly deps: CaseWorkDeps) {}

  async done(caller: Caller, actionPointId: string): Promise<CaseWorkResult> {
    const point = await this.deps.store.actionPoint(actionPointId);
    if (!point) throw taskNotFound(actionPointId);
    const { facts, manage } = await caseToChange(this.deps, caller, point.caseCode, "action-point.done");
    if (point.ownerId !== caller.actor.professionalId && !manage) throw taskNotFound(actionPointId);
    if (point.done) return { kind: "task-already-done", code: facts.code };
    const now = this.deps.clock.now();
    const audit = auditOf(
      caller,
      "action-point.done",
      "update",
      now,
      facts,
      facts.code,
      `action-point:${point.id}`,
    );
    const applied = await this.deps.store.settleActionPoint(point.id, now, { audit: [audit], notices: [] });
    return { kind: applied === "applied" ? "task-done" : "task-already-done", code: facts.code };
  }
}

/** Not yours and not there read alike, as with cases. */
function taskNotFound(id: string): AppError {
  return new AppError("CASE_NOT_FOUND", `action point ${id} not found or not accessible`, {
    userMessageKey: "case.task-not-found",
  });
}
