import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openCliDatabase } from "./cli-database.js";
import { describeImport } from "./import-report.js";
import { emptyCounts } from "./import-support.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("openCliDatabase", () => {
  it("refuses an embedded database that another process holds open", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "wijkbot-cli-"));
    mkdirSync(path.join(dir, "pglite"));
    writeFileSync(path.join(dir, "pglite", "postmaster.pid"), "-42\n");
    const opened = await openCliDatabase({ kind: "pglite", dataDir: dir });
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toContain("stop the server first or use DATABASE_URL");
  });

  it("says what to do when a PostgreSQL server cannot be reached", async () => {
    const opened = await openCliDatabase({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/none" });
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toMatch(
      /^Cannot open the database \(postgres\): .*Stop the server first/,
    );
  });
});

describe("describeImport", () => {
  it("lists every problem with its path and says nothing was imported", () => {
    const text = describeImport("x.json", {
      status: "invalid",
      problems: [
        { path: "services[3].wijken[1]", message: 'unknown wijk "maastricht-atlantis"' },
        { path: "services[0].assuredDate", message: "expected a date YYYY-MM-DD" },
      ],
      warnings: [],
    });
    expect(text).toBe(
      "x.json: 2 problems, nothing was imported:\n" +
        '  services[3].wijken[1]: unknown wijk "maastricht-atlantis"\n' +
        "  services[0].assuredDate: expected a date YYYY-MM-DD\n",
    );
  });

  it("counts per collection and shows warnings", () => {
    const counts = emptyCounts();
    counts.wijken.created = 12;
    const text = describeImport("demo.json", {
      status: "imported",
      counts,
      conflicts: [],
      changed: true,
      revision: 3,
      warnings: [{ path: "handovers[5].consent", message: "imported but not sendable: no consent" }],
    });
    expect(text).toContain("Imported demo.json (directory revision is now 3):\n");
    expect(text).toContain("  wijken               12 created, 0 updated, 0 unchanged\n");
    expect(text).toMatch(/Warnings:\n {2}handovers\[5\]\.consent: imported but not sendable: no consent\n$/);
  });
});
