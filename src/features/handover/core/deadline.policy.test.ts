import { describe, expect, it } from "vitest";
import {
  type DeadlineFacts,
  dueDeadlineActions,
  handoverDeadline,
  overdueWorkingDays,
  reminderAt,
} from "./deadline.policy.js";

// Instants in UTC; Amsterdam is UTC+1 in winter, UTC+2 in summer.
const d = (iso: string) => new Date(iso);

describe("handoverDeadline", () => {
  it("defaults to 2 working days, due 17:00 local", () => {
    expect(handoverDeadline(d("2026-11-23T09:00:00Z"))).toEqual(d("2026-11-25T16:00:00Z"));
    expect(handoverDeadline(d("2026-11-23T09:00:00Z"), null)).toEqual(d("2026-11-25T16:00:00Z"));
  });

  it("uses the service's norm and skips the weekend", () => {
    // Friday 16:00 local + 2 working days = Tuesday 17:00.
    expect(handoverDeadline(d("2026-11-27T15:00:00Z"), 2)).toEqual(d("2026-12-01T16:00:00Z"));
    expect(handoverDeadline(d("2026-11-23T09:00:00Z"), 5)).toEqual(d("2026-11-30T16:00:00Z"));
  });

  it("skips Christmas and New Year's Day", () => {
    // Wednesday 23 Dec 2026: 24 Dec (Thu) counts, 25 and 26 Dec are holidays, then the weekend.
    expect(handoverDeadline(d("2026-12-23T10:00:00Z"), 2)).toEqual(d("2026-12-28T16:00:00Z"));
    // Thursday 31 Dec: 1 Jan is a holiday, 2-3 Jan the weekend.
    expect(handoverDeadline(d("2026-12-31T10:00:00Z"), 1)).toEqual(d("2027-01-04T16:00:00Z"));
  });

  it("lands on 17:00 summer time as 15:00 UTC", () => {
    expect(handoverDeadline(d("2026-06-01T08:00:00Z"), 2)).toEqual(d("2026-06-03T15:00:00Z"));
  });
});

describe("reminderAt", () => {
  it("is 09:00 local on the deadline's day", () => {
    const requested = d("2026-12-23T10:00:00Z");
    expect(reminderAt(requested, handoverDeadline(requested, 2))).toEqual(d("2026-12-28T08:00:00Z"));
  });

  it("is null when there is no time to remind (same-day norm asked after 09:00)", () => {
    const requested = d("2026-11-23T10:00:00Z");
    expect(reminderAt(requested, handoverDeadline(requested, 0))).toBeNull();
  });
});

describe("dueDeadlineActions", () => {
  const requestedAt = d("2026-11-23T09:00:00Z");
  const open: DeadlineFacts = {
    status: "requested",
    requestedAt,
    deadlineAt: handoverDeadline(requestedAt, 2), // Wed 25 Nov 17:00 local
    reminderSentAt: null,
    escalatedAt: null,
  };

  it("does nothing before the reminder time", () => {
    expect(dueDeadlineActions(open, d("2026-11-25T07:59:00Z"))).toEqual({ remind: false, escalate: false });
  });

  it("reminds from 09:00 on the last day, once", () => {
    expect(dueDeadlineActions(open, d("2026-11-25T08:00:00Z"))).toEqual({ remind: true, escalate: false });
    const reminded = { ...open, reminderSentAt: d("2026-11-25T08:00:00Z") };
    expect(dueDeadlineActions(reminded, d("2026-11-25T12:00:00Z"))).toEqual({
      remind: false,
      escalate: false,
    });
  });

  it("escalates after the deadline, once, and no longer reminds", () => {
    expect(dueDeadlineActions(open, d("2026-11-25T16:00:00Z"))).toEqual({ remind: true, escalate: false });
    expect(dueDeadlineActions(open, d("2026-11-25T16:00:01Z"))).toEqual({ remind: false, escalate: true });
    const escalated = { ...open, escalatedAt: d("2026-11-25T16:05:00Z") };
    expect(dueDeadlineActions(escalated, d("2026-11-26T10:00:00Z"))).toEqual({
      remind: false,
      escalate: false,
    });
  });

  it("holds accepted handovers to the deadline but not contacted or closed ones", () => {
    const late = d("2026-11-30T10:00:00Z");
    expect(dueDeadlineActions({ ...open, status: "accepted" }, late).escalate).toBe(true);
    for (const status of [
      "contacted",
      "completed",
      "declined",
      "cancelled",
      "withdrawn",
      "forwarded",
    ] as const) {
      expect(dueDeadlineActions({ ...open, status }, late)).toEqual({ remind: false, escalate: false });
    }
  });
});

describe("overdueWorkingDays", () => {
  const deadline = d("2026-12-24T16:00:00Z"); // Thu 24 Dec 17:00 local

  it("is 0 until the deadline has passed", () => {
    expect(overdueWorkingDays(deadline, d("2026-12-24T15:00:00Z"))).toBe(0);
    expect(overdueWorkingDays(deadline, d("2026-12-24T20:00:00Z"))).toBe(0);
  });

  it("counts working days only, so Christmas and the weekend do not count", () => {
    expect(overdueWorkingDays(deadline, d("2026-12-27T10:00:00Z"))).toBe(0);
    expect(overdueWorkingDays(deadline, d("2026-12-28T10:00:00Z"))).toBe(1);
  });
});
