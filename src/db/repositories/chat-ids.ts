/** The Slack and Teams user ids among a professional's linked chat identities (for mentions). */
export function chatIds(identities: { channel: string; externalId: string }[]): {
  slackUserId: string | null;
  teamsUserId: string | null;
} {
  return {
    slackUserId: identities.find((i) => i.channel === "slack")?.externalId ?? null,
    teamsUserId: identities.find((i) => i.channel === "teams")?.externalId ?? null,
  };
}
