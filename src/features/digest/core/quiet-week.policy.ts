import type { DigestCounts } from "./digest.ports.js";

/**
 * A quiet week: nothing new (cases, completions, gaps, consults coming up) and nothing stuck
 * (handovers waiting or overdue, action points past due). Open cases and stale directory entries
 * do not count: they are the standing state of a wijk, and a digest that never goes quiet
 * because of one old entry would train coordinators to ignore it.
 */
export function isQuietWeek(counts: DigestCounts): boolean {
  return (
    counts.newCases === 0 &&
    counts.awaitingAcceptance === 0 &&
    counts.overdueHandovers === 0 &&
    counts.completedThisWeek === 0 &&
    counts.consultsNext7Days === 0 &&
    counts.actionPointsOverdue === 0 &&
    counts.lookupGaps === 0
  );
}

/** What a scheduled digest does in a quiet week: one line "niets nieuws", or stay silent. */
export function quietWeekOutcome(quietWhenEmpty: boolean): "one-line" | "nothing" {
  return quietWhenEmpty ? "nothing" : "one-line";
}
