import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppManifest, AppManifestUtils } from "@microsoft/app-manifest";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { buildPackage, fillManifest, readTemplate, settingsFrom } from "../../manifests/teams/package.js";
import { parseConfig } from "../../src/config.js";

interface ManifestShape {
  id: string;
  version: string;
  validDomains: string[];
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; parameters: { name: string }[] }[];
  }[];
}

const dir = join(import.meta.dirname, "../../manifests/teams");
const APP_ID = "0b5f3c9e-8d1a-4c2b-9f7e-123456789abc";

function png(name: string): PNG {
  return PNG.sync.read(readFileSync(join(dir, name)));
}

describe("Teams manifest", () => {
  it("validates offline against the official schema it names", async () => {
    const manifest = readTemplate();
    expect(manifest.$schema).toMatch(/teams\/v1\.(19|[2-9]\d)\/MicrosoftTeams\.schema\.json$/);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest)).toEqual([]);
  });

  it("the validation does catch a broken manifest", async () => {
    const broken = { ...readTemplate(), bots: [{ botId: "x", scopes: ["everywhere"] }] };
    expect(
      (await AppManifestUtils.validateAgainstSchema(broken as unknown as AppManifest)).length,
    ).toBeGreaterThan(0);
  });

  it("offers the bot in personal, team and group chat, the commands, and the lookup search", () => {
    const manifest = readTemplate() as unknown as ManifestShape;
    expect(manifest.bots[0]?.scopes).toEqual(["personal", "team", "groupChat"]);
    const titles = manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title);
    expect(titles).toEqual(["help", "wie doet", "overdracht", "consult", "overzicht"]);
    expect(manifest.composeExtensions[0]?.commands[0]).toMatchObject({ id: "lookup", type: "query" });
    expect(manifest.composeExtensions[0]?.commands[0]?.parameters[0]?.name).toBe("query");
  });

  it("has a 192×192 colour icon", () => {
    const color = png("color.png");
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it("has a 32×32 outline icon that is only white or fully transparent, and not empty", () => {
    const outline = png("outline.png");
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
      white += 1;
    }
    expect(white).toBeGreaterThan(20);
    expect(white).toBeLessThan(32 * 32);
  });
});

describe("Teams package", () => {
  const config = parseConfig({
    PUBLIC_BASE_URL: "https://bot.wijk.example.org",
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: "x",
    TEAMS_TENANT_ID: "t",
  });

  it("fills ids and the domain from the configuration", () => {
    if (!config.ok) throw new Error(config.problems.join());
    const manifest = fillManifest(
      readTemplate(),
      settingsFrom(config.config, "1.2.3"),
    ) as unknown as ManifestShape;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0]?.botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(["bot.wijk.example.org"]);
    expect(manifest.version).toBe("1.2.3");
  });

  it("refuses to package without an app id or an https address", () => {
    const dev = parseConfig({ TEAMS_DEV_MODE: "true" });
    if (!dev.ok) throw new Error(dev.problems.join());
    expect(() => settingsFrom(dev.config, "1.0.0")).toThrow(/TEAMS_APP_ID/);
  });

  it("writes a zip with the filled manifest and both icons", async () => {
    const out = mkdtempSync(join(tmpdir(), "teams-package-"));
    const file = await buildPackage(
      { appId: APP_ID, publicBaseUrl: "https://bot.wijk.example.org", version: "0.1.0" },
      out,
    );
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest.id).toBe(APP_ID);
  });
});
