import { CHAT_CHANNELS, type ChatChannel, isChatChannel } from "../../../core/access/chat-channel.js";
import type { CommandOf } from "../../../language/command.schema.js";
import type { Message } from "../../../language/message.js";

/**
 * Administrator commands. They name ids (a Slack user id, a Teams object id, a professional id)
 * that the tokenizer would split at every dash, so they are read from the cleaned text with
 * anchored patterns: a command either matches whole or is not an admin command at all.
 */

const ID = String.raw`([\w.:@-]{1,200})`;
const CHANNEL = `(${CHAT_CHANNELS.join("|")})`;
const TENANT = String.raw`(?:\s+(?:in|tenant|workspace|team|werkruimte)\s+${ID})?`;
const LINK = new RegExp(
  String.raw`^(koppel|link|verbind|connect)\s+${CHANNEL}\s+${ID}${TENANT}\s+(?:aan|met|to|with)\s+${ID}$`,
  "i",
);
const UNLINK = new RegExp(String.raw`^(ontkoppel|unlink|disconnect)\s+${CHANNEL}\s+${ID}${TENANT}$`, "i");
const DEACTIVATE = new RegExp(
  String.raw`^(deactiveer|deactiveren|deactivate|disable)\s+(?:professional\s+|medewerker\s+)?${ID}$`,
  "i",
);
const ENGLISH_VERBS = new Set(["link", "connect", "unlink", "disconnect", "deactivate", "disable"]);

const langOfVerb = (verb: string): "nl" | "en" => (ENGLISH_VERBS.has(verb.toLowerCase()) ? "en" : "nl");

/** The patterns match only a channel's name (in any case): anything else is a broken invariant. */
function channelOf(word: string): ChatChannel {
  const channel = word.toLowerCase();
  if (!isChatChannel(channel)) throw new Error(`not a chat channel: ${word}`);
  return channel;
}

/** "koppel slack U123ABC aan p-anouk-peeters", "link teams <aad-id> tenant <tid> to p-…". */
export function parseAdminLink(msg: Message): CommandOf<"admin.link"> | CommandOf<"admin.unlink"> | null {
  const text = msg.text.trim();
  const link = LINK.exec(text);
  if (link) {
    const [, verb, channel, externalId, tenant, professionalId] = link;
    return {
      kind: "admin.link",
      lang: langOfVerb(verb!),
      channel: channelOf(channel!),
      externalId: externalId!,
      tenant: tenant ?? null,
      professionalId: professionalId!,
    };
  }
  const unlink = UNLINK.exec(text);
  if (!unlink) return null;
  const [, verb, channel, externalId, tenant] = unlink;
  return {
    kind: "admin.unlink",
    lang: langOfVerb(verb!),
    channel: channelOf(channel!),
    externalId: externalId!,
    tenant: tenant ?? null,
  };
}

/** "deactiveer p-anouk-peeters", "deactivate p-anouk-peeters". */
export function parseDeactivate(msg: Message): CommandOf<"admin.deactivate"> | null {
  const match = DEACTIVATE.exec(msg.text.trim());
  if (!match || msg.codes.length > 0) return null;
  return { kind: "admin.deactivate", lang: langOfVerb(match[1]!), professionalId: match[2]! };
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
const ERASE = words("wis wissen erase verwijder vergeet forget");
const ERASE_GLUE = words("casus case dossier de het the gegevens data van of alle all please graag aub");

/** "wis WYC-014", "erase WYC-014": an erasure request for one case. */
export function parseErase(msg: Message): CommandOf<"case.erase"> | null {
  const first = msg.norms[0];
  const code = msg.codes[0];
  if (!first || !ERASE.has(first) || !code || msg.codes.length !== 1) return null;
  const plain = msg.norms.every((w, i) => i === 0 || msg.inCode[i] || ERASE_GLUE.has(w));
  if (!plain) return null;
  const lang = first === "erase" || first === "forget" ? "en" : "nl";
  return { kind: "case.erase", lang, caseCode: code };
}

const EXPORT = words("export exporteer exporteren exporteert download inzageverzoek inzage");
const TRAIL = words("audit auditlog audittrail logboek log trail inzageverzoek inzage access request");

/** "exporteer audit WYC-014", "audit export WYC-014 csv", "inzageverzoek WYC-014". */
export function parseAuditExport(msg: Message): CommandOf<"audit.export"> | null {
  const exporting = msg.norms.some((w) => EXPORT.has(w));
  const trail = msg.norms.some((w) => TRAIL.has(w));
  if (!exporting || !trail) return null;
  const english = msg.norms.includes("export") && !msg.norms.some((w) => w.startsWith("exporteer"));
  return {
    kind: "audit.export",
    lang: english || msg.norms.includes("access") ? "en" : "nl",
    caseCode: msg.codes[0] ?? null,
    format: msg.norms.includes("csv") ? "csv" : "json",
  };
}

// A professional id as the directory writes them ("p-anouk-peeters"): letters, then dash-joined
// parts. A case code ("WYC-014") has the same shape and is excluded.
const PROFESSIONAL_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/i;
const CASE_CODE_LIKE = /^[a-z]{3}-?\d+$/i;

/** "audit p-anouk-peeters": the first word that looks like a professional id, if any. */
export function professionalIdIn(msg: Message): string | null {
  for (const word of msg.text.split(/\s+/)) {
    if (PROFESSIONAL_ID.test(word) && !CASE_CODE_LIKE.test(word)) return word;
  }
  return null;
}
