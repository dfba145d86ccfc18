/**
 * The Slack channel: Bolt over HTTP on the shared server (`/slack/events` for events, commands
 * and interactivity), or Socket Mode for a quick local install. It only translates between
 * Slack and the Bot; see conversation.listeners.ts and interaction.listeners.ts.
 */
import { App, type Authorize, ExpressReceiver, webApi } from "@slack/bolt";
import type { Logger } from "../../logging.js";
import type { Channel, ChannelDeps } from "../channel.js";
import { boltLogger } from "./bolt-logger.js";
import { registerConversationListeners } from "./conversation.listeners.js";
import { claimEventsBeforeAck, claimedEventProperty, eventDedupe } from "./event-dedupe.middleware.js";
import { registerInteractionListeners } from "./interaction.listeners.js";
import { renderMessage } from "./message.blocks.js";
import type { SlackConfig } from "./slack.settings.js";
import { slackErrorBoundary } from "./slack-error.boundary.js";
import { dmChannelOf, postToUser, type WebClient } from "./slack-replies.js";
import { slackShapeCheck } from "./slack-shape.middleware.js";
import { slackVerification } from "./slack-signature.middleware.js";

export interface SlackChannelOptions {
  /** Wall clock for the signature's timestamp window (tests); defaults to Date.now. */
  now?: () => number;
  maxBodyBytes?: number;
}

export function createSlackChannel(deps: ChannelDeps, options: SlackChannelOptions = {}): Channel {
  const slack = deps.config.slack;
  if (!slack)
    throw new Error("createSlackChannel: Slack is not configured (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN)");
  if (!slack.signingSecret.trim())
    throw new Error("SLACK_SIGNING_SECRET is empty: Slack requests cannot be verified");
  const logger = deps.logger.child({ channel: "slack" });
  const clientOptions = webClientOptions(slack, logger);
  // The one Web API client: every call we make goes through it (bounded retries and timeout).
  const api = new webApi.WebClient(slack.botToken, clientOptions);
  const receiver = slack.socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: slack.signingSecret,
        // mount() puts slackVerification (stricter: future timestamps, body cap) in front of the
        // router, so Bolt's own second check would only add a different clock.
        signatureVerification: false,
        endpoints: "/",
        logger: boltLogger(logger),
        customPropertiesExtractor: claimedEventProperty,
      });
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: slack.appToken ?? "" }),
    authorize: cachedAuthorize(api, slack),
    logger: boltLogger(logger),
    clientOptions,
    installerOptions: { clientOptions },
    extendedErrorHandler: true,
    convoStore: false,
    // Bolt's ignoreSelf would drop our own DM echoes before eventDedupe could mark them done;
    // the DM listener skips every bot message itself.
    ignoreSelf: false,
  });
  app.use(eventDedupe(deps.events));
  const ctx = { bot: deps.bot, api, logger, conversations: deps.conversations };
  registerConversationListeners(app, ctx);
  registerInteractionListeners(app, ctx);
  app.error(slackErrorBoundary(api, logger));

  return {
    name: "slack",
    mount(server) {
      if (!receiver) return;
      // Our verification runs first: Bolt then finds the verified body on req.rawBody.
      const verify = slackVerification({ signingSecret: slack.signingSecret, logger, ...options });
      server.use(
        "/slack/events",
        verify,
        slackShapeCheck(logger),
        claimEventsBeforeAck(deps.events, logger),
        receiver.router,
      );
    },
    async start() {
      if (slack.socketMode) await app.start();
    },
    async stop() {
      if (slack.socketMode) await app.stop();
    },
    async deliver(target, message) {
      // TODO(#3): one bot token per workspace (installation store) for multi-workspace installs.
      await postToUser(api, target.externalId, renderMessage(message), dmChannelOf(target.conversationRef));
    },
  };
}

/**
 * The Web API client's default retries last about 30 minutes with no timeout: bound both. On HTTP
 * 429 the client pauses its queue for Retry-After and then retries (rejectRateLimitedCalls off).
 */
function webClientOptions(slack: SlackConfig, logger: Logger): webApi.WebClientOptions {
  return {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith("/") ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000, randomize: true },
    timeout: 10_000,
    rejectRateLimitedCalls: false,
    logger: boltLogger(logger),
  };
}

/**
 * Bot identity for Bolt (ignoreSelf, mentions). Configured ids skip auth.test; otherwise one
 * auth.test, cached on success and retried on the next event after a failure (Bolt's own variant
 * starts it in the constructor, where a failure is an unhandled rejection).
 */
function cachedAuthorize(api: WebClient, slack: SlackConfig): Authorize<boolean> {
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined =
    slack.botId && slack.botUserId
      ? Promise.resolve({ botId: slack.botId, botUserId: slack.botUserId })
      : undefined;
  return async () => {
    identity ??= api.auth.test().then(
      (r) => ({ botId: r.bot_id, botUserId: r.user_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return { botToken: slack.botToken, ...(await identity) };
  };
}
