import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

// dependency-cruiser checks the import graph (npm run lint); reading the environment is not an
// import, so this checks the other rule of config.ts: it is the only reader of process.env.
describe("architecture", () => {
  it("reads process.env only in src/config.ts", () => {
    const readers = sourceFiles(SRC)
      .filter((file) => /process\.env\b/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file));
    expect(readers).toEqual(["config.ts"]);
  });

  it("leaves no TODO without the issue that resolves it", () => {
    const bare = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => /\bTODO\b/.test(line) && !/TODO\(#\d+\)/.test(line))
        .map((line) => `${path.relative(SRC, file)}: ${line.trim()}`),
    );
    expect(bare).toEqual([]);
  });
});
