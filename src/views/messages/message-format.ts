/**
 * One ICU message, parsed once by FormatJS' intl-messageformat: plurals by the language's rules,
 * numbers in its notation ("1,5" / "1.5"). Kept apart from the catalogues so that every text,
 * whatever job it belongs to, is formatted the same way.
 */
import { IntlMessageFormat } from "intl-messageformat";

export type MessageValues = Readonly<Record<string, string | number>>;

export interface CompiledMessage {
  /** Every argument the message names, plural and select arguments included. */
  readonly argumentNames: readonly string[];
  format(values?: MessageValues): string;
}

/** Throws when `text` is not valid ICU MessageFormat (the catalogue test parses every text). */
export function compileMessage(text: string, locale: string): CompiledMessage {
  // ignoreTag: "<wijk>" in an example sentence is a blank for people to fill, not markup.
  const message = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
  const argumentNames = [...new Set(argumentsOf(message.getAst()))];
  return {
    argumentNames,
    format(values = {}) {
      // A value the caller did not give shows as its {placeholder}, as it always has, rather
      // than failing the whole answer.
      const complete: Record<string, string | number> = { ...values };
      for (const name of argumentNames) if (!(name in complete)) complete[name] = `{${name}}`;
      return String(message.format(complete));
    },
  };
}

/** The parser's element shape, as far as finding argument names needs it. */
interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
}

// Element types that name an argument: argument, number, date, time, select, plural.
const NAMED = new Set([1, 2, 3, 4, 5, 6]);

function argumentsOf(elements: readonly Element[]): string[] {
  return elements.flatMap((element) => [
    ...(NAMED.has(element.type) && typeof element.value === "string" ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => argumentsOf(option.value)),
  ]);
}
