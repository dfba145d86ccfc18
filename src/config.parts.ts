/**
 * The contract between config.ts (the only reader of the environment) and each channel's settings
 * group (`src/channels/<name>/<name>.settings.ts`), and the value parsers both use.
 */
import { z } from "zod/v4";

/** "true"/"false", "1"/"0", "yes"/"no". */
export const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Hosts that only this machine can reach: development modes without authentication bind here only. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["127.0.0.1", "::1", "localhost"]);

/** Remote addresses of a connection from this machine (IPv4, IPv6, IPv4 mapped into IPv6). */
export const LOOPBACK_PEERS: ReadonlySet<string> = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** What a channel may need to know about the deployment to judge its own settings. */
export interface DeploymentFacts {
  host: string;
  production: boolean;
}

/**
 * A channel's settings: the environment variables it takes, and how they become its config.
 * Present means enabled; problems are listed (with what to do), never thrown, so one start names
 * all of them.
 */
export interface ChannelSettings<Env extends z.ZodRawShape, Settings> {
  env: Env;
  /** The channel's config, or undefined when none of its settings is present (disabled). */
  read(env: z.output<z.ZodObject<Env>>, facts: DeploymentFacts, problems: string[]): Settings | undefined;
}
