/** Teams' settings group (TEAMS_*): present when an app id is set or the development mode is on. */
import { z } from "zod/v4";
import { bool, type ChannelSettings, LOOPBACK_HOSTS } from "../../config.parts.js";

export interface TeamsConfig {
  appId: string;
  appPassword: string;
  tenantId: string;
  /**
   * The Microsoft 365 tenants served (TEAMS_ALLOWED_TENANTS, default the app's own tenant). A valid
   * Bot Framework token says only that Teams sent the activity, from whichever tenant installed the
   * app; activities from any other tenant are refused. Empty only in development mode: any tenant.
   */
  allowedTenants: string[];
  /** Unauthenticated local development: only on loopback, and said loudly in the log. */
  devMode: boolean;
  openIdMetadata: string | undefined;
}

const env = {
  TEAMS_APP_ID: z.string().optional(),
  TEAMS_APP_PASSWORD: z.string().optional(),
  TEAMS_TENANT_ID: z.string().optional(),
  TEAMS_ALLOWED_TENANTS: z.string().optional(),
  TEAMS_DEV_MODE: bool.default(false),
  TEAMS_OPENID_METADATA: z.url().optional(),
};

export const teamsSettings: ChannelSettings<typeof env, TeamsConfig> = {
  env,
  read(e, { host, production }, problems) {
    const present =
      e.TEAMS_APP_ID !== undefined ||
      e.TEAMS_APP_PASSWORD !== undefined ||
      e.TEAMS_TENANT_ID !== undefined ||
      e.TEAMS_DEV_MODE;
    if (!present) return undefined;
    const allowedTenants = (e.TEAMS_ALLOWED_TENANTS ?? e.TEAMS_TENANT_ID ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    if (e.TEAMS_DEV_MODE) {
      if (production) problems.push("TEAMS_DEV_MODE: unauthenticated Teams is refused in production");
      if (!LOOPBACK_HOSTS.has(host)) {
        problems.push("TEAMS_DEV_MODE: only allowed when HOST is a loopback address");
      }
    } else {
      // botbuilder turns authentication off in both directions when the app id is empty.
      if (!e.TEAMS_APP_ID?.trim())
        problems.push("TEAMS_APP_ID: required (without it botbuilder accepts unauthenticated requests)");
      if (!e.TEAMS_APP_PASSWORD) problems.push("TEAMS_APP_PASSWORD: required with TEAMS_APP_ID");
      if (!e.TEAMS_TENANT_ID) problems.push("TEAMS_TENANT_ID: required with TEAMS_APP_ID");
    }
    return {
      appId: e.TEAMS_APP_ID ?? "",
      appPassword: e.TEAMS_APP_PASSWORD ?? "",
      tenantId: e.TEAMS_TENANT_ID ?? "",
      allowedTenants,
      devMode: e.TEAMS_DEV_MODE,
      openIdMetadata: e.TEAMS_OPENID_METADATA,
    };
  },
};
