/**
 * `npm run package:teams`: the Teams app package (manifest.json + the two icons in one zip) for
 * upload in Teams or the Teams admin center. Ids and the domain come from the configuration
 * (TEAMS_APP_ID, PUBLIC_BASE_URL); the result is validated against the official schema (bundled
 * in @microsoft/app-manifest, no network) before it is written to manifests/teams/build/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type AppManifest, AppManifestUtils } from "@microsoft/app-manifest";
import { zipSync } from "fflate";
import { type Config, loadConfigOrExit } from "../../src/config.js";

const here = dirname(fileURLToPath(import.meta.url));

export interface PackageSettings {
  appId: string;
  publicBaseUrl: string;
  version: string;
}

type Json = Record<string, unknown> & { bots: Json[]; composeExtensions: Json[]; developer: Json };

export function readTemplate(): Json {
  return JSON.parse(readFileSync(join(here, "manifest.json"), "utf8")) as Json;
}

/** The template with this installation's ids, domain and version filled in. */
export function fillManifest(template: Json, settings: PackageSettings): Json {
  const manifest = structuredClone(template);
  const base = new URL(settings.publicBaseUrl);
  manifest.id = settings.appId;
  manifest.version = settings.version;
  for (const bot of manifest.bots) bot.botId = settings.appId;
  for (const extension of manifest.composeExtensions) extension.botId = settings.appId;
  manifest.developer.websiteUrl = base.origin;
  manifest.validDomains = [base.host];
  return manifest;
}

export function settingsFrom(config: Config, version: string): PackageSettings {
  const appId = config.teams?.appId;
  if (!appId)
    throw new Error("TEAMS_APP_ID is needed to build the Teams package (the bot's Microsoft app id)");
  if (!config.publicBaseUrl.startsWith("https://")) {
    throw new Error(
      "PUBLIC_BASE_URL must be the bot's public https address, e.g. https://wijkbot.example.nl",
    );
  }
  return { appId, publicBaseUrl: config.publicBaseUrl, version };
}

export async function buildPackage(settings: PackageSettings, outDir = join(here, "build")): Promise<string> {
  const manifest = fillManifest(readTemplate(), settings);
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  if (problems.length > 0) throw new Error(`The Teams manifest is not valid:\n  ${problems.join("\n  ")}`);
  const zip = zipSync({
    "manifest.json": new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    "color.png": readFileSync(join(here, "color.png")),
    "outline.png": readFileSync(join(here, "outline.png")),
  });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "wijkbot-teams.zip");
  writeFileSync(file, zip);
  return file;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(here, "../../package.json"), "utf8")) as { version: string };
  const file = await buildPackage(settingsFrom(loadConfigOrExit(), pkg.version));
  process.stdout.write(`Teams app package written to ${file}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
