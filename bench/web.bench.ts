/** Lookup through the web channel's JSON API (`POST /api/chat/text`), the path the web page uses. */
import type { Question } from "./corpus.js";
import { request } from "./http-client.js";
import { type OpenLoopReport, openLoop, type ShotResult } from "./open-loop.js";

export async function askWeb(baseUrl: string, q: Question): Promise<{ status: number; body: string }> {
  return request(`${baseUrl}/api/chat/text`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ as: q.askerId, text: q.text }),
  });
}

export async function benchWeb(
  baseUrl: string,
  questions: Question[],
  load: { rate: number; seconds: number },
): Promise<OpenLoopReport> {
  return openLoop({
    ...load,
    async fire(i, due): Promise<ShotResult> {
      const reply = await askWeb(baseUrl, questions[i % questions.length]!);
      if (reply.status !== 200 || !reply.body.includes('"messages"')) {
        return { ok: false, error: `HTTP ${reply.status}: ${reply.body.slice(0, 120)}` };
      }
      return { ok: true, marks: { answer: performance.now() - due } };
    },
  });
}

/** Warm-up: the first lookups build the vocabulary and JIT-compile the path; not measured. */
export async function warmWeb(baseUrl: string, questions: Question[], count = 60): Promise<number> {
  const started = performance.now();
  const first = await askWeb(baseUrl, questions[0]!);
  const firstMs = performance.now() - started;
  if (first.status !== 200)
    throw new Error(`web lookup failed: HTTP ${first.status} ${first.body.slice(0, 200)}`);
  for (let i = 1; i < count; i++) await askWeb(baseUrl, questions[i % questions.length]!);
  return firstMs;
}
