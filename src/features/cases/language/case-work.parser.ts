/**
 * Running a case in words (issue 16): "nieuwe casus in Wyckerpoort over schulden, regie bij Anouk
 * Peeters", "betrek Mark Janssen bij WYC-014", "ontkoppel Mark Janssen van WYC-014", "regie
 * WYC-014 naar Anouk Peeters", "sluit WYC-014", "heropen WYC-014", and their English forms.
 * Colleagues are named as typed; the services resolve the name against the directory.
 */
import type { CommandOf, ParsedCommand } from "../../../language/command.schema.js";
import type { Lexicon } from "../../../language/lexicon.js";
import { langOf, type Message, rawSpan } from "../../../language/message.js";
import { matchTerms } from "../../../language/term-matcher.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

// English words of these commands that command.grammar's markers do not know; they tip the language.
const ENGLISH = words("new create involve add release remove close reopen give lead");
const POLITE = words("graag aub alsjeblieft alstublieft please pls even wijkbot bot");
const CASE_NOUN = words("casus case dossier zaak");

const CREATE = words("nieuwe nieuw new maak aanmaken create open start registreer register");
const REGIE_CUE = words("regie regiehouder lead");
const REGIE_GLUE = words("bij is ligt voor naar to with by met :");
const WIJK_CUE = words("in wijk buurt");

/** "nieuwe casus in Wyckerpoort over schulden en eenzaamheid, regie bij Anouk Peeters". */
export function parseCaseCreate(msg: Message, lexicon: Lexicon): CommandOf<"case.create"> | null {
  if (msg.codes.length > 0) return null;
  const noun = msg.norms.findIndex((w) => CASE_NOUN.has(w));
  if (noun < 0 || !msg.norms.slice(0, noun + 1).some((w) => CREATE.has(w))) return null;
  const regieAt = msg.norms.findIndex((w, i) => i > noun && REGIE_CUE.has(w));
  const end = regieAt < 0 ? msg.norms.length : regieAt;
  let from = regieAt + 1;
  while (from < msg.norms.length && REGIE_GLUE.has(msg.norms[from]!)) from++;
  const regieText = regieAt < 0 ? null : rawSpan(msg, from, msg.norms.length) || null;
  const matches = matchTerms(msg, lexicon).filter((m) => m.end <= end);
  const wijk = matches.find((m) => m.kind === "wijk" && m.ids.length === 1);
  const cue = msg.norms.findIndex((w, i) => i > noun && i < end && WIJK_CUE.has(w));
  const wijkText = wijk ? null : cue >= 0 ? rawSpan(msg, cue + 1, Math.min(cue + 3, end)) || null : null;
  return {
    kind: "case.create",
    lang: langOf(msg, englishVote(msg)),
    wijk: wijk ? { id: wijk.ids[0]!, matched: rawSpan(msg, wijk.start, wijk.end) } : null,
    wijkText,
    wijkSuggestions: wijkText ? lexicon.suggestWijken(wijkText, 3) : [],
    topicIds: [...new Set(matches.filter((m) => m.kind === "topic").flatMap((m) => m.ids.slice(0, 1)))],
    regieText,
  };
}

type PersonKind = "case.involve" | "case.release" | "case.regie";
const PERSON_COMMANDS: readonly [PersonKind, ReadonlySet<string>, ReadonlySet<string>][] = [
  // [kind, words that say it (one is enough), words around the name]
  [
    "case.regie",
    words("regie regiehouder lead"),
    words(
      "draag geef hand give transfer pass regie regiehouder lead van of over aan naar to bij voor the de",
    ),
  ],
  [
    "case.involve",
    words("betrek betrekken involve voeg add"),
    words("betrek betrekken involve voeg toe add bij aan in to at als"),
  ],
  [
    "case.release",
    words("ontkoppel ontkoppelen release verwijder remove haal"),
    words("ontkoppel ontkoppelen release verwijder remove haal van uit from af weg of"),
  ],
];

const REGIE_TRANSFER = words("naar aan to draag geef give hand transfer pass overdragen");

/** "betrek Mark Janssen bij WYC-014", "release Mark from WYC-014", "regie WYC-014 naar Anouk". */
export function parseCasePerson(msg: Message): CommandOf<PersonKind> | null {
  const code = msg.codes[0];
  if (!code || msg.codes.length > 1) return null;
  for (const [kind, cues, glue] of PERSON_COMMANDS) {
    if (!msg.norms.some((w, i) => !msg.inCode[i] && cues.has(w))) continue;
    // "wie heeft de regie bij WYC-014" asks who; only a hand-over word makes it a change.
    if (kind === "case.regie" && !msg.norms.some((w) => REGIE_TRANSFER.has(w))) continue;
    const skip = (i: number) =>
      msg.inCode[i] || glue.has(msg.norms[i]!) || CASE_NOUN.has(msg.norms[i]!) || POLITE.has(msg.norms[i]!);
    let from = 0;
    let to = msg.norms.length;
    while (from < to && skip(from)) from++;
    while (to > from && skip(to - 1)) to--;
    if (msg.inCode.slice(from, to).some(Boolean)) return null;
    const personText = rawSpan(msg, from, to);
    if (!personText) return null;
    return { kind, lang: langOf(msg, englishVote(msg)), code, personText };
  }
  return null;
}

const CLOSE = words("sluit sluiten afsluiten close");
const REOPEN = words("heropen heropenen reopen");
const AGAIN = words("opnieuw again");
const STATE_GLUE = words("casus case dossier de het the open");

/** "sluit WYC-014", "close case WYC-014", "heropen WYC-014", "open WYC-014 opnieuw". */
export function parseCaseState(msg: Message): ParsedCommand | null {
  const code = msg.codes[0];
  if (!code || msg.codes.length > 1) return null;
  const rest = msg.norms.filter((w, i) => !msg.inCode[i] && !POLITE.has(w));
  const only = (verbs: ReadonlySet<string>) =>
    rest.some((w) => verbs.has(w)) && rest.every((w) => verbs.has(w) || STATE_GLUE.has(w) || AGAIN.has(w));
  const lang = langOf(msg, englishVote(msg));
  if (only(REOPEN) || (rest.includes("open") && rest.some((w) => AGAIN.has(w)) && only(words("open"))))
    return { kind: "case.reopen", lang, code };
  if (only(CLOSE)) return { kind: "case.close", lang, code };
  return null;
}

function englishVote(msg: Message): number {
  return msg.norms.filter((w) => ENGLISH.has(w)).length;
}
