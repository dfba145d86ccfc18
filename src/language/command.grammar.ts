import { distance } from "fastest-levenshtein";

/**
 * Product grammar: the words that make a command, not the directory's vocabulary. Wijk and topic
 * words never belong here; they come from the lexicon.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that carry no wijk or topic meaning: never fuzzy-matched, never "unknown text". */
export const FILLER = words(`
  wie doet doen kan kun kunnen iemand ik zoek zoeken hulp helpen helpt bij met voor mijn de het een
  en of van naar in op om te er is zijn wat welke waar heeft hebben weet iets aub graag alsjeblieft
  nodig over rond rondom omgeving wijk buurt gemeente die dat deze dit contact contactpersoon
  aanspreekpunt regelt regelen gaat zit ook nog even wel niet hoe mee ons onze je jij u uw hier daar
  hallo hoi bedankt dank wijkbot bot ondersteunt bezig
  who whom handles handle handling does do can could someone somebody anyone anybody i me my we our
  need needs looking look find for with help helps at on the a an and or of to is are there what
  which where please about around near area neighbourhood neighborhood district municipality
  person people hi hello hey thanks thank works working
`);

/**
 * Command words are never read as a misspelt wijk or topic: "overzicht" is two edits from
 * "Overvecht", and the digest must not become a lookup for Utrecht.
 */
export const COMMAND_WORDS = words(`
  overzicht weekoverzicht samenvatting digest summary overdracht overdrachten overdragen handover
  handovers consult consulten consults casus casussen case cases audit taal language taken tasks
  schedule plannen inplannen stuur send verwijzing verwijzen referral
`);

/**
 * Care words too general to name a topic on their own: "hulp" inside "schuldhulp", "klachten" in
 * "Psychische klachten". They still count inside a whole topic name or synonym.
 */
export const GENERIC_CARE_WORDS = words(`
  hulp zorg steun ondersteuning begeleiding verlening hulpverlening problemen probleem problematiek
  klachten vragen vraag advies dienst diensten team loket coach coaching zaken thuis familie gezin
  care support help problems problem issues services service advice coaching team family
`);

/** Words after which the next words name a place. */
export const LOCATIVE = words(
  "in te wijk buurt rond rondom omgeving around near neighbourhood neighborhood district area",
);

/** Words that say "this is a question about who does what", even when nothing else is known. */
export const LOOKUP_CUES = words(`
  wie iemand zoek zoeken hulp nodig aanspreekpunt contactpersoon who someone somebody anyone anybody
  looking need help contact
`);

const EN_MARKERS = words(`
  who whom handles handle does can could someone anyone somebody anybody me my with for the a an hand
  refer
  are there i need looking find please show case cases handover handovers consults tasks schedule
  next this on at to and of language english dutch speak send summary what which where about near
  around tomorrow today by from monday tuesday wednesday thursday friday saturday sunday hi hello
  hey digest thanks
`);

const NL_MARKERS = words(`
  wie doet doen kan iemand ik zoek zoeken hulp bij met voor mijn de het een en van naar volgende
  deze plan plannen casus casussen overzicht stuur op om taal spreek graag er wat welke waar
  overdracht overdrachten consulten taken nederlands engels hallo hoi morgen vandaag maandag dinsdag
  woensdag donderdag vrijdag zaterdag zondag uur tot door over heeft iets aub alsjeblieft nodig te
  bedankt warme
`);

/** +1 per English cue word, -1 per Dutch one; "help me" counts as English, bare "help" as neither. */
export function languageScore(norms: readonly string[]): number {
  let score = 0;
  for (const w of norms) {
    if (EN_MARKERS.has(w)) score += 1;
    if (NL_MARKERS.has(w)) score -= 1;
  }
  return score;
}

/** Is one of these keywords among the words? Long keywords forgive one typo ("overdracth"). */
export function hasKeyword(norms: readonly string[], keywords: ReadonlySet<string>): boolean {
  return norms.some((w) => isKeyword(w, keywords));
}

export function isKeyword(word: string, keywords: ReadonlySet<string>): boolean {
  if (keywords.has(word)) return true;
  if (word.length < 7) return false;
  for (const k of keywords) {
    if (k.length >= 7 && Math.abs(k.length - word.length) <= 1 && distance(word, k) <= 1) return true;
  }
  return false;
}

export const WEEKDAYS: Readonly<Record<string, "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun">> = {
  maandag: "mon",
  maandags: "mon",
  monday: "mon",
  mondays: "mon",
  mon: "mon",
  dinsdag: "tue",
  dinsdags: "tue",
  tuesday: "tue",
  tuesdays: "tue",
  tue: "tue",
  tues: "tue",
  woensdag: "wed",
  woensdags: "wed",
  wednesday: "wed",
  wednesdays: "wed",
  wed: "wed",
  donderdag: "thu",
  donderdags: "thu",
  thursday: "thu",
  thursdays: "thu",
  thu: "thu",
  thurs: "thu",
  vrijdag: "fri",
  vrijdags: "fri",
  friday: "fri",
  fridays: "fri",
  fri: "fri",
  zaterdag: "sat",
  zaterdags: "sat",
  saturday: "sat",
  saturdays: "sat",
  sat: "sat",
  zondag: "sun",
  zondags: "sun",
  sunday: "sun",
  sundays: "sun",
  sun: "sun",
};

/** Words that open a time window ("volgende week", "on Tuesday", "1 maart"). */
export const WINDOW_START = words(`
  volgende komende deze morgen overmorgen vandaag vanmiddag vanavond binnen uiterlijk
  next coming this tomorrow today tonight within before after week weken weeks maand month
  januari februari maart april mei juni juli augustus september oktober november december
  january february march may june july august october
  ${Object.keys(WEEKDAYS).join(" ")}
`);
