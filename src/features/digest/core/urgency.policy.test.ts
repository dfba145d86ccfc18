import { describe, expect, it } from "vitest";
import type { DigestItem } from "./digest.ports.js";
import { isQuietWeek, quietWeekOutcome } from "./quiet-week.policy.js";
import { byUrgency } from "./urgency.policy.js";

const at = (iso: string) => new Date(iso);
const overdue = (id: string, deadline: string, urgent = false): DigestItem => ({
  kind: "overdue-handover",
  handoverId: id,
  caseCode: id,
  serviceName: "S",
  holderName: null,
  deadlineAt: at(deadline),
  urgent,
});

describe("byUrgency", () => {
  it("puts overdue handovers first, urgent ones and the longest overdue before the rest", () => {
    const items: DigestItem[] = [
      { kind: "stale-entry", serviceId: "s", serviceName: "S", assuredDate: "2024-01-01" },
      { kind: "consult", caseCode: "C", start: at("2026-11-24T10:00:00Z") },
      overdue("late", "2026-11-19T16:00:00Z"),
      overdue("later", "2026-11-12T16:00:00Z"),
      overdue("urgent", "2026-11-20T16:00:00Z", true),
      { kind: "action-point-overdue", caseCode: "A", ownerName: null, dueOn: "2026-11-01" },
      {
        kind: "awaiting-acceptance",
        handoverId: "w",
        caseCode: "W",
        serviceName: "S",
        requestedAt: at("2026-11-20T09:00:00Z"),
        urgent: false,
      },
      { kind: "lookup-gap", gapKind: "no-service", topicId: "debts", topicName: null, term: null, count: 3 },
    ];
    expect(byUrgency(items).map((i) => ("caseCode" in i ? i.caseCode : i.kind))).toEqual([
      "urgent",
      "later",
      "late",
      "A",
      "W",
      "C",
      "lookup-gap",
      "stale-entry",
    ]);
  });
});

describe("quiet week", () => {
  const zero = {
    openCases: 12,
    newCases: 0,
    awaitingAcceptance: 0,
    overdueHandovers: 0,
    completedThisWeek: 0,
    medianDaysToContact: null,
    consultsNext7Days: 0,
    actionPointsOverdue: 0,
    staleEntries: 4,
    lookupGaps: 0,
  };

  it("is quiet with open cases and stale entries but nothing new or stuck", () => {
    expect(isQuietWeek(zero)).toBe(true);
  });

  it("is not quiet with one new case or one overdue handover", () => {
    expect(isQuietWeek({ ...zero, newCases: 1 })).toBe(false);
    expect(isQuietWeek({ ...zero, overdueHandovers: 1 })).toBe(false);
  });

  it("sends one line or nothing as the coordinator chose", () => {
    expect(quietWeekOutcome(false)).toBe("one-line");
    expect(quietWeekOutcome(true)).toBe("nothing");
  });
});
