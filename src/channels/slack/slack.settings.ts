/** Slack's settings group (SLACK_*): present when a signing secret or a bot token is set. */
import { z } from "zod/v4";
import { bool, type ChannelSettings } from "../../config.parts.js";

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  apiUrl: string | undefined;
  botId: string | undefined;
  botUserId: string | undefined;
  socketMode: boolean;
  appToken: string | undefined;
}

const env = {
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_API_URL: z.url().optional(),
  SLACK_BOT_ID: z.string().optional(),
  SLACK_BOT_USER_ID: z.string().optional(),
  SLACK_SOCKET_MODE: bool.default(false),
  SLACK_APP_TOKEN: z.string().optional(),
};

export const slackSettings: ChannelSettings<typeof env, SlackConfig> = {
  env,
  read(e, _facts, problems) {
    const present = e.SLACK_SIGNING_SECRET !== undefined || e.SLACK_BOT_TOKEN !== undefined;
    if (!present) return undefined;
    if (!e.SLACK_SIGNING_SECRET?.trim())
      problems.push("SLACK_SIGNING_SECRET: required when Slack is enabled");
    if (!e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN: required when Slack is enabled (xoxb-…)");
    if (e.SLACK_SOCKET_MODE && !e.SLACK_APP_TOKEN)
      problems.push("SLACK_APP_TOKEN: required for Socket Mode (xapp-…)");
    return {
      signingSecret: e.SLACK_SIGNING_SECRET ?? "",
      botToken: e.SLACK_BOT_TOKEN ?? "",
      apiUrl: e.SLACK_API_URL,
      botId: e.SLACK_BOT_ID,
      botUserId: e.SLACK_BOT_USER_ID,
      socketMode: e.SLACK_SOCKET_MODE,
      appToken: e.SLACK_APP_TOKEN,
    };
  },
};
