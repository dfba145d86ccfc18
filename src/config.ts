/**
 * The only reader of process.env. Parses once with zod; on any problem it lists every one of them
 * and what to do, then exits. Each channel's settings are one optional group: present = enabled.
 * A channel owns its group (`src/channels/<name>/<name>.settings.ts`); CHANNEL_SETTINGS lists them.
 */
import { z } from "zod/v4";
import { slackSettings } from "./channels/slack/slack.settings.js";
import { teamsSettings } from "./channels/teams/teams.settings.js";
import { bool, type ChannelSettings, type DeploymentFacts, LOOPBACK_HOSTS } from "./config.parts.js";
import { englishCount } from "./core/shared/english-count.js";

/** Every channel's settings group, by the name its config goes under (`config.slack`). */
const CHANNEL_SETTINGS = {
  slack: slackSettings,
  teams: teamsSettings,
};

type ChannelConfigs = {
  [Name in keyof typeof CHANNEL_SETTINGS]: ReturnType<(typeof CHANNEL_SETTINGS)[Name]["read"]>;
};

const isoInstant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), {
  message: "must be an ISO 8601 instant, e.g. 2026-11-23T09:00:00+01:00",
});

/** "k2:<base64 32 bytes>,k1:<base64 32 bytes>": the first key encrypts, all keys decrypt. */
const encryptionKeys = z.string().transform((value, ctx) => {
  const keys = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, secret] = part.split(":");
      return { id: id ?? "", key: Buffer.from(secret ?? "", "base64") };
    });
  for (const k of keys) {
    if (!/^[a-z0-9-]{1,16}$/i.test(k.id) || k.key.length !== 32) {
      ctx.addIssue({ code: "custom", message: "each key must be id:<32 bytes in base64>" });
      return z.NEVER;
    }
  }
  if (keys.length === 0) {
    ctx.addIssue({ code: "custom", message: "at least one key is needed" });
    return z.NEVER;
  }
  return keys;
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_BASE_URL: z.url().optional(),
  DATABASE_URL: z.string().startsWith("postgres").optional(),
  WIJKBOT_DATA_DIR: z.string().default("./data"),
  WIJKBOT_NOW: isoInstant.optional(),
  WIJKBOT_DEMO: bool.optional(),
  WIJKBOT_JOBS: bool.default(true),
  WIJKBOT_ENCRYPTION_KEYS: encryptionKeys.optional(),
  WIJKBOT_RETENTION_CONTACT_DAYS: z.coerce.number().int().min(0).default(30),
  WIJKBOT_RETENTION_CASE_MONTHS: z.coerce.number().int().min(1).default(24),
  WIJKBOT_DIRECTORY_CONFIRM_DAYS: z.coerce.number().int().min(1).default(180),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The channels' variables, parsed with the rest so that one run lists every problem. */
const channelEnvSchema = z.object(
  Object.assign({}, ...Object.values(CHANNEL_SETTINGS).map((settings) => settings.env)) as z.ZodRawShape,
);

// A development-only key so `npm start` works with nothing configured; refused in production.
const DEV_ENCRYPTION_KEY = { id: "dev", key: Buffer.alloc(32, 7) };

/** Each channel's config is its own group: `config.slack`, `config.teams`; undefined = disabled. */
export interface Config extends ChannelConfigs {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicBaseUrl: string;
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  fixedNow: Date | undefined;
  demo: boolean;
  jobs: boolean;
  encryptionKeys: { id: string; key: Buffer }[];
  retention: { contactDays: number; caseMonths: number; auditYears: number };
  /** Contact people are asked to confirm a directory entry last confirmed longer ago than this. */
  directory: { confirmAfterDays: number };
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  const channelEnv = channelEnvSchema.safeParse(cleaned);
  if (!parsed.success || !channelEnv.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(channelEnv.error?.issues ?? [])];
    return { ok: false, problems: issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const e = parsed.data;
  const problems: string[] = [];
  const production = e.NODE_ENV === "production";
  const host = e.HOST ?? (production ? "0.0.0.0" : "127.0.0.1");

  if (production && e.WIJKBOT_NOW) problems.push("WIJKBOT_NOW: a fixed clock is refused in production");
  if (production && !e.WIJKBOT_ENCRYPTION_KEYS) {
    problems.push("WIJKBOT_ENCRYPTION_KEYS: required in production (id:<base64 of 32 random bytes>)");
  }
  if (production && e.WIJKBOT_DEMO) problems.push("WIJKBOT_DEMO: the demo login is refused in production");
  // The demo login lets anyone act as any professional: like Teams' development mode, loopback only.
  const demo = e.WIJKBOT_DEMO ?? !production;
  if (demo && !production && !LOOPBACK_HOSTS.has(host)) {
    problems.push(
      `WIJKBOT_DEMO: the demo login (anyone may act as any professional) is allowed on loopback only, ` +
        `not on HOST=${host}; use HOST=127.0.0.1, or set WIJKBOT_DEMO=false to serve the network`,
    );
  }

  const channels = readChannels(channelEnv.data, { host, production }, problems);
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    config: {
      env: e.NODE_ENV,
      host,
      port: e.PORT,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
      database: e.DATABASE_URL
        ? { kind: "postgres", url: e.DATABASE_URL }
        : { kind: "pglite", dataDir: e.WIJKBOT_DATA_DIR },
      fixedNow: e.WIJKBOT_NOW ? new Date(e.WIJKBOT_NOW) : undefined,
      demo,
      jobs: e.WIJKBOT_JOBS,
      encryptionKeys: e.WIJKBOT_ENCRYPTION_KEYS ?? [DEV_ENCRYPTION_KEY],
      retention: {
        contactDays: e.WIJKBOT_RETENTION_CONTACT_DAYS,
        caseMonths: e.WIJKBOT_RETENTION_CASE_MONTHS,
        auditYears: 5,
      },
      directory: { confirmAfterDays: e.WIJKBOT_DIRECTORY_CONFIRM_DAYS },
      logLevel: e.LOG_LEVEL,
      ...channels,
    },
  };
}

/** Each channel reads its own group, in the order of CHANNEL_SETTINGS. */
function readChannels(
  env: Record<string, unknown>,
  facts: DeploymentFacts,
  problems: string[],
): ChannelConfigs {
  const settings: [string, ChannelSettings<z.ZodRawShape, unknown>][] = Object.entries(CHANNEL_SETTINGS);
  return Object.fromEntries(
    settings.map(([name, group]) => [name, group.read(env, facts, problems)]),
  ) as ChannelConfigs;
}

/** Reads process.env once; prints every problem and exits when the configuration is unusable. */
export function loadConfigOrExit(): Config {
  const result = parseConfig(process.env);
  if (result.ok) return result.config;
  process.stderr.write(
    `Wijkbot cannot start: the configuration has ${englishCount(result.problems.length, "problem", "problems")}:\n` +
      result.problems.map((p) => `  - ${p}`).join("\n") +
      "\nSee README.md, section Configuration.\n",
  );
  process.exit(1);
}
