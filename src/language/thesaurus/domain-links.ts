import { tokenize } from "../normalize.js";
import { type Thesaurus, tokenKeys } from "./thesaurus.js";

/** A region's topic as the thesaurus sees it: its names, synonyms and optional domain ids. */
export interface TopicWords {
  id: string;
  phrases: string[];
  /** From the social map's optional "domains" field, most fitting first. */
  domains?: string[];
}

/** topic id -> domain id -> how strongly the topic serves that domain (0..1]. */
export type DomainLinks = Map<string, Map<string, number>>;

// Listed domains count in their order: the first is what the topic is about.
const LISTED_WEIGHTS = [1, 0.6, 0.4];
// An inferred link needs at least one whole cue, and counts by its share of the topic's strongest
// domain: a second domain (thuiszorg: also basic self-care) is kept, but ranks behind the first.
const MIN_INFERRED_HITS = 1;

/**
 * Links each topic to life domains: those its social-map entry lists, or else those its own names
 * and synonyms are cues for ("Schulden", "schuldhulp", "deurwaarder" -> financien). So a new
 * region's map is understood without its editor foreseeing every phrasing.
 */
export function linkTopics(topics: readonly TopicWords[], thesaurus: Thesaurus): DomainLinks {
  const known = new Set(thesaurus.domains.map((d) => d.id));
  const links: DomainLinks = new Map();
  for (const topic of topics) {
    const listed = (topic.domains ?? []).filter((d) => known.has(d));
    links.set(topic.id, listed.length > 0 ? listedLinks(listed) : inferredLinks(topic, thesaurus));
  }
  return links;
}

function listedLinks(domains: string[]): Map<string, number> {
  return new Map(domains.map((d, i) => [d, LISTED_WEIGHTS[i] ?? LISTED_WEIGHTS.at(-1)!]));
}

function inferredLinks(topic: TopicWords, thesaurus: Thesaurus): Map<string, number> {
  const counts = new Map<string, number>();
  for (const phrase of topic.phrases) {
    const tokens = tokenize(phrase).map((t) => tokenKeys(t.norm));
    for (const hit of thesaurus.match(tokens)) {
      for (const d of hit.domains) counts.set(d, (counts.get(d) ?? 0) + hit.weight / hit.domains.length);
    }
  }
  const max = Math.max(0, ...counts.values());
  const out = new Map<string, number>();
  for (const [d, n] of counts) if (n >= MIN_INFERRED_HITS) out.set(d, n / max);
  return out;
}
