const rules = new Intl.PluralRules("en");

/**
 * "1 problem", "2 problems": for messages to operators (start-up, import reports), which are
 * English only and live outside the chat catalogues; chat texts use ICU plurals through t().
 */
export function englishCount(count: number, one: string, other: string): string {
  return `${count} ${rules.select(count) === "one" ? one : other}`;
}
