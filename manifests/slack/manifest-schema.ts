/**
 * Validates a Slack app manifest against Slack's published JSON schema (vendored in ./schema,
 * MIT, from slackapi/manifest-schema), offline. The root schema refers to the versioned schemas
 * by their raw.githubusercontent.com address; they are registered under those ids here.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const HERE = new URL("./schema/", import.meta.url);
const VERSIONED = {
  "manifest.schema.1.0.0.json":
    "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.1.0.0.json",
  "manifest.schema.2.0.0.json":
    "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.2.0.0.json",
};

function readJson(url: URL): object {
  return JSON.parse(readFileSync(url, "utf8")) as object;
}

export function slackManifestValidator(): (manifest: unknown) => string[] {
  // strict off: Slack's schema uses keywords ajv does not know ("regex") and formats we skip.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  for (const [file, id] of Object.entries(VERSIONED))
    ajv.addSchema(readJson(new URL(`schemas/${file}`, HERE)), id);
  const validate = ajv.compile(readJson(new URL("manifest.schema.json", HERE)));
  return (manifest) =>
    validate(manifest)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
