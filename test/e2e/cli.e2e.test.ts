/**
 * `npm run ask` as a user runs it: a child process with its own PGlite directory and the clock
 * fixed on Monday 23 November 2026 09:30 in Amsterdam.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOW = "2026-11-23T09:30:00+01:00";
// A fresh PGlite directory is migrated and seeded on the first run: that takes a while.
const RUN_TIMEOUT = 150_000;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dataDir: string;

function ask(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_NOW: NOW,
    WIJKBOT_DEMO: "true",
    NODE_ENV: "development",
    LOG_LEVEL: "error",
  };
  // The child must use its own PGlite directory, whatever the developer's shell has set.
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "src/channels/cli/ask.ts", ...args],
      { cwd: ROOT, env, timeout: RUN_TIMEOUT, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-cli-"));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run ask", () => {
  it(
    "prints the services for 'wie doet schulden in Wyckerpoort?' as text, with no stack trace",
    async () => {
      const run = await ask(["--as", "p-anouk-peeters", "wie doet schulden in Wyckerpoort?"]);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split("\n");
      expect(lines.slice(0, 2)).toEqual([
        "== Schulden in Wyckerpoort ==",
        "Schuldhulpverlening (aanmelding en stabilisatie)",
      ]);
      expect(run.stdout).toContain(
        "  - Leila Bakkali (schuldhulpverlener): afwezig · vervanger: Mark Janssen (nu aan het werk)",
      );
      expect(run.stdout).toContain("Budgetmaatje aan huis (vrijwilliger)");
      expect(run.stdout).toContain("[Warme overdracht starten → handover.start]");
      // stdout holds only the answer: no log lines.
      expect(run.stdout).not.toMatch(/"level":/);
    },
    RUN_TIMEOUT,
  );

  it(
    "prints the messages as JSON with --json, in English for an English question",
    async () => {
      const run = await ask(["--as", "p-anouk-peeters", "--json", "who handles debts in Wyckerpoort?"]);
      expect(run.code).toBe(0);
      const messages = JSON.parse(run.stdout) as {
        lang: string;
        blocks: { type: string; text?: string }[];
      }[];
      expect(messages).toHaveLength(1);
      expect(messages[0]!.lang).toBe("en");
      expect(messages[0]!.blocks[0]).toEqual({ type: "heading", text: "Debts in Wyckerpoort" });
    },
    RUN_TIMEOUT,
  );

  it(
    "answers an unregistered id with 'not registered'",
    async () => {
      const run = await ask(["--as", "p-nobody", "wie doet schulden in Wyckerpoort?"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^! U staat \(nog\) niet in de sociale kaart/);
      expect(run.stdout).not.toContain("Schuldhulpverlening");
    },
    RUN_TIMEOUT,
  );

  it(
    "exits 2 with the usage when --as or the question is missing",
    async () => {
      for (const args of [["wie doet schulden in Wyckerpoort?"], ["--as", "p-anouk-peeters"]]) {
        const run = await ask(args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toContain('usage: npm run ask -- --as <professional-id> [--json] "<question>"');
        expect(run.stderr).not.toMatch(STACK_LINE);
      }
    },
    RUN_TIMEOUT,
  );
});
