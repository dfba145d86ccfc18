import { describe, expect, it } from "vitest";
import { demoLexicon, demoSource } from "./demo-lexicon.test-support.js";
import { buildLexicon, type LexiconSource } from "./lexicon.js";
import { parseText } from "./parse.js";

const lexicon = demoLexicon();

/** A country-sized map: 3,000 generated wijken and 200 topics next to the demo data. */
function countrySource(): LexiconSource {
  const demo = demoSource();
  const heads = ["Noord", "Zuid", "Oost", "West", "Oud", "Nieuw", "Hoog", "Laag", "Groot", "Klein"];
  const roots = ["berg", "dal", "veen", "hove", "broek", "horst", "dijk", "meer", "laar", "burg"];
  const tails = ["veld", "wijk", "dorp", "kwartier", "hof", "park", "buurt", "rode", "hage", "zand"];
  const wijken = [...demo.wijken];
  for (let i = 0; wijken.length < 3000 + demo.wijken.length; i++) {
    const name = `${heads[i % 10]}${roots[Math.floor(i / 10) % 10]}${tails[Math.floor(i / 100) % 10]}`;
    wijken.push({
      id: `gen-${i}`,
      name: i < 1000 ? name : `${name} ${Math.floor(i / 1000)}`,
      aliases: [],
      municipalityName: `Gemeente ${i % 300}`,
    });
  }
  const topics = [...demo.topics];
  for (let i = 0; i < 200; i++) {
    topics.push({
      id: `topic-${i}`,
      nameNl: `onderwerp${i}`,
      nameEn: `subject${i}`,
      synonymsNl: [`thema ${i} zorg`, `regeling${i}`],
      synonymsEn: [`theme ${i} care`],
    });
  }
  return { wijken, topics };
}

describe("buildLexicon", () => {
  it("indexes names, aliases and synonyms in normalised form", () => {
    expect(lexicon.exact("wittevrouwenveld").map((t) => t.id)).toEqual(["maastricht-wittevrouwenveld"]);
    expect(lexicon.exact("wmoondersteuning").map((t) => t.id)).toEqual(["wmo-support"]);
    expect(lexicon.exact("alzheimers").map((t) => t.id)).toEqual(["dementia"]);
    expect(lexicon.maxTermTokens).toBeGreaterThanOrEqual(3);
  });

  it("marks a word both languages share as language-neutral", () => {
    expect(lexicon.exact("stress")).toEqual([{ kind: "topic", id: "mental-health", lang: null }]);
  });

  it("lists ids and names from the data", () => {
    expect(lexicon.topicIds()).toHaveLength(17);
    expect(lexicon.wijkIds()).toContain("drachten-de-wiken");
    expect(lexicon.wijkName("maastricht-wyckerpoort")).toBe("Wyckerpoort");
    expect(lexicon.topicName("debts", "en")).toBe("Debts");
  });

  it("suggests the nearest wijken for a misspelt name and none for a stranger", () => {
    expect(lexicon.suggestWijken("Wyckerport", 3)[0]).toBe("maastricht-wyckerpoort");
    expect(lexicon.suggestWijken("Wittevrouwenvelt", 1)).toEqual(["maastricht-wittevrouwenveld"]);
    expect(lexicon.suggestWijken("Atlantis", 3)).toEqual([]);
    expect(lexicon.suggestTopics("eenzaamheidje", 2)).toContain("loneliness");
  });

  it("tells two wijken with one name apart by the municipality in the question", () => {
    const source: LexiconSource = {
      wijken: [
        { id: "utrecht-centrum", name: "Centrum", aliases: [], municipalityName: "Utrecht" },
        { id: "oss-centrum", name: "Centrum", aliases: [], municipalityName: "Oss" },
        { id: "buren-maurik", name: "Maurik", aliases: [], municipalityName: "Buren" },
      ],
      topics: demoSource().topics,
    };
    const homonyms = buildLexicon(source);
    expect(parseText("schulden in Centrum Utrecht", homonyms)).toMatchObject({
      wijk: { id: "utrecht-centrum" },
    });
    expect(parseText("schulden in Centrum", homonyms)).toMatchObject({
      wijk: null,
      wijkText: "Centrum",
      wijkSuggestions: ["utrecht-centrum", "oss-centrum"],
    });
  });

  it("reads a municipality as a place only when it is named as one", () => {
    const source: LexiconSource = {
      wijken: [{ id: "buren-maurik", name: "Maurik", aliases: [], municipalityName: "Buren" }],
      topics: demoSource().topics,
    };
    const buren = buildLexicon(source);
    expect(parseText("schulden in Buren", buren)).toMatchObject({
      wijkText: "Buren",
      wijkSuggestions: ["buren-maurik"],
    });
    expect(parseText("eenzaam, ruzie met de buren", buren)).toMatchObject({ wijk: null, wijkText: null });
  });

  it("prunes fuzzy lookups at country scale instead of comparing every term", () => {
    const country = buildLexicon(countrySource());
    const terms = country.stats().terms;
    expect(terms).toBeGreaterThan(3500);
    const before = country.stats().distanceCalls;
    const questions = [
      "wie doet schuldn in Wyckerport?",
      "who handles lonelyness in Noordbergveld",
      "eenzaamhied in Zuiddalwijk",
      "wie doet onderwerp17 in Oostveenkwartier 2",
    ];
    for (const q of questions) expect(parseText(q, country).kind).toBe("lookup");
    expect(parseText("wie doet schuldn in Wyckerport?", country)).toMatchObject({
      topics: [{ id: "debts" }],
      wijk: { id: "maastricht-wyckerpoort" },
    });
    const perQuestion = (country.stats().distanceCalls - before) / (questions.length + 1);
    expect(perQuestion).toBeLessThan(terms / 10);
  });
});
