/**
 * The citizen withdraws consent for a case: every consent record of the case is marked withdrawn,
 * open handovers stop ("withdrawn"), everything still queued for the case is cancelled, and the
 * people involved are told, without any detail but the case code. One transaction.
 */
import type { Caller } from "../../../core/access/caller.js";
import { caseAccess } from "../../../core/access/case-access.policy.js";
import { AppError } from "../../../core/shared/app-error.js";
import { caseNotFound } from "../../cases/core/case.service.js";
import type { HandoverChange, HandoverNoticeDraft } from "./handover.ports.js";
import type { HandoverDeps } from "./handover.service.js";
import { transition } from "./handover.state.js";
import { factsOf, handoverAudit, notice, receiversOf } from "./handover-notices.policy.js";

export interface WithdrawalOutcome {
  caseCode: string;
  stopped: number;
  cancelledNotifications: number;
}

export class ConsentWithdrawalService {
  constructor(private readonly deps: HandoverDeps) {}

  async withdraw(caller: Caller, code: string): Promise<WithdrawalOutcome> {
    // A handover that moves between our read and the write makes the write a no-op: read again.
    for (let attempt = 1; attempt < 3; attempt += 1) {
      const outcome = await this.tryOnce(caller, code);
      if (outcome !== "conflict") return outcome;
    }
    throw new AppError("INTERNAL", "handovers of the case kept changing during a consent withdrawal");
  }

  private async tryOnce(caller: Caller, code: string): Promise<WithdrawalOutcome | "conflict"> {
    const now = this.deps.clock.now();
    const kase = await this.deps.store.caseByCode(code);
    const open = kase ? await this.deps.store.openForCase(kase.id) : [];
    const me = caller.actor.professionalId;
    const allowed =
      kase && (caseAccess(caller.actor, kase.access) || open.some((h) => h.state.fromId === me));
    if (!kase || !allowed) {
      await this.deps.audit.record({
        event: "consent.withdraw",
        action: "update",
        at: now,
        actorId: me,
        channel: caller.channel,
        caseId: kase?.id ?? null,
        caseCode: code,
        authorised: false,
        detail: { found: kase !== null },
      });
      throw caseNotFound(code);
    }
    const changes: HandoverChange[] = [];
    const notices: HandoverNoticeDraft[] = [];
    const told = new Set<string>([me]);
    for (const record of open) {
      const result = transition(record.state, { type: "withdraw" }, { kind: "system" }, now);
      if (!result.ok) continue;
      changes.push({
        id: record.id,
        expectedVersion: record.state.version,
        state: result.state,
        event: { ...result.event, byId: me },
        endedAt: now,
        addMember: null,
        successor: null,
      });
      const involved = [
        record.state.fromId,
        ...(record.state.acceptedById
          ? [record.state.acceptedById]
          : receiversOf(record.service, record.state.toProfessionalId, "")),
      ];
      // Without details: the facts are cut to the case code and the state.
      const facts = { ...factsOf(record, result.state), topicId: "", serviceName: "", wijkName: "" };
      for (const id of involved.filter((x) => !told.has(x))) {
        told.add(id);
        notices.push(notice(id, "consent-withdrawn", facts, null));
      }
    }
    const ref = { id: kase.id, caseId: kase.id, caseCode: kase.code, consentId: null };
    const audit = [
      {
        ...handoverAudit(caller, ref, "consent.withdraw", "update", now, { handovers: changes.length }),
        subject: `case:${kase.id}`,
      },
    ];
    const cancelled = await this.deps.store.withdrawConsent(kase.id, me, now, changes, { audit, notices });
    if (cancelled === "conflict") return "conflict";
    this.deps.notifier.queued();
    return { caseCode: kase.code, stopped: changes.length, cancelledNotifications: cancelled };
  }
}
