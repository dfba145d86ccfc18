import { describe, expect, it } from "vitest";
import { englishCount } from "./english-count.js";

describe("englishCount", () => {
  it("chooses the English singular or plural by the count", () => {
    expect(englishCount(1, "problem", "problems")).toBe("1 problem");
    expect(englishCount(0, "problem", "problems")).toBe("0 problems");
    expect(englishCount(2, "problem", "problems")).toBe("2 problems");
  });
});
