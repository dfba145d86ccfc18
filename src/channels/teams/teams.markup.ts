/**
 * What Teams puts around the words a person typed, taken off before the text reaches the bot:
 * the parser downstream knows no platform. Teams sends HTML: mentions as <at>Name</at> (teams-ai
 * has already removed the bot's own), formatting as tags, special characters as entities.
 */

const MENTION = /<at>(.*?)<\/at>/gi;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
};
const ENTITY = /&(?:nbsp|amp|lt|gt|quot);/g;

/**
 * The message text as the user meant it: other mentions keep their name, entities are decoded,
 * tags go, and space is collapsed. Tags are matched after decoding, as the parser always did,
 * so a typed "<b>" is read as markup too.
 */
export function teamsMessageText(text: string | undefined): string {
  return (text ?? "")
    .replace(MENTION, "$1")
    .replace(ENTITY, (entity) => ENTITIES[entity] ?? " ")
    .replace(HTML_TAG, " ")
    .replace(/\s+/g, " ")
    .trim();
}
