import { FILLER, hasKeyword, LOCATIVE, LOOKUP_CUES } from "../../../language/command.grammar.js";
import type { CommandOf } from "../../../language/command.schema.js";
import type { Lexicon } from "../../../language/lexicon.js";
import { langOf, type Message, rawSpan } from "../../../language/message.js";
import { matchTerms, type TermMatch } from "../../../language/term-matcher.js";
import { readTopics, type TopicReading } from "../../../language/topic-reading.js";

type Lookup = CommandOf<"lookup">;
type WijkPart = Pick<Lookup, "wijk" | "wijkText" | "wijkSuggestions">;

const SUGGESTIONS = 3;
// "Unknown text" is echoed back to the user; a paragraph of it helps nobody.
const MAX_UNKNOWN_TOKENS = 4;

/**
 * "wie doet schulden in Wyckerpoort?" and its many variants. Returns null when the message holds
 * neither a known word nor a lookup cue, so the caller can answer "not understood" instead.
 */
export function parseLookup(msg: Message, lexicon: Lexicon): Lookup | null {
  const matches = matchTerms(msg, lexicon);
  const reading = readTopics(msg, lexicon, matches);
  const topics = uniqueTopics(msg, reading);
  const leftovers = leftoverRuns(msg, reading.understood);
  const wijkPart = resolveWijk(msg, lexicon, matches, leftovers, topics.length > 0);
  const wijkRun = wijkPart.wijkText;
  const unsure = topics.length === 0 && reading.choices.length > 0;
  const topicRun =
    topics.length === 0 && !unsure ? (leftovers.find((r) => r.text !== wijkRun)?.text ?? null) : null;
  const known = matches.length > 0 || topics.length > 0 || unsure;
  // "wie zijn betrokken bij WYC-014": with a case code and no known word, it is about the case.
  if (!known && msg.codes.length > 0) return null;
  if (!known && !hasKeyword(msg.norms, LOOKUP_CUES)) return null;
  if (!known && wijkRun === null && topicRun === null) return null;
  const vote = matches.reduce((sum, m) => sum + (m.lang === "en" ? 1 : m.lang === "nl" ? -1 : 0), 0);
  return {
    kind: "lookup",
    lang: langOf(msg, vote),
    topics,
    ...wijkPart,
    unknownTopicText: topicRun,
    topicSuggestions: topicRun === null ? [] : lexicon.suggestTopics(topicRun, SUGGESTIONS),
    topicChoices: topics.length === 0 ? reading.choices : [],
    unknownWords: reading.unknownWords,
  };
}

function uniqueTopics(msg: Message, reading: TopicReading): Lookup["topics"] {
  const out: Lookup["topics"] = [];
  for (const t of reading.topics) {
    if (!out.some((o) => o.id === t.id)) out.push({ id: t.id, matched: rawSpan(msg, t.start, t.end) });
  }
  return out;
}

interface Run {
  start: number;
  text: string;
  /** After "in"/"wijk": a place. */
  afterLocative: boolean;
  /** Capitalised mid-sentence: a place if the rest of the question already names a topic. */
  capitalised: boolean;
}

/** Words nobody recognised, grouped into runs between known words and filler. */
function leftoverRuns(msg: Message, understood: ReadonlySet<number>): Run[] {
  const known = msg.tokens.map((_, i) => msg.inCode[i] || understood.has(i));
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i <= msg.tokens.length; i++) {
    const word = msg.norms[i];
    const free = word !== undefined && !known[i] && !FILLER.has(word) && !/^\d+$/.test(word);
    if (free && start < 0) start = i;
    if (free || start < 0) continue;
    const end = Math.min(i, start + MAX_UNKNOWN_TOKENS);
    const before = msg.norms[start - 1];
    const capital = start > 0 && /^\p{Lu}/u.test(msg.tokens[start]!.raw);
    const afterLocative = before !== undefined && LOCATIVE.has(before);
    runs.push({ start, text: rawSpan(msg, start, end), afterLocative, capitalised: capital });
    start = -1;
  }
  return runs;
}

function resolveWijk(
  msg: Message,
  lexicon: Lexicon,
  matches: TermMatch[],
  runs: Run[],
  hasTopic: boolean,
): WijkPart {
  const municipalities = matches.filter((m) => m.kind === "municipality").flatMap((m) => m.ids);
  const wijk = matches.find((m) => m.kind === "wijk");
  if (wijk) {
    const text = rawSpan(msg, wijk.start, wijk.end);
    const inPlace = wijk.ids.filter((id) => municipalities.includes(lexicon.municipalityOf(id) ?? ""));
    const ids = wijk.ids.length === 1 ? wijk.ids : inPlace;
    if (ids.length === 1)
      return { wijk: { id: ids[0]!, matched: text }, wijkText: null, wijkSuggestions: [] };
    return {
      wijk: null,
      wijkText: text,
      wijkSuggestions: (inPlace.length > 0 ? inPlace : wijk.ids).slice(0, 5),
    };
  }
  // A place we do not know: named after "in", or the only other words next to a known topic.
  const run =
    runs.find((r) => r.afterLocative) ??
    (hasTopic ? runs.find((r) => r.capitalised || suggests(lexicon, r)) : undefined);
  if (run)
    return { wijk: null, wijkText: run.text, wijkSuggestions: lexicon.suggestWijken(run.text, SUGGESTIONS) };
  // Municipality names are often plain words ("Buren", "Best"): only trust one named as a place.
  const place = matches.find((m) => m.kind === "municipality" && namedAsPlace(msg, m));
  if (place) {
    const suggestions = municipalities.flatMap((key) => lexicon.wijkIdsIn(key)).slice(0, 5);
    return { wijk: null, wijkText: rawSpan(msg, place.start, place.end), wijkSuggestions: suggestions };
  }
  return { wijk: null, wijkText: null, wijkSuggestions: [] };
}

// Stricter than "did you mean": among 3,000 wijken some name is always half like any word.
const CLOSE_TO_A_WIJK = 0.75;

function suggests(lexicon: Lexicon, run: Run): boolean {
  return lexicon.suggestWijken(run.text, 1, CLOSE_TO_A_WIJK).length > 0;
}

function namedAsPlace(msg: Message, m: TermMatch): boolean {
  const before = msg.norms[m.start - 1];
  return (before !== undefined && LOCATIVE.has(before)) || /^\p{Lu}/u.test(msg.tokens[m.start]!.raw);
}
