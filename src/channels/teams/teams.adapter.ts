/**
 * botbuilder's CloudAdapter, configured from TeamsConfig. Production authenticates both ways with
 * the app id, password and tenant (single tenant). Development mode passes no app id, which makes
 * botbuilder skip authentication: config.ts allows that only on loopback.
 */
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import type { TeamsConfig } from "./teams.settings.js";

// botbuilder's public-cloud values (botframework-connector's AuthenticationConstants, which
// botbuilder does not re-export).
const PUBLIC_CLOUD = {
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  ToBotFromEmulatorOpenIdMetadataUrl:
    "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  CallerId: "urn:botframework:azure",
};

export function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  if (config.devMode) return {};
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppTenantId: config.tenantId,
    MicrosoftAppType: "SingleTenant",
  };
  if (!config.openIdMetadata) return options;
  // botbuilder takes the public-cloud defaults only when none of these is set: overriding the
  // metadata URL (tests serve their own keys) means giving the whole set.
  return {
    ...options,
    ...PUBLIC_CLOUD,
    ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadata,
    ValidateAuthority: true,
  };
}

/**
 * botbuilder's AuthenticationError (except its 500 for "could not load the signing keys"), and
 * jsonwebtoken's errors (bad signature, expired, malformed), all mean "not authenticated".
 */
function isAuthFailure(error: unknown): boolean {
  const e = error as { name?: unknown; statusCode?: unknown; constructor?: { name?: string } } | null;
  if (e?.constructor?.name === "AuthenticationError") return e.statusCode !== 500;
  return e?.name === "JsonWebTokenError" || e?.name === "TokenExpiredError" || e?.name === "NotBeforeError";
}

export type ProcessResult = { kind: "ok"; invoke: InvokeResponse | undefined } | { kind: "unauthorized" };

export class WijkbotTeamsAdapter extends CloudAdapter {
  readonly appId: string;

  constructor(config: TeamsConfig) {
    super(new ConfigurationBotFrameworkAuthentication(authOptions(config)));
    this.appId = config.devMode ? "" : config.appId;
  }

  /**
   * Authenticates and runs one activity. Unlike `process(req, res)`, refusals come back as data
   * (every token problem is a 401, not a 500) and nothing is written to the console.
   */
  async handle(
    authHeader: string,
    activity: Activity,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<ProcessResult> {
    try {
      return { kind: "ok", invoke: await this.processActivity(authHeader, activity, logic) };
    } catch (error) {
      if (isAuthFailure(error)) return { kind: "unauthorized" };
      throw error;
    }
  }
}
