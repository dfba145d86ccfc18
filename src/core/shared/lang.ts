export type Lang = "nl" | "en";

/** The language a professional is written to in: their stored preference, Dutch when they set none. */
export function preferredLang(locale: string | null | undefined): Lang {
  return locale === "en" ? "en" : "nl";
}
