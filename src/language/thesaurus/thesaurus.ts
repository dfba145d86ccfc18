import { z } from "zod/v4";
import { speaks, wordForms, wordKey } from "../morphology/word-forms.js";
import { tokenize } from "../normalize.js";
import type { Lang } from "../term.js";
import data from "./care-thesaurus.json" with { type: "json" };

/**
 * The shipped care-domain thesaurus (care-thesaurus.json): everyday situations -> life domains.
 * A cue matches when every one of its words occurs in the question, in any order and any word
 * form, or as part of a compound ("huurschuld" holds "huur"). It knows situations, never services
 * or places: a region's topics are linked to its domains by domain-links.ts.
 */
export const ThesaurusFile = z.object({
  format: z.literal("wijkbot-care-thesaurus/1"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  about: z.string(),
  domains: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z-]+$/),
        framework: z.enum(["zrm", "extra"]),
        nl: z.string(),
        en: z.string(),
        cues: z.object({ nl: z.array(z.string().min(2)), en: z.array(z.string().min(2)) }),
      }),
    )
    .min(1),
});
export type ThesaurusFile = z.infer<typeof ThesaurusFile>;

export interface Domain {
  id: string;
  nl: string;
  en: string;
}

interface Cue {
  lang: Lang;
  keys: string[];
  /** The key the cue is filed under: its most telling word, not "voor" or "de". */
  anchor: string;
  domains: string[];
  /** Words in the cue: "zorgt voor vader" (3) says more than "geld" (1). */
  weight: number;
}

/** One cue found in a question: the domains it points to and the tokens that made it. */
export interface CueHit {
  domains: readonly string[];
  weight: number;
  tokens: number[];
}

/** Per token of a question: its keys in each language, its compound parts' keys included. */
export type TokenKeys = Record<Lang, string[]>;

const keyCache = new Map<string, TokenKeys>();

export function tokenKeys(norm: string): TokenKeys {
  let keys = keyCache.get(norm);
  if (keys) return keys;
  const forms = wordForms(norm);
  const parts = (forms.parts ?? []).map(wordForms);
  keys = {
    nl: speaks(forms, "nl") ? [forms.nl, ...parts.map((p) => p.nl)] : [],
    en: speaks(forms, "en") ? [forms.en] : [],
  };
  if (keyCache.size >= 50_000) keyCache.clear();
  keyCache.set(norm, keys);
  return keys;
}

// Other words allowed between a cue's words: "kan de huur al maanden niet betalen".
const MAX_GAP = 4;

export class Thesaurus {
  readonly version: string;
  readonly domains: Domain[];
  private readonly byKey: Record<Lang, Map<string, Cue[]>> = { nl: new Map(), en: new Map() };

  constructor(file: ThesaurusFile) {
    this.version = file.version;
    this.domains = file.domains.map(({ id, nl, en }) => ({ id, nl, en }));
    const cues = new Map<string, Cue>();
    for (const domain of file.domains) {
      // A domain's own name is a cue for it too: "huisvesting", "housing".
      for (const lang of ["nl", "en"] as const) {
        for (const phrase of [domain[lang], ...domain.cues[lang]]) this.addCue(cues, lang, phrase, domain.id);
      }
    }
  }

  /** Every cue whose words all occur among the given tokens' keys (null = token not usable). */
  match(tokens: readonly (TokenKeys | null)[]): CueHit[] {
    const hits: CueHit[] = [];
    for (const lang of ["nl", "en"] as const) {
      const where = new Map<string, number>();
      tokens.forEach((t, i) => {
        for (const key of t?.[lang] ?? []) if (!where.has(key)) where.set(key, i);
      });
      for (const key of where.keys()) {
        for (const cue of this.byKey[lang].get(key) ?? []) {
          if (!cue.keys.every((k) => where.has(k))) continue;
          const at = [...new Set(cue.keys.map((k) => where.get(k)!))].sort((a, b) => a - b);
          // A cue's words belong together: spread over a whole sentence they are a coincidence
          // ("wil afvallen ... weet niet hoe" is no "wil niet meer").
          if (at.at(-1)! - at[0]! >= cue.keys.length + MAX_GAP) continue;
          hits.push({ domains: cue.domains, weight: cue.weight, tokens: at });
        }
      }
    }
    return hits;
  }

  private addCue(cues: Map<string, Cue>, lang: Lang, phrase: string, domainId: string): void {
    const words = tokenize(phrase).map((t) => t.norm);
    const keys = [...new Set(words.map((w) => wordKey(w, lang)))];
    if (keys.length === 0) return;
    const id = `${lang}:${keys.join(" ")}`;
    const known = cues.get(id);
    if (known) {
      if (!known.domains.includes(domainId)) known.domains.push(domainId);
      return;
    }
    // All words must occur, so filing the cue under one of them finds it; the longest word that
    // is not a stop word is the rarest, which keeps "voor" and "de" from waking every cue.
    const content = words.filter((w) => !wordForms(w).stop);
    const longest = [...(content.length > 0 ? content : words)].sort((a, b) => b.length - a.length)[0]!;
    const anchor = wordKey(longest, lang);
    const cue: Cue = { lang, keys, anchor, domains: [domainId], weight: keys.length };
    cues.set(id, cue);
    const list = this.byKey[lang].get(anchor);
    if (list) list.push(cue);
    else this.byKey[lang].set(anchor, [cue]);
  }
}

let shipped: Thesaurus | undefined;

/** The thesaurus shipped with the product, compiled once per process. */
export function careThesaurus(): Thesaurus {
  shipped ??= new Thesaurus(ThesaurusFile.parse(data));
  return shipped;
}
