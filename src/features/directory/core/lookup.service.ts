/**
 * Who handles topic X in wijk Y. Resolves the wijk (or asks which one), answers every topic asked
 * about, and records the gaps in the social map for the coordinator.
 */
import type { Actor } from "../../../core/access/actor.js";
import type { Caller } from "../../../core/access/caller.js";
import { addDays, localDate } from "../../../core/calendar/amsterdam-time.js";
import type { Clock } from "../../../core/shared/clock.js";
import { availabilityAt } from "./availability.policy.js";
import type { DirectoryReader, ServiceRecord, TopicRecord, WijkRecord } from "./directory.ports.js";
import type { LookupResult, PersonAnswer, ServiceAnswer, TopicSection } from "./lookup.result.js";
import { rankServices } from "./ranking.policy.js";

/** What the language layer understood; see src/language/command.schema.ts ("lookup"). */
export interface LookupQuery {
  topicIds: string[];
  wijkId: string | null;
  /** Words that seem to name a wijk but matched none. */
  wijkText: string | null;
  wijkSuggestions: string[];
  unknownTopicText: string | null;
  topicSuggestions: string[];
  /** The language layer was unsure which topic a situation is about: ask, with these. */
  topicChoices: string[];
  /** Content words nothing recognised: the gap recorded for the coordinator. */
  unknownWords: string[];
}

/** A question a button already settled: these topics, in this wijk, nothing left to guess. */
export function settledQuery(topicIds: string[], wijkId: string | null): LookupQuery {
  return {
    topicIds,
    wijkId,
    wijkText: null,
    wijkSuggestions: [],
    unknownTopicText: null,
    topicSuggestions: [],
    topicChoices: [],
    unknownWords: [],
  };
}

const STALE_AFTER_DAYS = 365;
const NEARBY_LIMIT = 3;

export class LookupService {
  constructor(private readonly deps: { directory: DirectoryReader; clock: Clock }) {}

  async lookup({ actor }: Caller, query: LookupQuery): Promise<LookupResult> {
    const { directory, clock } = this.deps;
    const now = clock.now();
    const topics = await directory.topics();
    const asked = query.topicIds.map((id) => topics.find((t) => t.id === id)).filter((t) => t !== undefined);

    if (asked.length === 0) {
      const wijk = query.wijkId ? await directory.wijk(query.wijkId) : null;
      const term = query.unknownWords.length > 0 ? query.unknownWords.join(" ") : query.unknownTopicText;
      await this.gap(actor, now, "unknown-topic", { wijkId: wijk?.id ?? null, term });
      const choices = query.topicChoices.map((id) => topics.find((t) => t.id === id)).filter(isDefined);
      // Unsure beats wrong: the asker picks the topic, and the words we missed are noted anyway.
      if (choices.length > 0) return { kind: "choose-topic", wijk, choices };
      const suggestions = query.topicSuggestions
        .map((id) => topics.find((t) => t.id === id))
        .filter(isDefined);
      return { kind: "unknown-topic", wijk, text: query.unknownTopicText, suggestions, known: topics };
    }

    const wijk = await this.resolveWijk(actor, query);
    if (!("id" in wijk)) {
      if (query.wijkText) await this.gap(actor, now, "unknown-wijk", { wijkId: null, term: query.wijkText });
      const ownWijken = (await Promise.all(actor.wijkIds.slice(0, 5).map((id) => directory.wijk(id)))).filter(
        isDefined,
      );
      return {
        kind: "ask-wijk",
        topics: asked,
        wijkText: query.wijkText,
        suggestions: wijk.suggestions,
        ownWijken,
      };
    }

    const sections: TopicSection[] = [];
    for (const topic of asked) sections.push(await this.section(actor, topic, wijk, now));
    return { kind: "answer", wijk, sections };
  }

  /** The named wijk; else the asker's only wijk; else candidates to choose from. */
  private async resolveWijk(
    actor: Actor,
    query: LookupQuery,
  ): Promise<WijkRecord | { suggestions: WijkRecord[] }> {
    const { directory } = this.deps;
    if (query.wijkId) {
      const wijk = await directory.wijk(query.wijkId);
      if (wijk) return wijk;
    }
    const implicit = !query.wijkText && actor.wijkIds.length === 1 ? actor.wijkIds[0] : undefined;
    if (implicit) {
      const wijk = await directory.wijk(implicit);
      if (wijk) return wijk;
    }
    const candidates = query.wijkText ? query.wijkSuggestions : actor.wijkIds;
    const suggestions = await Promise.all(candidates.slice(0, 5).map((id) => directory.wijk(id)));
    return { suggestions: suggestions.filter(isDefined) };
  }

  private async section(
    actor: Actor,
    topic: TopicRecord,
    wijk: WijkRecord,
    now: Date,
  ): Promise<TopicSection> {
    const { directory } = this.deps;
    const services = rankServices(
      (await directory.servicesFor(topic.id, wijk.id)).map((s) => answer(s, now)),
    );
    if (services.length > 0) return { topic, services, nearby: [] };
    await this.gap(actor, now, "no-service", { wijkId: wijk.id, topicId: topic.id, term: null });
    const nearby = (await directory.servicesNearby(topic.id, wijk, NEARBY_LIMIT)).map((s) => answer(s, now));
    return { topic, services, nearby: rankServices(nearby) };
  }

  private async gap(
    actor: Actor,
    at: Date,
    kind: "unknown-wijk" | "unknown-topic" | "no-service",
    where: { wijkId: string | null; topicId?: string; term: string | null },
  ): Promise<void> {
    await this.deps.directory.recordGap({
      at,
      askedById: actor.professionalId,
      kind,
      wijkId: where.wijkId,
      topicId: where.topicId ?? null,
      term: normalizeTerm(where.term),
    });
  }
}

function answer(record: ServiceRecord, now: Date): ServiceAnswer {
  const { contacts, ...service } = record;
  const people: PersonAnswer[] = contacts.map((contact) => {
    const availability = availabilityAt({
      availability: contact.availability,
      absence: contact.absence,
      now,
    });
    const deputy =
      availability.status === "absent" && contact.deputy
        ? {
            person: contact.deputy,
            availability: availabilityAt({
              availability: contact.deputy.availability,
              absence: contact.deputy.absence,
              now,
            }),
          }
        : null;
    return { person: contact, availability, deputy };
  });
  const works = (a: { status: string }) => a.status === "available-now" || a.status === "available-today";
  const staffedToday = people.some(
    (p) => works(p.availability) || (p.deputy !== null && works(p.deputy.availability)),
  );
  const stale = service.assuredDate < addDays(localDate(now), -STALE_AFTER_DAYS);
  return { service, people, staffedToday, stale };
}

/** Gap terms are grouped by the coordinator's digest: lower case, single spaces, bounded. */
function normalizeTerm(term: string | null): string | null {
  const normalized = term?.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim().slice(0, 80);
  return normalized ? normalized : null;
}

function isDefined<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
