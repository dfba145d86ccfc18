/**
 * Bot Framework activities shaped as Teams sends them (recorded field by field from Teams'
 * documentation), for channel tests and end-to-end tests.
 */
export const TENANT = "tenant-1";
export const BOT = { id: "28:wijkbot", name: "Wijkbot" };
export const USER = { id: "29:anna", name: "Anna", aadObjectId: "aad-anna" };

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `${Date.now()}${sequence}`;
}

interface Where {
  serviceUrl: string;
  conversation?: "personal" | "channel" | "groupChat";
  locale?: string;
  from?: { id: string; name: string; aadObjectId?: string };
}

function base(where: Where, extra: Record<string, unknown>): Record<string, unknown> {
  const type = where.conversation ?? "personal";
  const conversation =
    type === "personal"
      ? { id: "a:personal-anna", conversationType: "personal", tenantId: TENANT }
      : {
          id: "19:channel@thread.tacv2;messageid=1",
          conversationType: type,
          isGroup: true,
          tenantId: TENANT,
        };
  return {
    id: nextId(),
    channelId: "msteams",
    serviceUrl: where.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: where.locale ?? "nl-NL",
    from: where.from ?? USER,
    recipient: BOT,
    conversation,
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

export function messageActivity(where: Where, text: string): Record<string, unknown> {
  return base(where, { type: "message", text, textFormat: "plain" });
}

/** "@Wijkbot text" in a channel: the text carries the mention tag and an entity names the bot. */
export function mentionActivity(where: Where, text: string): Record<string, unknown> {
  return base(
    { conversation: "channel", ...where },
    {
      type: "message",
      text: `<at>${BOT.name}</at> ${text}`,
      entities: [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    },
  );
}

export function executeActivity(
  where: Where,
  verb: string,
  data: Record<string, unknown>,
  replyToId = "card-1",
): Record<string, unknown> {
  return base(where, {
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId,
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  });
}

export function queryActivity(where: Where, query: string, commandId = "lookup"): Record<string, unknown> {
  return base(where, {
    type: "invoke",
    name: "composeExtension/query",
    value: { commandId, parameters: [{ name: "query", value: query }], queryOptions: { skip: 0, count: 25 } },
  });
}

export function botAddedActivity(where: Where): Record<string, unknown> {
  return base(where, { type: "conversationUpdate", membersAdded: [{ id: BOT.id }] });
}
