import type { Weekday } from "../../../core/calendar/amsterdam-time.js";

/**
 * The phrases window.parser.ts reads itself, because chrono-node does not: Dutch compounds
 * ("donderdagmiddag"), parts of the day, "na 14:00", "binnen 5 werkdagen" and whole weeks
 * (chrono turns "volgende week" into a single day a week from now). Each matcher removes what
 * it recognised, so chrono never sees a time of day and mistakes it for "today".
 */

export type PartOfDay = "morning" | "afternoon" | "evening";

/** Local wall-clock bounds of a part of the day; a slot must start and end inside them. */
export const PART_OF_DAY_HOURS: Record<PartOfDay, { from: string; to: string }> = {
  morning: { from: "08:00", to: "12:00" },
  afternoon: { from: "12:00", to: "17:00" },
  evening: { from: "17:00", to: "21:00" },
};

export const DAY_WORDS: Record<string, Weekday> = {
  maandag: "mon",
  dinsdag: "tue",
  woensdag: "wed",
  donderdag: "thu",
  vrijdag: "fri",
  zaterdag: "sat",
  zondag: "sun",
  monday: "mon",
  tuesday: "tue",
  wednesday: "wed",
  thursday: "thu",
  friday: "fri",
  saturday: "sat",
  sunday: "sun",
};

const PART_WORDS: Record<string, PartOfDay> = {
  ochtend: "morning",
  morgen: "morning",
  middag: "afternoon",
  avond: "evening",
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  tonight: "evening",
};

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export type SpanUnit = "working-days" | "days" | "weeks";

export interface Phrases {
  /** The text with every recognised phrase blanked out, for chrono. */
  rest: string;
  partOfDay?: PartOfDay;
  earliestLocalTime?: string;
  atLocalTime?: string;
  /** "binnen 5 werkdagen", "within 2 weeks". */
  span?: { count: number; unit: SpanUnit };
  /** Whole ISO weeks after the current one: 0 = rest of this week, 1 = next week. */
  weekOffset?: number;
  /** Calendar days from today for words chrono.nl lacks ("overmorgen"). */
  dayOffset?: number;
}

const DAY_ALT = Object.keys(DAY_WORDS).join("|");
const NUM_ALT = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;
// A bare number is no time ("na 1 december"): minutes or a unit must follow the hour.
const TIME = String.raw`(\d{1,2})(?=[:.]\d{2}|\s*(?:uur|u|h|am|pm)\b)(?:[:.](\d{2}))?\s*(uur|u|h|am|pm)?`;

/** Runs every matcher over lower-cased text. */
export function readPhrases(input: string): Phrases {
  const found: Phrases = { rest: ` ${input.toLowerCase().replace(/\s+/g, " ")} ` };
  const take = (re: RegExp, on: (m: RegExpExecArray) => void): void => {
    const match = re.exec(found.rest);
    if (!match) return;
    on(match);
    found.rest = found.rest.replace(match[0], " ");
  };
  readParts(found, take);
  take(new RegExp(String.raw`\b(?:na|vanaf|after|from)\s+${TIME}(?=\W)`), (m) => {
    found.earliestLocalTime = clock(m);
  });
  take(new RegExp(String.raw`\b(?:om|at)\s+${TIME}(?=\W)`), (m) => {
    found.atLocalTime = clock(m);
  });
  take(
    new RegExp(
      String.raw`\b(?:binnen|within|in de komende|de komende|in the next|the next)\s+(${NUM_ALT})\s+(werkdagen|werkdag|working days?|business days?|dagen|dag|days?|weken|week|weeks)\b`,
    ),
    (m) => {
      found.span = { count: toNumber(m[1]!), unit: unitOf(m[2]!) };
    },
  );
  take(/\b(volgende|komende|next|coming|deze|this)\s+week\b/, (m) => {
    found.weekOffset = ["deze", "this"].includes(m[1]!) ? 0 : 1;
  });
  take(new RegExp(String.raw`\b(?:over|in)\s+(${NUM_ALT})\s+(?:weken|weeks)\b`), (m) => {
    found.weekOffset = toNumber(m[1]!);
  });
  take(/\b(overmorgen|day after tomorrow)\b/, () => {
    found.dayOffset = 2;
  });
  return found;
}

type Take = (re: RegExp, on: (m: RegExpExecArray) => void) => void;

/** "donderdagmiddag", "donderdag middag", "morgenochtend", "vanmiddag", "'s avonds", "in the morning". */
function readParts(found: Phrases, take: Take): void {
  const parts = Object.keys(PART_WORDS).join("|");
  take(new RegExp(String.raw`\b(${DAY_ALT}|morgen|tomorrow)\s?(${parts})\b`), (m) => {
    found.partOfDay = PART_WORDS[m[2]!];
    // Keep the day for chrono; only the part of the day is consumed.
    found.rest = found.rest.replace(m[0], ` ${m[1]} `);
  });
  if (found.partOfDay) return;
  take(/\bvan(ochtend|morgen|middag|avond)\b/, (m) => {
    found.partOfDay = PART_WORDS[m[1]!];
    found.dayOffset = 0;
  });
  // "morgen" alone is "tomorrow": only the unambiguous words count as a part of the day here.
  take(
    /(?:'s\s?|\bin the |\bde |\bthis )?\b(ochtends?|middags?|avonds?|morning|afternoon|evening|tonight)\b/,
    (m) => {
      found.partOfDay = PART_WORDS[m[1]!.replace(/s$/, "")];
    },
  );
}

function clock(m: RegExpExecArray): string {
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (m[3] === "pm" && hour < 12) hour += 12;
  if (m[3] === "am" && hour === 12) hour = 0;
  return `${String(Math.min(hour, 23)).padStart(2, "0")}:${String(Math.min(minute, 59)).padStart(2, "0")}`;
}

function toNumber(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

function unitOf(word: string): SpanUnit {
  if (/^(werk|working|business)/.test(word)) return "working-days";
  return /^(dag|day)/.test(word) ? "days" : "weeks";
}
