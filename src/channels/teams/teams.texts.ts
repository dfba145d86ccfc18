/**
 * The few lines the Teams channel says on its own (transport matters: errors, privacy notices).
 * Everything about the content comes from the Bot.
 */
import type { Lang } from "../../core/shared/lang.js";

const TEXTS = {
  nl: {
    sentPrivately: "Ik heb je het antwoord in een persoonlijke chat gestuurd.",
    error: "Er ging iets mis aan mijn kant. Probeer het zo nog eens.",
    alreadyHandled: "Dit is al verwerkt.",
    done: "Verwerkt.",
    searchHint: "Typ wat je zoekt, bijvoorbeeld: schulden in Wyckerpoort",
    nothingToInsert: "Dit antwoord is persoonlijk en kan niet in een gesprek worden ingevoegd.",
  },
  en: {
    sentPrivately: "I have sent you the answer in a personal chat.",
    error: "Something went wrong on my side. Please try again in a moment.",
    alreadyHandled: "This has already been handled.",
    done: "Done.",
    searchHint: "Type what you are looking for, for example: debts in Wyckerpoort",
    nothingToInsert: "This answer is personal and cannot be inserted into a conversation.",
  },
} satisfies Record<Lang, Record<string, string>>;

export type TeamsTextKey = keyof (typeof TEXTS)["nl"];

export function teamsText(lang: Lang | undefined, key: TeamsTextKey): string {
  return TEXTS[lang ?? "nl"][key];
}
