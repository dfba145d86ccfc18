export type Lang = "nl" | "en";

/** The language a professional is written to in: their stored preference, Dutch when they set none. */
export function preferredLang(locale: string | null | undefined): Lang {
  return locale === "en" ? "en" : "nl";
}

/**
 * The locale behind each language wherever a library formats for us (plurals, numbers, lists,
 * day and month names). British English, as the English texts are written.
 */
export const LOCALE: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };
