/** The question to a service's contact people ("klopt dit nog?") and the answer to their button. */

import type { Lang } from "../../../core/shared/lang.js";
import { privateNotice } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Message } from "../../../views/message.js";
import type { ConfirmationNotice } from "../core/directory-upkeep.notices.js";
import type { UpkeepVerifyResult } from "../core/directory-upkeep.service.js";

export function confirmationNoticeView(notice: ConfirmationNotice, lang: Lang): Message {
  const request = notice.facts;
  const title = t(lang, "upkeep.ask.title", { service: request.serviceName });
  return {
    lang,
    summary: title,
    blocks: [
      { type: "heading", text: title },
      {
        type: "text",
        content: [t(lang, "upkeep.ask.text", { service: request.serviceName, date: request.assuredDate })],
      },
      {
        type: "actions",
        actions: [
          {
            intent: "directory.verify",
            label: t(lang, "upkeep.ask.button"),
            data: { serviceId: request.serviceId },
            style: "primary",
          },
        ],
      },
    ],
    visibility: "private",
  };
}

export function upkeepVerifyView(result: UpkeepVerifyResult, lang: Lang): Message {
  switch (result.kind) {
    case "verified":
      return privateNotice(
        lang,
        "success",
        t(lang, "upkeep.verified", { service: result.serviceName, date: result.day }),
      );
    case "not-contact":
      return privateNotice(lang, "warning", t(lang, "upkeep.not-contact", { service: result.serviceName }));
    case "not-found":
      return privateNotice(lang, "warning", t(lang, "upkeep.not-found"));
  }
}
