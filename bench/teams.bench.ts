/**
 * Lookup through a Teams activity: a personal-chat message POSTed to `/api/messages` (Teams in
 * local development mode: no token), answered by a reply the bot POSTs to the activity's
 * `serviceUrl` (the local capture server). Measured from when the request was due: until the
 * reply reaches the connector ("answer"), and until `/api/messages` answers ("turn").
 */
import type { Question } from "./corpus.js";
import { type CaptureServer, request } from "./http-client.js";
import { type OpenLoopReport, openLoop, type ShotResult } from "./open-loop.js";

const CONVERSATION = /\/v3\/conversations\/(bench-\d+-\d+)\/activities/;

export class TeamsWaiters {
  private readonly waiting = new Map<string, () => void>();
  private run = 0;

  constructor(readonly capture: CaptureServer) {
    const previous = capture.onRequest;
    capture.onRequest = (path, body) => {
      const id = decodeURIComponent(path).match(CONVERSATION)?.[1];
      const resolve = id ? this.waiting.get(id) : undefined;
      if (!id || !resolve) return previous(path, body);
      // Typing indicators and the like come first on some paths; the answer is a message.
      if ((JSON.parse(body || "{}") as { type?: string }).type !== "message") return { id: "typing" };
      this.waiting.delete(id);
      resolve();
      return { id: `reply-${id}` };
    };
  }

  nextRun(): number {
    this.run += 1;
    return this.run;
  }

  expect(conversationId: string): Promise<number> {
    return new Promise((resolve) => this.waiting.set(conversationId, () => resolve(performance.now())));
  }
}

function activity(q: Question, conversationId: string, serviceUrl: string, i: number) {
  return {
    type: "message",
    id: `bench-activity-${i}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: "nl-NL",
    text: q.text,
    textFormat: "plain",
    from: { id: q.teamsUserId, name: "Bench" },
    recipient: { id: "28:wijkbot", name: "Wijkbot" },
    conversation: { id: conversationId, conversationType: "personal", tenantId: "tenant-bench" },
    channelData: { tenant: { id: "tenant-bench" } },
  };
}

async function askTeams(url: string, waiters: TeamsWaiters, run: number, q: Question, i: number) {
  const conversationId = `bench-${run}-${i}`;
  const answered = waiters.expect(conversationId);
  const body = JSON.stringify(activity(q, conversationId, waiters.capture.url, i));
  const reply = await request(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: reply.status, turnAt: performance.now(), answered };
}

export async function benchTeams(
  url: string,
  waiters: TeamsWaiters,
  questions: Question[],
  load: { rate: number; seconds: number },
): Promise<OpenLoopReport> {
  const run = waiters.nextRun();
  return openLoop({
    ...load,
    async fire(i, due): Promise<ShotResult> {
      const shot = await askTeams(url, waiters, run, questions[i % questions.length]!, i);
      if (shot.status >= 300) return { ok: false, error: `HTTP ${shot.status}` };
      const answerAt = await shot.answered;
      return { ok: true, marks: { answer: answerAt - due, turn: shot.turnAt - due } };
    },
  });
}

export async function warmTeams(
  url: string,
  waiters: TeamsWaiters,
  questions: Question[],
  count = 60,
): Promise<void> {
  const run = waiters.nextRun();
  for (let i = 0; i < count; i++) {
    const shot = await askTeams(url, waiters, run, questions[i % questions.length]!, i);
    if (shot.status >= 300) throw new Error(`Teams activity got HTTP ${shot.status}`);
    await shot.answered;
  }
}
