import type { Lang } from "../core/shared/lang.js";
import { isMessageKey, t } from "./i18n.js";

/**
 * A role id of the social map as it reads in a sentence: "geestelijk-verzorger" becomes
 * "geestelijk verzorger" or "spiritual caregiver". An id the catalogue does not know yet
 * (messages/role.messages.ts) still reads as words.
 */
export function roleLabel(lang: Lang, role: string): string {
  const key = `role.${role}`;
  return isMessageKey(key) ? t(lang, key) : role.replaceAll("-", " ");
}
