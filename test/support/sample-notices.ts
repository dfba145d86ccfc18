/** A small notice for tests of the outbox machinery: a coordinator's nudge about a case. */
import type { NudgeNotice } from "../../src/features/digest/core/nudge.notices.js";

export function sampleNudge(recipientId: string, caseCode = "WYC-014"): NudgeNotice {
  return {
    kind: "digest.nudge",
    recipientId,
    facts: { fromName: "Ruud", caseCode, serviceName: "Schuldhulp", overdueDays: 2 },
  };
}
