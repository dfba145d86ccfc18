/**
 * Order of services in a lookup answer, best first:
 * 1. someone (or their deputy) works today — a warm handover needs a person now;
 * 2. the specialist before the generalist — fewer topics means the topic is the service's job;
 * 3. verified within the year before stale entries;
 * 4. the faster response norm;
 * 5. name, so the order is stable.
 */
import type { ServiceAnswer } from "./lookup.result.js";

export function rankServices(answers: ServiceAnswer[]): ServiceAnswer[] {
  return [...answers].sort(
    (a, b) =>
      Number(b.staffedToday) - Number(a.staffedToday) ||
      a.service.topicIds.length - b.service.topicIds.length ||
      Number(a.stale) - Number(b.stale) ||
      a.service.responseWorkingDays - b.service.responseWorkingDays ||
      a.service.name.localeCompare(b.service.name, "nl"),
  );
}
