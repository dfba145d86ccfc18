import { describe, expect, it } from "vitest";
import { buildSlackManifest, readSlackManifestTemplate } from "../../manifests/slack/build-manifest.js";
import { slackManifestValidator } from "../../manifests/slack/manifest-schema.js";
import { ASK_SHORTCUT, SLASH_COMMAND } from "../../src/channels/slack/conversation.listeners.js";

interface Manifest {
  features: {
    slash_commands: { command: string; url: string }[];
    shortcuts: { callback_id: string; type: string }[];
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const validate = slackManifestValidator();
const template = readSlackManifestTemplate() as Manifest;

describe("manifests/slack/manifest.json", () => {
  it("matches Slack's manifest schema", () => {
    expect(validate(template)).toEqual([]);
  });

  it("is checked for real: the schema refuses a broken manifest", () => {
    const broken = structuredClone(template) as unknown as Record<string, Record<string, unknown>>;
    (broken.features!.shortcuts as { name: string }[])[0]!.name = "A shortcut name that is far too long";
    broken.display_information!.unknown_field = true;
    const problems = validate(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/shortcuts\/0\/name/);
  });

  it("has the slash command and message shortcut the listeners answer", () => {
    expect(template.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(template.features.shortcuts).toMatchObject([{ callback_id: ASK_SHORTCUT, type: "message" }]);
    expect(template.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it("subscribes to exactly the events the channel handles, with the least scopes they need", () => {
    expect(template.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "message.im",
    ]);
    expect(template.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
      "im:write",
    ]);
    expect(template.settings.interactivity.is_enabled).toBe(true);
  });
});

describe("buildSlackManifest", () => {
  it("builds every request URL from the one base URL", () => {
    const built = buildSlackManifest(template, "https://wijkbot.example.nl/") as Manifest;
    const expected = "https://wijkbot.example.nl/slack/events";
    expect(built.features.slash_commands[0]!.url).toBe(expected);
    expect(built.settings.event_subscriptions.request_url).toBe(expected);
    expect(built.settings.interactivity.request_url).toBe(expected);
    expect(JSON.stringify(built)).not.toContain("example.org");
    expect(validate(built)).toEqual([]);
  });

  it("turns Socket Mode on when the configuration asks for it", () => {
    expect(
      (buildSlackManifest(template, "https://x.nl", true) as Manifest).settings.socket_mode_enabled,
    ).toBe(true);
    expect((buildSlackManifest(template, "https://x.nl") as Manifest).settings.socket_mode_enabled).toBe(
      false,
    );
  });
});
