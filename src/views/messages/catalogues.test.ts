import { describe, expect, it } from "vitest";
import { type Lang, LOCALE } from "../../core/shared/lang.js";
import { ALL_MESSAGES, CATALOGUES } from "./all-messages.js";
import { type Catalogue, defineCatalogue, mergeCatalogues } from "./catalogue.js";
import { compileMessage } from "./message-format.js";

const LANGS: Lang[] = ["nl", "en"];
const entries = Object.entries(CATALOGUES) as [string, Catalogue<string>][];
const everyText = LANGS.flatMap((lang) =>
  Object.entries(ALL_MESSAGES[lang] as Record<string, string>).map(([key, text]) => ({ lang, key, text })),
);

describe("the text catalogues", () => {
  it.each(entries)("%s has the same keys in Dutch and English", (_name, catalogue) => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.nl).sort());
  });

  it("define every key once, so no catalogue silently overrides another", () => {
    const total = entries.reduce((n, [, c]) => n + Object.keys(c.nl).length, 0);
    expect(Object.keys(ALL_MESSAGES.nl)).toHaveLength(total);
    const twice = defineCatalogue({ nl: { "x.y": "a" }, en: { "x.y": "b" } });
    expect(() => mergeCatalogues(twice, twice)).toThrow('text key "x.y" is defined in two catalogues');
  });

  it("hold no hand-written plurals such as werkdag(en), service(s) or dienst(n)", () => {
    const handWritten = everyText.filter(({ text }) => /\p{L}\((en|s|n)\)/u.test(text));
    expect(handWritten.map(({ lang, key, text }) => `${lang} ${key}: ${text}`)).toEqual([]);
  });

  it("parse as ICU MessageFormat and render with sample values in both languages", () => {
    for (const { lang, key, text } of everyText) {
      const message = compileMessage(text, LOCALE[lang]);
      for (const sample of [1, 2, 1.5]) {
        const values = Object.fromEntries(message.argumentNames.map((name) => [name, sample]));
        const rendered = message.format(values);
        expect(rendered, `${lang} ${key}`).not.toMatch(/\{|\}|undefined|NaN/);
        expect(rendered.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it("write every plural with an 'other' form, which ICU falls back on", () => {
    const plurals = everyText.filter(({ text }) => text.includes(", plural,"));
    expect(plurals.length).toBeGreaterThan(20);
    for (const { lang, key, text } of plurals) {
      const count = text.split(", plural,").length - 1;
      expect(text.split("other {").length - 1, `${lang} ${key}`).toBe(count);
    }
  });
});
