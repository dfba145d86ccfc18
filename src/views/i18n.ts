import type { Lang } from "../core/shared/lang.js";
import { en } from "./messages/en.js";
import { type MessageKey, nl } from "./messages/nl.js";

export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** The text for `key` in `lang`, with {placeholders} filled in literally. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return key in nl;
}

/** "A, B of C" / "A, B or C". */
export function joinOr(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t(lang, "common.or")} ${items.at(-1)}`;
}
