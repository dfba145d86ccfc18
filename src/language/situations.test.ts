import { describe, expect, it } from "vitest";
import { benchUnderstanding, mapLexicon } from "../../bench/understanding.bench.js";
import { parseText } from "./parse.js";

const demo = mapLexicon("demo");
const zuidwaard = mapLexicon("zuidwaard");

function lookup(text: string, lexicon = demo) {
  const command = parseText(text, lexicon);
  if (command.kind !== "lookup") throw new Error(`not a lookup: ${command.kind}`);
  return {
    topics: command.topics.map((t) => t.id),
    choices: command.topicChoices,
    unknown: command.unknownWords,
  };
}

describe("reading situations (issue 18)", () => {
  it("understands the situations the issue reported as failing", () => {
    expect(lookup("De dochter die voor haar vader zorgt in Malberg is helemaal op").topics).toEqual([
      "informal-care",
    ]);
    expect(lookup("Tiener in Wittevrouwenveld spijbelt en blowt veel").topics).toEqual([
      "youth-family",
      "addiction",
    ]);
    expect(lookup("eenzame weduwe").topics).toEqual(["loneliness"]);
    expect(lookup("opvoedhulp in Limmel").topics).toEqual(["youth-family"]);
    expect(lookup("tenant was evicted").topics).toEqual(["housing"]);
  });

  it("never turns the ordinary word 'vrouw' into the grief synonym 'rouw'", () => {
    expect(lookup("Een vrouw in Nazareth wordt door haar man geslagen").topics).toEqual([
      "domestic-violence",
    ]);
    expect(lookup("vrouw in Malberg").topics).toEqual([]);
  });

  it("still forgives typos in words that are not ordinary words", () => {
    expect(lookup("schuldn wyckerpoort").topics).toEqual(["debts"]);
    expect(lookup("demntie Overvecht").topics).toEqual(["dementia"]);
  });

  it("understands a region whose topics are worded differently, through life domains", () => {
    expect(lookup("De dochter die voor haar vader zorgt is helemaal op", zuidwaard).topics).toEqual([
      "naasten",
    ]);
    expect(lookup("Man zwerft 's nachts op straat in Havenkwartier", zuidwaard).topics).toEqual(["wonen"]);
    expect(lookup("kan de huur niet betalen", zuidwaard).topics).toEqual(["geldzaken"]);
  });

  it("offers up to three choices instead of guessing, and names the words it did not know", () => {
    const unsure = lookup("lichamelijke klachten bij een bewoner in Limmel");
    expect(unsure.topics).toEqual([]);
    expect(unsure.choices).toEqual(["district-nursing", "lifestyle"]);
    expect(unsure.unknown).toEqual(["bewoner"]);
  });

  it("keeps the corpus of situation questions at no confident wrong answer and top-1 above 90%", () => {
    const result = benchUnderstanding(0);
    expect(result.questions).toBeGreaterThanOrEqual(300);
    expect(result.failures.filter((f) => f.outcome === "confident-wrong")).toEqual([]);
    expect(result.top1Percent).toBeGreaterThanOrEqual(90);
  });
});
