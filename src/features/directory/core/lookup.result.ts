/** The outcome of "who handles X in wijk Y", before it is put into words. */
import type { AvailabilityView } from "./availability.policy.js";
import type { ContactPerson, ServiceRecord, TopicRecord, WijkRecord } from "./directory.ports.js";

export interface PersonAnswer {
  person: ContactPerson;
  availability: AvailabilityView;
  /** Set when the person is absent and has a deputy: who to reach instead. */
  deputy: { person: ContactPerson; availability: AvailabilityView } | null;
}

export interface ServiceAnswer {
  service: Omit<ServiceRecord, "contacts">;
  people: PersonAnswer[];
  /** Someone (or their deputy) works today. */
  staffedToday: boolean;
  /** Not verified for over a year: shown with a warning. */
  stale: boolean;
}

export interface TopicSection {
  topic: TopicRecord;
  services: ServiceAnswer[];
  /** Only when nobody covers the topic in the wijk: the nearest services in the municipality. */
  nearby: ServiceAnswer[];
}

export type LookupResult =
  | { kind: "answer"; wijk: WijkRecord; sections: TopicSection[] }
  | {
      kind: "ask-wijk";
      topics: TopicRecord[];
      wijkText: string | null;
      /** Wijken whose names are close to wijkText, or the asker's own when none was named. */
      suggestions: WijkRecord[];
      /** The asker's own wijken, as examples when nothing matched. */
      ownWijken: WijkRecord[];
    }
  | {
      kind: "choose-topic";
      /** The wijk when the question named one; else it is asked after the choice. */
      wijk: WijkRecord | null;
      choices: TopicRecord[];
    }
  | {
      kind: "unknown-topic";
      wijk: WijkRecord | null;
      text: string | null;
      suggestions: TopicRecord[];
      known: TopicRecord[];
    };
