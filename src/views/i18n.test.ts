import { describe, expect, it } from "vitest";
import { isMessageKey, joinAnd, joinOr, t } from "./i18n.js";

describe("t", () => {
  it("chooses the plural form by the language's rules", () => {
    expect(t("nl", "lookup.response-days", { days: 1 })).toBe("meestal binnen 1 werkdag");
    expect(t("nl", "lookup.response-days", { days: 3 })).toBe("meestal binnen 3 werkdagen");
    expect(t("en", "lookup.response-days", { days: 1 })).toBe("usually within 1 working day");
    expect(t("en", "lookup.response-days", { days: 0 })).toBe("usually within 0 working days");
  });

  it("formats numbers in the language's notation", () => {
    expect(t("nl", "digest.count.median", { count: 2, days: 1.5 })).toBe(
      "2 (mediaan 1,5 werkdagen tot eerste contact)",
    );
    expect(t("en", "digest.count.median", { count: 2, days: 1.5 })).toBe(
      "2 (median 1.5 working days to first contact)",
    );
    expect(t("nl", "lookup.more", { count: 1200 })).toBe("… en nog 1.200 diensten.");
  });

  it("fills in plain values literally, and shows a missing one as its placeholder", () => {
    expect(t("nl", "case.heading", { code: "WYC-014" })).toBe("Casus WYC-014");
    expect(t("en", "case.heading")).toBe("Case {code}");
  });

  it("keeps angle brackets in a text as they are: they are blanks for people, not markup", () => {
    expect(t("en", "lookup.which-wijk")).toBe(
      'Please name the wijk, for example: "who handles debts in <wijk>?"',
    );
  });

  it("knows its keys, and nothing inherited from Object", () => {
    expect(["case.heading", "no.such.key", "toString"].map(isMessageKey)).toEqual([true, false, false]);
  });
});

describe("lists", () => {
  it("joins with the language's 'or' and 'and', without a serial comma", () => {
    expect(joinOr("nl", ["Wyckerpoort", "Wittevrouwenveld", "Nazareth"])).toBe(
      "Wyckerpoort, Wittevrouwenveld of Nazareth",
    );
    expect(joinOr("en", ["A", "B", "C"])).toBe("A, B or C");
    expect(joinAnd("nl", ["A", "B"])).toBe("A en B");
    expect(joinAnd("en", ["A", "B", "C"])).toBe("A, B and C");
    expect(joinOr("en", ["A"])).toBe("A");
    expect(joinAnd("nl", [])).toBe("");
  });
});
