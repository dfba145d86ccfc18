/** Small notices for tests of the outbox machinery. */
import type { NudgeNotice } from "../../src/features/digest/core/nudge.notices.js";
import type { HandoverNotice } from "../../src/features/handover/core/handover.notices.js";

/** A coordinator's nudge about a case. */
export function sampleNudge(recipientId: string, caseCode = "WYC-014"): NudgeNotice {
  return {
    kind: "digest.nudge",
    recipientId,
    facts: { fromName: "Ruud", caseCode, serviceName: "Schuldhulp", overdueDays: 2 },
  };
}

/** "Mark accepted handover WYC-014 (debts)", for the referrer. */
export function sampleAccepted(recipientId: string): HandoverNotice {
  return {
    kind: "handover.accepted",
    recipientId,
    facts: {
      handoverId: "ho-1",
      caseCode: "WYC-014",
      topicId: "debts",
      topicName: { nl: "Schulden", en: "Debts" },
      wijkName: "Wyckerpoort",
      serviceName: "Schuldhulp",
      status: "accepted",
      urgency: "normal",
      version: 1,
      deadlineAt: new Date("2026-11-27T16:00:00Z"),
      byName: "Mark",
      note: null,
      alternatives: [],
      attempts: 0,
      overdueDays: 0,
    },
  };
}
