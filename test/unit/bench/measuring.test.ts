import { describe, expect, it } from "vitest";
import { encode } from "../../../bench/copy-in.js";
import { Prng } from "../../../bench/prng.js";
import { percentile, summarize } from "../../../bench/stats.js";

describe("COPY text encoding", () => {
  it("writes null, booleans, dates, arrays and json as COPY reads them", () => {
    expect(encode(null)).toBe("\\N");
    expect(encode(true)).toBe("t");
    expect(encode(new Date("2026-11-23T09:30:00Z"))).toBe("2026-11-23T09:30:00.000");
    expect(encode(["a b", 'say "hi"'])).toBe('{"a b","say \\\\"hi\\\\""}');
    expect(encode({ mon: ["09:00-17:00"] })).toBe('{"mon":["09:00-17:00"]}');
  });

  it("escapes tabs, newlines and backslashes inside text", () => {
    expect(encode("a\tb\nc\\d")).toBe("a\\tb\\nc\\\\d");
  });
});

describe("seeded generator", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = new Prng(5);
    const b = new Prng(5);
    const xs = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(1, 6)));
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
    expect(new Prng(5).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("samples distinct items", () => {
    const picked = new Prng(9).sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4);
    expect(new Set(picked).size).toBe(4);
  });
});

describe("latency summaries", () => {
  it("uses nearest-rank percentiles over every sample", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(summarize(samples, 2)).toMatchObject({ count: 100, errors: 2, p50: 50, p99: 99, max: 100 });
  });
});
