/**
 * The deadline sweep: a reminder to the receiver (the acceptor, or the service's people while
 * nobody accepted) on the last working day, and an escalation to the wijk coordinators once the
 * deadline has passed. Each happens once: reminderSentAt / escalatedAt are set in the same
 * transaction as the outbox rows, guarded on still being null, so a second run (or replica) does
 * nothing.
 */

import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditPort } from "../../audit/core/audit.port.js";
import { dueDeadlineActions, overdueWorkingDays } from "./deadline.policy.js";
import type { HandoverRecord, HandoverStore } from "./handover.ports.js";
import { factsOf, handoverAudit, notice, receiversOf } from "./handover-notices.policy.js";

export interface DeadlineDeps {
  store: HandoverStore;
  audit: AuditPort;
  clock: Clock;
  notifier: Notifier;
}

export interface DeadlineReport {
  reminded: number;
  escalated: number;
}

const BATCH = 200;

export async function runHandoverDeadlines(deps: DeadlineDeps): Promise<DeadlineReport> {
  const now = deps.clock.now();
  const report: DeadlineReport = { reminded: 0, escalated: 0 };
  for (const record of await deps.store.dueForDeadline(now, BATCH)) {
    const due = dueDeadlineActions({ ...record, status: record.state.status }, now);
    if (due.remind && (await remind(deps, record, now))) report.reminded += 1;
    if (due.escalate && (await escalate(deps, record, now))) report.escalated += 1;
  }
  if (report.reminded + report.escalated > 0) deps.notifier.queued();
  return report;
}

async function remind(deps: DeadlineDeps, record: HandoverRecord, now: Date): Promise<boolean> {
  const holders = record.state.acceptedById
    ? [record.state.acceptedById]
    : receiversOf(record.service, record.state.toProfessionalId, record.state.fromId);
  const facts = factsOf(record, record.state);
  const notices = holders.map((id) => notice(id, "reminder", facts, record.caseId));
  const audit = [
    handoverAudit(null, record, "handover.remind", "update", now, { recipients: holders.length }),
  ];
  return deps.store.markDeadline(record.id, "reminder", now, { audit, notices });
}

async function escalate(deps: DeadlineDeps, record: HandoverRecord, now: Date): Promise<boolean> {
  const coordinators = await deps.store.wijkCoordinators(record.wijkId);
  const holder = record.state.acceptedById ? (record.names[record.state.acceptedById] ?? null) : null;
  const overdueDays = overdueWorkingDays(record.deadlineAt, now);
  const facts = { ...factsOf(record, record.state, { byName: holder }), overdueDays };
  const notices = coordinators.map((id) => notice(id, "escalated", facts, record.caseId));
  const audit = [
    handoverAudit(null, record, "handover.escalate", "update", now, { recipients: coordinators.length }),
  ];
  return deps.store.markDeadline(record.id, "escalation", now, { audit, notices });
}
