/**
 * Lookup through the real Slack HTTP path: a signed `/wijk` slash command POSTed to
 * `/slack/events`. Bolt acks with an empty 200 and the answer follows by POST to the command's
 * `response_url`, here a local capture server; both moments are measured, from when the request
 * was due. The same load goes to a bare Bolt app that answers a constant the same way.
 */
import { createHmac } from "node:crypto";
import type { Question } from "./corpus.js";
import { type CaptureServer, request } from "./http-client.js";
import { type OpenLoopReport, openLoop, type ShotResult } from "./open-loop.js";

export const SLACK_TEAM = "T0BENCH";

export function slashCommandBody(q: Question, responseUrl: string, i: number): string {
  return new URLSearchParams({
    token: "unused-verification-token",
    team_id: SLACK_TEAM,
    team_domain: "bench",
    channel_id: "C0BENCH",
    channel_name: "wijkteam",
    user_id: q.slackUserId ?? "U0UNKNOWN",
    user_name: "bench",
    command: "/wijk",
    text: q.text,
    api_app_id: "A0BENCH",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `${i}.bench.trigger`,
  }).toString();
}

export function signedHeaders(secret: string, body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": ts,
    "x-slack-signature": signature,
  };
}

/** Routes response_url posts (path /respond/<run>/<i>) to the request that is waiting for them. */
export class ResponseWaiters {
  private readonly waiting = new Map<string, (body: string) => void>();
  private run = 0;

  constructor(private readonly capture: CaptureServer) {
    const previous = capture.onRequest;
    capture.onRequest = (path, body) => {
      const resolve = this.waiting.get(path);
      if (!resolve) return previous(path, body);
      this.waiting.delete(path);
      resolve(body);
      return { ok: true };
    };
  }

  nextRun(): number {
    this.run += 1;
    return this.run;
  }

  expect(run: number, i: number): { url: string; answered: Promise<string> } {
    const path = `/respond/${run}/${i}`;
    const answered = new Promise<string>((resolve) => this.waiting.set(path, resolve));
    return { url: `${this.capture.url}${path}`, answered };
  }
}

export async function askSlack(
  target: { url: string; secret: string; waiters: ResponseWaiters; run: number },
  q: Question,
  i: number,
): Promise<{ ackStatus: number; ackAt: number; answerAt: Promise<number> }> {
  const expected = target.waiters.expect(target.run, i);
  const body = slashCommandBody(q, expected.url, i);
  const reply = await request(target.url, {
    method: "POST",
    headers: signedHeaders(target.secret, body),
    body,
  });
  return {
    ackStatus: reply.status,
    ackAt: performance.now(),
    answerAt: expected.answered.then(() => performance.now()),
  };
}

export async function benchSlack(
  target: { url: string; secret: string; waiters: ResponseWaiters },
  questions: Question[],
  load: { rate: number; seconds: number },
): Promise<OpenLoopReport> {
  const run = target.waiters.nextRun();
  return openLoop({
    ...load,
    async fire(i, due): Promise<ShotResult> {
      const shot = await askSlack({ ...target, run }, questions[i % questions.length]!, i);
      if (shot.ackStatus !== 200) return { ok: false, error: `ack HTTP ${shot.ackStatus}` };
      const ack = shot.ackAt - due;
      const answerAt = await Promise.race([shot.answerAt, giveUp(due)]);
      if (answerAt === null) return { ok: false, error: "acked, no answer within 10000 ms", marks: { ack } };
      return { ok: true, marks: { ack, answer: answerAt - due } };
    },
  });
}

/** Resolves null when the request's 10 s (the open loop's own limit, a little earlier) are up. */
function giveUp(due: number): Promise<null> {
  return new Promise((resolve) =>
    setTimeout(() => resolve(null), Math.max(0, due + 9_900 - performance.now())),
  );
}

export async function warmSlack(
  target: { url: string; secret: string; waiters: ResponseWaiters },
  questions: Question[],
  count = 60,
): Promise<number> {
  const run = target.waiters.nextRun();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const shot = await askSlack({ ...target, run }, questions[i % questions.length]!, i);
    if (shot.ackStatus !== 200) throw new Error(`Slack slash command got HTTP ${shot.ackStatus}`);
    await shot.answerAt;
  }
  return (performance.now() - started) / count;
}
