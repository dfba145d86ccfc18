/**
 * A catalogue is a job's texts in both languages, as ICU MessageFormat strings
 * ("{count, plural, one {# werkdag} other {# werkdagen}}"). Each job keeps its own beside its
 * views; all-messages.ts merges them into the one table behind t().
 */
import type { Lang } from "../../core/shared/lang.js";

export type Catalogue<K extends string> = { readonly [L in Lang]: Readonly<Record<K, string>> };

/** Keys come from the Dutch texts; the compiler refuses English with a key missing or extra. */
export function defineCatalogue<K extends string>(texts: {
  nl: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): Catalogue<K> {
  return texts;
}

type KeyOf<C> = C extends Catalogue<infer K> ? K : never;

/** One table from many catalogues; a key defined twice is a mistake, refused at start. */
export function mergeCatalogues<const C extends readonly Catalogue<string>[]>(
  ...catalogues: C
): Catalogue<KeyOf<C[number]>> {
  const merged: Record<Lang, Record<string, string>> = { nl: {}, en: {} };
  for (const catalogue of catalogues) {
    for (const key of Object.keys(catalogue.nl)) {
      if (key in merged.nl) throw new Error(`text key "${key}" is defined in two catalogues`);
      merged.nl[key] = catalogue.nl[key] as string;
      merged.en[key] = catalogue.en[key] as string;
    }
  }
  return merged as Catalogue<KeyOf<C[number]>>;
}
