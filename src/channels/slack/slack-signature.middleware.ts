/**
 * Verifies Slack's request signature before Bolt (or anything else) sees the request
 * (QUALITY.md): body capped before it is buffered whole (413), HMAC-SHA256 over
 * `v0:{timestamp}:{raw body}` compared in constant time, timestamp within 5 minutes in either
 * direction (Bolt accepts future ones). Every failure is a bare 401 and nothing is stored.
 * The verified raw body is left on `req.rawBody`, where Bolt's ExpressReceiver reads it.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import type { Logger } from "../../logging.js";

export const SLACK_MAX_BODY_BYTES = 1024 * 1024;
const MAX_SKEW_SECONDS = 5 * 60;

export interface SlackVerificationOptions {
  signingSecret: string;
  logger: Logger;
  maxBodyBytes?: number;
  /**
   * Wall-clock milliseconds. Deliberately not the app's Clock: a demo with a fixed WIJKBOT_NOW must
   * still accept what Slack signs with the real time.
   */
  now?: () => number;
}

type Rejection = { status: 401 | 413 | 400 | 500; reason: string };

export function slackVerification(options: SlackVerificationOptions): RequestHandler {
  if (!options.signingSecret.trim())
    throw new Error("Slack signing secret is empty: set SLACK_SIGNING_SECRET");
  const maxBytes = options.maxBodyBytes ?? SLACK_MAX_BODY_BYTES;
  const now = options.now ?? Date.now;

  return async (req, res, next) => {
    const reject = (r: Rejection) => {
      options.logger.warn({ status: r.status, reason: r.reason }, "slack request rejected");
      // An unread body stays unread: close the connection instead of draining it.
      if (!req.readableEnded) res.setHeader("Connection", "close");
      res.status(r.status).end();
      if (!req.readableEnded) res.on("finish", () => req.destroy());
    };
    const early = checkHeaders(req, now(), maxBytes);
    if (early?.status === 401 && (await isSslCheck(req))) {
      // Slack's certificate probe for slash command URLs: `ssl_check=1&token=…`, unsigned. Slack
      // documents that it only needs a 200; nothing else happens and nothing is stored.
      res.status(200).end();
      return;
    }
    if (early) return reject(early);
    if (req.readableEnded)
      return reject({ status: 500, reason: "body already read: mount Slack before body parsers" });
    const body = await readCapped(req, maxBytes);
    if (body === "too-large") return reject({ status: 413, reason: "body too large" });
    if (body === "aborted") return reject({ status: 400, reason: "body aborted" });
    if (!signatureMatches(options.signingSecret, req, body))
      return reject({ status: 401, reason: "bad signature" });
    (req as Request & { rawBody?: Buffer }).rawBody = body;
    next();
  };
}

function checkHeaders(req: Request, nowMs: number, maxBytes: number): Rejection | undefined {
  const length = Number(req.headers["content-length"]);
  if (Number.isFinite(length) && length > maxBytes)
    return { status: 413, reason: "content-length too large" };
  const ts = header(req, "x-slack-request-timestamp");
  if (!ts || !/^\d{1,12}$/.test(ts)) return { status: 401, reason: "timestamp missing or not a number" };
  if (Math.abs(nowMs / 1000 - Number(ts)) > MAX_SKEW_SECONDS)
    return { status: 401, reason: "timestamp out of window" };
  if (!/^v0=[0-9a-f]{64}$/.test(header(req, "x-slack-signature") ?? "")) {
    return { status: 401, reason: "signature missing or malformed" };
  }
  return undefined;
}

function signatureMatches(secret: string, req: Request, body: Buffer): boolean {
  const ts = header(req, "x-slack-request-timestamp") ?? "";
  const given = Buffer.from((header(req, "x-slack-signature") ?? "").slice(3), "hex");
  const hmac = createHmac("sha256", secret);
  hmac.update(`v0:${ts}:`);
  hmac.update(body);
  const expected = hmac.digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Reads the body while counting: stops at the cap instead of buffering a huge body first. */
function readCapped(req: Request, maxBytes: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | "too-large" | "aborted") => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("aborted", onError);
      if (result === "too-large") req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish("too-large");
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = () => finish("aborted");
    req.on("data", onData).on("end", onEnd).on("error", onError).on("aborted", onError);
  });
}

const SSL_CHECK_MAX_BYTES = 1024;

/** A small unsigned form post whose only meaning is `ssl_check=1` (the token is deprecated and ignored). */
async function isSslCheck(req: Request): Promise<boolean> {
  const length = Number(req.headers["content-length"]);
  if (!req.is("application/x-www-form-urlencoded") || !(length <= SSL_CHECK_MAX_BYTES)) return false;
  const body = await readCapped(req, SSL_CHECK_MAX_BYTES);
  if (!Buffer.isBuffer(body)) return false;
  const form = new URLSearchParams(body.toString("utf8"));
  return form.get("ssl_check") === "1" && !form.has("command") && !form.has("payload");
}

function header(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
