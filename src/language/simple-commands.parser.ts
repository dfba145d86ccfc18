import { hasKeyword } from "./command.grammar.js";
import type { CommandOf, ParsedCommand } from "./command.schema.js";
import { langOf, type Message } from "./message.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

// Politeness and the bot's own name: they never change what a short command means.
const POLITE = words("wijkbot bot graag aub alsjeblieft alstublieft please pls even");
const HELP = words(`
  help hulp hallo hoi hi hello hey helpen me menu commands commandos info uitleg handleiding start
  goedemorgen goedemiddag goedenavond good morning afternoon evening wat kun kan je jij u doe doen
  what can you do how werkt works it this dit
`);

/** Bare "help", "?", "hallo", "wat kun je": the whole message is a greeting or a plea for help. */
export function parseHelp(msg: Message): CommandOf<"help"> | null {
  const rest = msg.norms.filter((w) => !POLITE.has(w));
  if (msg.codes.length > 0 || !rest.every((w) => HELP.has(w))) return null;
  return { kind: "help", lang: langOf(msg) };
}

const TARGETS: Readonly<Record<string, "nl" | "en">> = {
  nederlands: "nl",
  dutch: "nl",
  nederlandstalig: "nl",
  nl: "nl",
  engels: "en",
  english: "en",
  engelstalig: "en",
  en: "en",
  eng: "en",
};
const LANGUAGE_CUES = words(
  "taal language lang spreek speak praat talk switch schakel wissel antwoord reply",
);
const LANGUAGE_GLUE = words(`
  over naar to op in on voortaan from now change set zet liever prefer i ik wil want would like
  antwoorden answer respond me mij the de my mijn voorkeur preference please graag aub alsjeblieft
  wijkbot bot
`);

/** "taal engels", "language english", "spreek nederlands", "in English please". */
export function parseLanguage(msg: Message): CommandOf<"language.set"> | null {
  const targets = msg.norms.filter((w) => w in TARGETS);
  if (targets.length !== 1 || msg.norms.length > 8) return null;
  const cue = hasKeyword(msg.norms, LANGUAGE_CUES);
  const target = targets[0]!;
  // "en" and "nl" are also ordinary words ("schulden en eenzaamheid"): only with a cue.
  if (target.length <= 3 && !cue) return null;
  const glueOnly = msg.norms.every((w) => w === target || LANGUAGE_CUES.has(w) || LANGUAGE_GLUE.has(w));
  if (!glueOnly) return null;
  return { kind: "language.set", lang: langOf(msg), to: TARGETS[target]! };
}

type MineKind = "cases.mine" | "handovers.mine" | "consults.mine" | "tasks.mine";
const MINE: readonly [MineKind, ReadonlySet<string>][] = [
  ["cases.mine", words("casussen cases zaken dossiers clienten clients")],
  ["handovers.mine", words("overdrachten overdracht handovers handover verwijzingen referrals")],
  ["consults.mine", words("consulten consults consult overleggen mdos meetings")],
  ["tasks.mine", words("taken taak tasks task todo todos actiepunten actions")],
];
const OWNER = words("mijn my");
const LIST_GLUE = words(
  "open lopende current active actieve toon show list lijst laat zien geef give me alle all wat zijn are what",
);

/** "mijn casussen", "my handovers", or just "taken". */
export function parseMine(msg: Message): ParsedCommand | null {
  if (msg.codes.length > 0) return null;
  const owned = msg.norms.some((w) => OWNER.has(w));
  for (const [kind, nouns] of MINE) {
    const noun = msg.norms.find((w) => nouns.has(w));
    if (!noun) continue;
    const plural = /(en|s)$/.test(noun) || noun === "todo";
    const onlyGlue = msg.norms.every((w) => w === noun || OWNER.has(w) || LIST_GLUE.has(w) || POLITE.has(w));
    // "overdracht naar schuldhulp" starts a handover; only "mijn …" or a bare list asks for the list.
    if (onlyGlue && (owned || plural)) return { kind, lang: langOf(msg) };
  }
  return null;
}

const CASE_WORDS = words(`
  casus case dossier toon show laat zien open wie who is zijn are involved betrokkenen betrokken bij de het the regie
  heeft has info details over about status van of me mij graag please en and what wat with met in
  zit zitten er there
`);

/** "casus WYC-014", "case wyc-14", or the code on its own. */
export function parseCaseShow(msg: Message, force = false): CommandOf<"case.show"> | null {
  const code = msg.codes[0];
  if (!code) return null;
  const plain = msg.norms.every((w, i) => msg.inCode[i] || CASE_WORDS.has(w) || POLITE.has(w));
  if (!plain && !force) return null;
  return { kind: "case.show", lang: langOf(msg), code };
}
