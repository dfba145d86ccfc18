import { describe, expect, it } from "vitest";
import { demoMap, secondRegion } from "./social-map.test-support.js";
import { formatProblem, NO_KNOWN_IDS, type ValidationResult, validateSocialMap } from "./validate.js";

function problemsOf(result: ValidationResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("validateSocialMap", () => {
  it("accepts the demo with one warning: the handover without consent", () => {
    const result = validateSocialMap(demoMap());
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatProblem)).toEqual([
      "handovers[5].consent: imported but not sendable: no consent",
    ]);
  });

  it("reports an unknown wijk reference with its exact path", () => {
    const map = demoMap();
    map.services[3].wijken[1] = "maastricht-atlantis";
    expect(problemsOf(validateSocialMap(map))).toEqual([
      'services[3].wijken[1]: unknown wijk "maastricht-atlantis"',
    ]);
  });

  it("reports a date that does not exist", () => {
    const map = demoMap();
    map.services[0].assuredDate = "2026-02-30";
    expect(problemsOf(validateSocialMap(map))).toEqual([
      "services[0].assuredDate: expected a date YYYY-MM-DD",
    ]);
  });

  it("reports a duplicate id with the place of the first", () => {
    const map = demoMap();
    map.topics.push({ ...map.topics[0] });
    expect(problemsOf(validateSocialMap(map))).toEqual([
      'topics[17].id: duplicate id "debts" (also topics[0])',
    ]);
  });

  it("reports a missing required field", () => {
    const map = demoMap();
    delete map.services[0].name;
    expect(problemsOf(validateSocialMap(map))).toEqual([
      "services[0].name: Invalid input: expected string, received undefined",
    ]);
  });

  it("reports strings in the wrong format: format name, time range, instant, case code", () => {
    const map = demoMap();
    map.format = "wijkbot-social-map/2";
    map.professionals[0].availability.mon = ["09:00-25:00"];
    map.handovers[0].requestedAt = "2026-11-16 10:12";
    map.digestSubscriptions[0].schedule.time = "8:00";
    expect(problemsOf(validateSocialMap(map))).toEqual([
      'format: expected "wijkbot-social-map/1"',
      "professionals[0].availability.mon[0]: expected HH:mm-HH:mm, e.g. 09:00-17:00",
      "handovers[0].requestedAt: expected an instant with offset, e.g. 2026-11-16T10:12:00+01:00",
      "digestSubscriptions[0].schedule.time: expected a time HH:MM",
    ]);
  });

  it("reports every problem at once, shape and references, in file order", () => {
    const map = demoMap();
    map.cases[2].wijk = "maastricht-atlantis";
    map.professionals[3].absence = { from: "2026-11-23", to: "2026-11-27", deputy: "p-nobody" };
    map.wijken[0].unexpected = true;
    map.handovers[1].status = "lost";
    map.consults[0].participants[1].professional = "p-ghost";
    expect(problemsOf(validateSocialMap(map))).toEqual([
      'wijken[0]: Unrecognized key: "unexpected"',
      'professionals[3].absence.deputy: unknown professional "p-nobody"',
      'cases[2].wijk: unknown wijk "maastricht-atlantis"',
      expect.stringMatching(/^handovers\[1\]\.status: Invalid option: expected one of/),
      'consults[0].participants[1].professional: unknown professional "p-ghost"',
    ]);
  });

  it("reports references to a case that is not there and a wijk listed twice", () => {
    const map = demoMap();
    map.handovers[0].case = "WYC-999";
    map.services[0].wijken.push(map.services[0].wijken[0]);
    expect(problemsOf(validateSocialMap(map))).toEqual([
      'services[0].wijken[4]: duplicate wijk "maastricht-wyckerpoort"',
      'handovers[0].case: unknown case "WYC-999"',
    ]);
  });

  it("lets a partial file refer to ids that are already in the database", () => {
    const alone = validateSocialMap(secondRegion());
    expect(problemsOf(alone)).toEqual([
      'services[0].topics[1]: unknown topic "debts"',
      'professionals[0].absence.deputy: unknown professional "p-anouk-peeters"',
      'professionals[0].topics[1]: unknown topic "debts"',
    ]);
    const known = {
      ...NO_KNOWN_IDS,
      topics: new Set(["debts"]),
      professionals: new Set(["p-anouk-peeters"]),
    };
    expect(validateSocialMap(secondRegion(), known).ok).toBe(true);
  });

  it("refuses something that is not a social map at all", () => {
    expect(problemsOf(validateSocialMap([1, 2, 3]))).toEqual([
      "Invalid input: expected object, received array",
    ]);
  });
});
