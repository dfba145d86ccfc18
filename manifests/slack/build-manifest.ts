/**
 * `npm run manifest:slack`: prints manifests/slack/manifest.json with every request URL built
 * from PUBLIC_BASE_URL (the template uses https://example.org), checked against Slack's schema.
 * Paste the output into api.slack.com/apps -> Create New App -> From an app manifest.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { loadConfigOrExit } from "../../src/config.js";
import { slackManifestValidator } from "./manifest-schema.js";

export const TEMPLATE_BASE_URL = "https://example.org";

export function readSlackManifestTemplate(): unknown {
  return JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8"));
}

/** The manifest with the template's base URL replaced in every string that starts with it. */
export function buildSlackManifest(template: unknown, baseUrl: string, socketMode = false): unknown {
  const base = baseUrl.replace(/\/+$/, "");
  const replace = (value: unknown): unknown => {
    if (typeof value === "string") {
      return value.startsWith(TEMPLATE_BASE_URL) ? base + value.slice(TEMPLATE_BASE_URL.length) : value;
    }
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    }
    return value;
  };
  const manifest = replace(template) as { settings?: { socket_mode_enabled?: boolean } };
  if (manifest.settings) manifest.settings.socket_mode_enabled = socketMode;
  return manifest;
}

function main(): void {
  const config = loadConfigOrExit();
  const manifest = buildSlackManifest(
    readSlackManifestTemplate(),
    config.publicBaseUrl,
    config.slack?.socketMode,
  );
  const problems = slackManifestValidator()(manifest);
  if (problems.length > 0) {
    process.stderr.write(`The Slack manifest does not match Slack's schema:\n  ${problems.join("\n  ")}\n`);
    process.exit(1);
  }
  if (!config.publicBaseUrl.startsWith("https://")) {
    process.stderr.write(`Note: Slack only calls https URLs; PUBLIC_BASE_URL is ${config.publicBaseUrl}\n`);
  }
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
