import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHAT_CHANNELS } from "../../src/core/access/chat-channel.js";

const SRC = path.resolve(import.meta.dirname, "../../src");
const DECLARATION = "core/access/chat-channel.ts";

/** Source files (not tests) as [path relative to src, text]. */
function sources(dir = SRC): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    if (!entry.name.endsWith(".ts") || /\.test(-support)?\.ts$/.test(entry.name)) return [];
    return [[path.relative(SRC, full).split(path.sep).join("/"), readFileSync(full, "utf8")]];
  });
}

/** Lines of `text` that match, as "file:line: text" so a failure says where to look. */
function hits(file: string, text: string, pattern: RegExp): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

// The list of chat channels is written once; everything else derives from CHAT_CHANNELS, so that
// adding a channel is one folder and a few registration lines (docs/engineering.md).
describe("the chat channel list", () => {
  it("is declared in core/access/chat-channel.ts", () => {
    const declaration = readFileSync(path.join(SRC, DECLARATION), "utf8");
    expect(CHAT_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of CHAT_CHANNELS) expect(declaration).toMatch(new RegExp(`^\\s+${channel}: "`, "m"));
  });

  it("is not written out anywhere else: a channel's name is a literal only in its own folder", () => {
    const found = CHAT_CHANNELS.flatMap((channel) => {
      const literal = new RegExp(`["'\`]${channel}["'\`]`);
      return sources()
        .filter(([file]) => file !== DECLARATION && !file.startsWith(`channels/${channel}/`))
        .flatMap(([file, text]) => hits(file, text, literal));
    });
    expect(found).toEqual([]);
  });

  it("has no per-channel id fields or alternations of channel names", () => {
    const names = CHAT_CHANNELS.join("|");
    const perChannel = new RegExp(`\\b(${names})UserId\\b|\\b(${names})\\|(${names})\\b`, "i");
    const found = sources()
      .filter(([file]) => file !== DECLARATION)
      .flatMap(([file, text]) => hits(file, text, perChannel));
    expect(found).toEqual([]);
  });
});
