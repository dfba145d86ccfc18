/**
 * Hostile import files: whatever JSON arrives, validation answers with problems or ok and never
 * throws. Two generators: arbitrary JSON values, and the demo map with one value anywhere in it
 * replaced by arbitrary JSON or removed (which reaches the deep reference checks).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoMap } from "./social-map.test-support.js";
import { formatProblem, type ValidationResult, validateSocialMap } from "./validate.js";

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 6 || value === null || typeof value !== "object") return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out, depth + 1);
  }
  return out;
}

const DEMO_PATHS = pathsOf(demoMap());

function mutate(path: Path, replacement: Json | undefined): Json {
  const map = demoMap() as Record<string | number, Json>;
  let node = map as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return map;
}

function wellFormed(result: ValidationResult): void {
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(typeof formatProblem(problem)).toBe("string");
  }
}

describe("validateSocialMap under hostile input", () => {
  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        wellFormed(validateSocialMap(value));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws when one value of the demo map is replaced or removed", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: DEMO_PATHS.length - 1 }),
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        (index, replacement) => {
          wellFormed(validateSocialMap(mutate(DEMO_PATHS[index]!, replacement)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("survives prototype keys, huge strings and deep nesting", () => {
    const deep = JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    for (const input of [
      JSON.parse('{"__proto__": {"isAdmin": true}, "format": "wijkbot-social-map/1"}'),
      { ...(demoMap() as object), constructor: { prototype: 1 } },
      { format: "x".repeat(1_000_000) },
      deep,
      { wijken: deep },
    ]) {
      wellFormed(validateSocialMap(input));
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
