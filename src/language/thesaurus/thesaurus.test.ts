import { describe, expect, it } from "vitest";
import { LIFE_DOMAINS } from "../../core/shared/life-domains.js";
import { tokenize } from "../normalize.js";
import data from "./care-thesaurus.json" with { type: "json" };
import { linkTopics } from "./domain-links.js";
import { careThesaurus, ThesaurusFile, tokenKeys } from "./thesaurus.js";

const domainsOf = (text: string) =>
  [
    ...new Set(
      careThesaurus()
        .match(tokenize(text).map((t) => tokenKeys(t.norm)))
        .flatMap((h) => h.domains),
    ),
  ].sort();

describe("the shipped care thesaurus", () => {
  it("is valid, versioned, and has exactly the life domains a social map may name", () => {
    const file = ThesaurusFile.parse(data);
    expect(file.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(file.domains.map((d) => d.id).sort()).toEqual([...LIFE_DOMAINS].sort());
    expect(file.domains.filter((d) => d.framework === "zrm")).toHaveLength(13);
  });

  it("has cues in both languages for every domain", () => {
    for (const d of ThesaurusFile.parse(data).domains) {
      expect(d.cues.nl.length, d.id).toBeGreaterThan(0);
      expect(d.cues.en.length, d.id).toBeGreaterThan(0);
    }
  });

  it("maps everyday situations of the issue to life domains", () => {
    expect(domainsOf("kan de huur niet betalen")).toContain("financien");
    expect(domainsOf("zit de hele dag alleen")).toEqual(["sociaal-netwerk"]);
    expect(domainsOf("zwerft 's nachts op straat")).toEqual(["huisvesting"]);
    expect(domainsOf("mantelzorger is helemaal op")).toEqual(["mantelzorg"]);
    expect(domainsOf("uitbehandeld")).toEqual(["levenseinde"]);
    expect(domainsOf("she is caring for her father and exhausted")).toEqual(["mantelzorg"]);
  });

  it("matches a cue's words in any order, in any form, and inside compounds", () => {
    expect(domainsOf("betaalt zijn huur al maanden niet")).toContain("financien");
    expect(domainsOf("huurschuld")).toContain("huisvesting");
  });

  it("links a region's topics to domains by their words, or by the domains they list", () => {
    const links = linkTopics(
      [
        { id: "money", phrases: ["Geldzaken", "schuldsanering", "budgetbeheer"] },
        { id: "carers", phrases: ["Naasten"], domains: ["mantelzorg", "no-such-domain"] },
      ],
      careThesaurus(),
    );
    expect([...links.get("money")!.keys()]).toEqual(["financien"]);
    expect(Object.fromEntries(links.get("carers")!)).toEqual({ mantelzorg: 1 });
  });
});
