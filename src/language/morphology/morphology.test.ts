import { describe, expect, it } from "vitest";
import { splitCompound } from "./compound.js";
import { dictionary } from "./dictionaries.js";
import { wordForms } from "./word-forms.js";

describe("AffixDictionary (OpenTaal and SCOWL Hunspell dictionaries read backwards)", () => {
  it("finds the dictionary root of Dutch and English word forms", () => {
    expect(dictionary("nl").lemma("zorgt")).toBe("zorg");
    expect(dictionary("nl").lemma("vrouwen")).toBe("vrouw");
    expect(dictionary("nl").lemma("eenzame")).toBe("eenzaam");
    expect(dictionary("nl").lemma("spijbelt")).toBe("spijbel");
    expect(dictionary("en").lemma("evicted")).toBe("evict");
  });

  it("knows no root for a typo or a place name", () => {
    expect(dictionary("nl").lemma("schuldn")).toBeNull();
    expect(dictionary("nl").lemma("wyckerpoort")).toBeNull();
  });
});

describe("wordForms", () => {
  it("gives inflections of one word the same key", () => {
    expect(wordForms("eenzame").nl).toBe(wordForms("eenzaam").nl);
    expect(wordForms("zorgt").nl).toBe(wordForms("zorgen").nl);
    expect(wordForms("daklozen").nl).toBe(wordForms("dakloos").nl);
    expect(wordForms("brieven").nl).toBe(wordForms("brief").nl);
    expect(wordForms("evicted").en).toBe(wordForms("eviction").en);
    expect(wordForms("debts").en).toBe(wordForms("debt").en);
  });

  it("calls ordinary Dutch and English words and stop words ordinary, and typos not", () => {
    for (const word of ["vrouw", "woman", "rouw", "de", "the", "helemaal"])
      expect(wordForms(word).ordinary).toBe(true);
    for (const word of ["schuldn", "eenzaamhied", "demntie"]) expect(wordForms(word).ordinary).toBe(false);
  });
});

describe("splitCompound", () => {
  const nl = dictionary("nl");

  it("splits Dutch compounds nobody listed into dictionary words", () => {
    expect(splitCompound("opvoedhulp", nl)).toEqual(["opvoed", "hulp"]);
    expect(splitCompound("huurschuld", nl)).toEqual(["huur", "schuld"]);
    expect(splitCompound("geldzorgen", nl)).toEqual(["geld", "zorgen"]);
  });

  it("never makes 'rouw' out of 'vrouw', nor splits short words", () => {
    expect(splitCompound("vrouw", nl)).toBeNull();
    expect(wordForms("vrouw").parts).toBeNull();
  });

  it("does not split ordinary words, only unknown compounds", () => {
    expect(wordForms("dochter").parts).toBeNull();
    expect(wordForms("betalen").parts).toBeNull();
  });
});
