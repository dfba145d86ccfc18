/**
 * What a Teams activity means to the Bot: who (ChatAccount), where (personal or shared), which
 * language, and where to reach this person later (a ConversationReference as plain JSON).
 */
import type { Activity, ConversationReference } from "botbuilder";
import { z } from "zod/v4";
import type { Turn } from "../../bot/bot.js";
import type { ChatAccount } from "../../core/access/actor.js";

export function tenantOf(activity: Partial<Activity>): string {
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? fromChannelData ?? "";
}

export function accountOf(activity: Partial<Activity>): ChatAccount {
  const from = activity.from;
  // The AAD object id is stable across tenants' Teams clients; `from.id` (29:…) is per bot.
  // The tenant comes from an authenticated activity of a served tenant (teams.channel.ts).
  return {
    channel: "teams",
    tenant: tenantOf(activity),
    externalId: from?.aadObjectId ?? from?.id ?? "",
    tenantVouched: true,
  };
}

export function placeOf(activity: Partial<Activity>): Turn["place"] {
  const type = activity.conversation?.conversationType;
  if (type) return type === "personal" ? "personal" : "shared";
  return activity.conversation?.isGroup ? "shared" : "personal";
}

export function langOf(locale: string | undefined): Turn["platformLang"] {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return primary === "nl" || primary === "en" ? primary : undefined;
}

export function turnOf(activity: Partial<Activity>): Turn {
  const turn: Turn = { account: accountOf(activity), place: placeOf(activity) };
  const lang = langOf(activity.locale);
  if (lang) turn.platformLang = lang;
  return turn;
}

/**
 * Where proactive messages reach a person, stored as plain JSON. `conversationId` is set only
 * for their personal chat with the bot; without it a personal chat is opened first.
 */
export const storedReferenceSchema = z.object({
  serviceUrl: z.url(),
  tenantId: z.string(),
  conversationId: z.string().optional(),
  bot: z.object({ id: z.string(), name: z.string().optional() }),
  user: z.object({ id: z.string(), aadObjectId: z.string().optional() }),
});

export type StoredReference = z.infer<typeof storedReferenceSchema>;

export function storedReferenceOf(
  activity: Partial<Activity>,
  personalConversationId?: string,
): StoredReference {
  const ref: StoredReference = {
    serviceUrl: activity.serviceUrl ?? "",
    tenantId: tenantOf(activity),
    bot: { id: activity.recipient?.id ?? "" },
    user: { id: activity.from?.id ?? "" },
  };
  if (activity.recipient?.name) ref.bot.name = activity.recipient.name;
  if (activity.from?.aadObjectId) ref.user.aadObjectId = activity.from.aadObjectId;
  const personal =
    personalConversationId ?? (placeOf(activity) === "personal" ? activity.conversation?.id : undefined);
  if (personal) ref.conversationId = personal;
  return ref;
}

export function conversationReferenceOf(
  ref: StoredReference & { conversationId: string },
): ConversationReference {
  return {
    channelId: "msteams",
    serviceUrl: ref.serviceUrl,
    bot: { id: ref.bot.id, name: ref.bot.name ?? "" },
    user: { id: ref.user.id, name: "", aadObjectId: ref.user.aadObjectId },
    conversation: {
      id: ref.conversationId,
      isGroup: false,
      conversationType: "personal",
      tenantId: ref.tenantId,
      name: "",
    },
  };
}
