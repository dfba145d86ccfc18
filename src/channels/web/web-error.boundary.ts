/**
 * The web chat's error boundary. A turn that failed (database away, a bug) answers with the
 * status the server would give and, as a message the page shows, the same text every other
 * channel shows for that error (views/error-text.ts). Client mistakes (bad JSON, too large) go on
 * to the server's last resort, which has no person to talk to.
 */
import type { ErrorRequestHandler } from "express";
import type { Lang } from "../../core/shared/lang.js";
import { publicText, safeError, statusOf } from "../../http/server.js";
import type { Logger } from "../../logging.js";
import { errorNotice } from "../../views/error-text.js";
import { renderMessageHtml } from "./message.html.js";

export function webErrorBoundary(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    const status = statusOf(error);
    if (status < 500 || res.headersSent) return next(error);
    logger.error({ err: safeError(error), path: req.path, status }, "web chat turn failed");
    const message = errorNotice(langOf(req.body), error);
    res
      .status(status)
      .json({ error: publicText(status), messages: [{ ...message, html: renderMessageHtml(message) }] });
  };
}

/** The page may say which language it asked in; the person is not known here. */
function langOf(body: unknown): Lang {
  const lang = (body as { lang?: unknown } | undefined)?.lang;
  return lang === "en" ? "en" : "nl";
}
