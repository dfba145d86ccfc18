/**
 * Opening the edit form of one's own services: "mijn diensten", "dienst bewerken",
 * "bewerk dienst Schuldhulp", "my services", "edit service Debt support". The name, if any,
 * stays as typed; the service decides which services this person may edit.
 */
import type { CommandOf } from "../../../language/command.schema.js";
import { langOf, type Message } from "../../../language/message.js";

const NL =
  /^(?:mijn\s+diensten|(?:dienst(?:en)?\s+(?:bewerken|wijzigen|aanpassen))|(?:bewerk|wijzig|pas)\s+(?:mijn\s+)?dienst(?:en)?(?:\s+aan)?)\b\s*(.*)$/i;
const EN = /^(?:my\s+services|edit\s+(?:my\s+)?services?|change\s+(?:my\s+)?services?)\b\s*(.*)$/i;

export function parseServiceEdit(msg: Message): CommandOf<"service.edit"> | null {
  const text = msg.text.trim();
  const english = EN.exec(text);
  const match = english ?? NL.exec(text);
  if (!match) return null;
  const serviceText = match[1]?.replace(/[.?!]+$/, "").trim() || null;
  return { kind: "service.edit", lang: english ? "en" : langOf(msg), serviceText };
}
