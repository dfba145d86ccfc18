/**
 * Text PostgreSQL cannot store as it was sent (issue #15): NUL (a `text` value may not hold it, the
 * insert fails) and lone UTF-16 surrogates (half an emoji: the UTF-8 encoder silently turns them
 * into U+FFFD, so what is stored differs from what was typed). Such input is refused with a
 * message before anything runs, instead of failing deep inside a transaction.
 */
// With the u flag a well-formed pair is one code point above U+FFFF: only a lone half matches.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what must be found.
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;

export function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Every value of a button's or form's data. */
export function allStorable(data: Record<string, unknown>): boolean {
  return Object.entries(data).every(
    ([key, value]) => isStorable(key) && (typeof value !== "string" || isStorable(value)),
  );
}
