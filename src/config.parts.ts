/**
 * The contract between config.ts (the only reader of the environment) and each channel's settings
 * group (`src/channels/<name>/<name>.settings.ts`), and the value parsers both use.
 */
import { z } from "zod/v4";

/** "true"/"false", "1"/"0", "yes"/"no". */
export const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

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
