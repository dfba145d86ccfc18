/**
 * "mijn overdrachten" offers the receiver the next step of each open handover (issue 16), so that
 * nobody depends on finding the old notice: accept a request, record the contact, complete.
 * Without `v` the service does not check the version; it still refuses a step that no longer fits.
 */
import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action } from "../../../views/message.js";
import type { HandoverListItem } from "../core/handover.ports.js";

const MAX_ITEMS = 4;

export function receiverActions(received: HandoverListItem[], lang: Lang): Action[] {
  const label = (key: Parameters<typeof t>[1], code: string) => `${t(lang, key)} ${code}`;
  return received.slice(0, MAX_ITEMS).flatMap((h): Action[] => {
    const data = { id: h.id };
    switch (h.status) {
      case "requested":
        return [
          {
            intent: "handover.accept",
            label: label("handover.button.accept", h.caseCode),
            data,
            style: "primary",
          },
          { intent: "handover.decline", label: label("handover.button.decline", h.caseCode), data },
        ];
      case "accepted":
        return [
          {
            intent: "handover.contact",
            label: label("handover.button.reached", h.caseCode),
            data: { ...data, reached: "yes" },
          },
          {
            intent: "handover.contact",
            label: label("handover.button.not-reached", h.caseCode),
            data: { ...data, reached: "no" },
          },
        ];
      case "contacted":
        return [{ intent: "handover.complete", label: label("handover.button.complete", h.caseCode), data }];
      default:
        return [];
    }
  });
}
