/**
 * The one way to a text: t(lang, key, values). Texts are ICU MessageFormat in per-job catalogues
 * (messages/all-messages.ts); plurals, numbers and lists are formatted by Intl and FormatJS for
 * the language's locale, never by hand.
 */
import { type Lang, LOCALE } from "../core/shared/lang.js";
import { ALL_MESSAGES } from "./messages/all-messages.js";
import { type CompiledMessage, compileMessage, type MessageValues } from "./messages/message-format.js";

export type MessageKey = keyof (typeof ALL_MESSAGES)["nl"];
export type { MessageValues };

const compiled = new Map<string, CompiledMessage>();

/** The text for `key` in `lang`, with `values` filled in ({count, plural, …} wants a number). */
export function t(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  const id = `${lang}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = compileMessage(ALL_MESSAGES[lang][key], LOCALE[lang]);
    compiled.set(id, message);
  }
  return message.format(values);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ALL_MESSAGES.nl, key);
}

/** "A, B of C" / "A, B or C". */
export function joinOr(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[lang], { type: "disjunction" }).format(items);
}

/** "A, B en C" / "A, B and C". */
export function joinAnd(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE[lang], { type: "conjunction" }).format(items);
}
