import type { DigestItem } from "./digest.ports.js";

/**
 * The order of the items behind the counts: what harms a citizen soonest first. A handover past
 * its deadline means someone waits for a call that should have come; an action point past due
 * means a promise from a consult is not kept; then what is waiting but not late yet; then what
 * is coming (consults); then upkeep of the social map (gaps, stale entries).
 */
const RANK: Record<DigestItem["kind"], number> = {
  "overdue-handover": 0,
  "action-point-overdue": 1,
  "awaiting-acceptance": 2,
  consult: 3,
  "lookup-gap": 4,
  "stale-entry": 5,
};

export function byUrgency(items: readonly DigestItem[]): DigestItem[] {
  return [...items].sort((a, b) => RANK[a.kind] - RANK[b.kind] || within(a, b));
}

/** Within one kind: urgent first, then the longest waiting (or soonest coming) first. */
function within(a: DigestItem, b: DigestItem): number {
  switch (a.kind) {
    case "overdue-handover": {
      const o = b as typeof a;
      return Number(o.urgent) - Number(a.urgent) || a.deadlineAt.getTime() - o.deadlineAt.getTime();
    }
    case "awaiting-acceptance": {
      const o = b as typeof a;
      return Number(o.urgent) - Number(a.urgent) || a.requestedAt.getTime() - o.requestedAt.getTime();
    }
    case "action-point-overdue":
      return a.dueOn.localeCompare((b as typeof a).dueOn);
    case "consult":
      return a.start.getTime() - (b as typeof a).start.getTime();
    case "lookup-gap":
      return (b as typeof a).count - a.count;
    case "stale-entry":
      return a.assuredDate.localeCompare((b as typeof a).assuredDate);
  }
}
