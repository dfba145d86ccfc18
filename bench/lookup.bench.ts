/**
 * The lookup benchmarks on one running Wijkbot process: the web JSON API, the Slack slash
 * command, then the bare Bolt baseline under the same load right after (so both see the same
 * machine), and Teams when its channel is mounted. Slack and bare Bolt run twice: at the target
 * rate, and at a low rate both can serve, so that a ratio exists even when ours cannot keep up
 * with the target. Resident memory of the server is sampled every 50 ms while it is under load;
 * between runs the benchmark waits until the server has worked off what the client gave up on.
 */
import path from "node:path";
import { quiesce } from "./capacity.js";
import type { Question } from "./corpus.js";
import { type CaptureServer, freePort, request } from "./http-client.js";
import type { OpenLoopReport } from "./open-loop.js";
import { loadNow } from "./report.js";
import { measurePoint } from "./scaling.bench.js";
import { sampler, startServer } from "./server-process.js";
import { benchSlack, ResponseWaiters, warmSlack } from "./slack.bench.js";
import { benchTeams, TeamsWaiters, warmTeams } from "./teams.bench.js";
import { benchWeb, warmWeb } from "./web.bench.js";
import { PROJECT_DIR, SLACK_SECRET, type WijkbotServer } from "./wijkbot-server.js";

export interface ChannelRun extends OpenLoopReport {
  loadAverageBefore: number;
  peakRssMb: number;
}

export interface LookupResults {
  idleRssMb: number;
  firstLookupMs: number;
  /** Closed-loop lookups per second through the web API (16 clients). */
  webCapacity?: { requestsPerSecond: number; errors: number; concurrency: number };
  /** Web lookups one at a time, and the capacity, for the 100% row of the scaling table. */
  webPoint?: Awaited<ReturnType<typeof measurePoint>>;
  web?: ChannelRun;
  slack?: ChannelRun;
  bareBolt?: ChannelRun;
  /** ours/bare p99 at the target rate; absent when either left over 1% unanswered. */
  ratio?: Ratio;
  slackLowRate?: ChannelRun;
  bareBoltLowRate?: ChannelRun;
  ratioLowRate?: Ratio;
  teams?: ChannelRun;
  skipped: string[];
}

type Load = { rate: number; seconds: number };
/** ours/bare: p99 of the ack and of the answer, and p50 of the answer (steadier on few samples). */
type Ratio = { ack: number; answer: number; answerP50: number };

async function measured(rssOf: () => number, run: () => Promise<OpenLoopReport>): Promise<ChannelRun> {
  const loadAverageBefore = loadNow();
  const rss = sampler(rssOf);
  const report = await run();
  return { ...report, loadAverageBefore, peakRssMb: rss.stop().peak };
}

export async function benchLookups(
  server: WijkbotServer,
  capture: CaptureServer,
  questions: Question[],
  load: Load & { lowRate: number },
): Promise<LookupResults> {
  const skipped: string[] = [];
  const settle = () => quiesce(server.servingPid);
  const firstLookupMs = await warmWeb(server.url, questions);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const results: LookupResults = { idleRssMb: server.rssMb(), firstLookupMs, skipped };
  const slack = await slackTargets(server, capture, questions);
  try {
    // The low rate first, while neither process has yet been through an overload.
    if (slack) {
      const low = { rate: load.lowRate, seconds: load.seconds };
      results.slackLowRate = await measured(server.rssMb, () => benchSlack(slack.ours, questions, low));
      results.bareBoltLowRate = await measured(slack.bareServer.rssMb, () =>
        benchSlack(slack.bare, questions, low),
      );
      results.ratioLowRate = ratioOf(results.slackLowRate, results.bareBoltLowRate);
    } else {
      skipped.push("slack: /slack/events is not mounted by createApp yet");
    }
    results.web = await measured(server.rssMb, () => benchWeb(server.url, questions, load));
    await settle();
    results.webPoint = await measurePoint(server.url, questions, Math.min(load.seconds, 5));
    results.webCapacity = {
      requestsPerSecond: results.webPoint.requestsPerSecond,
      errors: 0,
      concurrency: 16,
    };
    await settle();
    if (slack) {
      results.slack = await measured(server.rssMb, () => benchSlack(slack.ours, questions, load));
      await settle();
      results.bareBolt = await measured(slack.bareServer.rssMb, () =>
        benchSlack(slack.bare, questions, load),
      );
      await quiesce(slack.bareServer.servingPid);
      results.ratio = ratioOf(results.slack, results.bareBolt);
    }
  } finally {
    await slack?.bareServer.stop();
  }
  await benchTeamsIfMounted(server, capture, questions, load, results);
  return results;
}

/** Ours and the bare Bolt app (started here), both warmed up; undefined when Slack is not mounted. */
async function slackTargets(server: WijkbotServer, capture: CaptureServer, questions: Question[]) {
  const waiters = new ResponseWaiters(capture);
  const ours = { url: `${server.url}/slack/events`, secret: SLACK_SECRET, waiters };
  if (!(await mounted(ours.url))) return undefined;
  const bareServer = await startBareBolt(capture);
  const bare = { url: `${bareServer.url}/slack/events`, secret: SLACK_SECRET, waiters };
  await warmSlack(ours, questions);
  await warmSlack(bare, questions);
  return { ours, bare, bareServer };
}

async function benchTeamsIfMounted(
  server: WijkbotServer,
  capture: CaptureServer,
  questions: Question[],
  load: Load,
  results: LookupResults,
): Promise<void> {
  const url = `${server.url}/api/messages`;
  if (!(await mounted(url))) {
    results.skipped.push("teams: /api/messages is not mounted by createApp yet");
    return;
  }
  const teamsQuestions = questions.filter((q) => q.teamsUserId !== null);
  const waiters = new TeamsWaiters(capture);
  await warmTeams(url, waiters, teamsQuestions);
  results.teams = await measured(server.rssMb, () => benchTeams(url, waiters, teamsQuestions, load));
  await quiesce(server.servingPid);
}

/**
 * p99 of ours over p99 of the bare app, per milestone. Percentiles count answered requests
 * only, so with more than 1% unanswered on either side a ratio would flatter: none is given.
 */
function ratioOf(ours: ChannelRun | undefined, bare: ChannelRun | undefined): LookupResults["ratio"] {
  if (!ours || !bare) return undefined;
  const comparable = (r: ChannelRun) => r.errors <= r.sent * 0.01;
  if (!comparable(ours) || !comparable(bare)) return undefined;
  const ratio = (m: string, p: "p50" | "p99") =>
    Math.round((ours.latency[m]![p] / bare.latency[m]![p]) * 100) / 100;
  return { ack: ratio("ack", "p99"), answer: ratio("answer", "p99"), answerP50: ratio("answer", "p50") };
}

/** A route that is not mounted gets the 404 of the catch-all; a mounted one refuses our empty POST otherwise. */
async function mounted(url: string): Promise<boolean> {
  const reply = await request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return reply.status !== 404;
}

async function startBareBolt(capture: CaptureServer) {
  const port = await freePort();
  const script = path.join("bench", "bare-bolt.server.ts");
  const bare = await startServer({
    command: process.execPath,
    args: ["--import", "tsx", script, String(port), SLACK_SECRET, `${capture.url}/api/`],
    cwd: PROJECT_DIR,
    env: {},
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  return { ...bare, url: `http://127.0.0.1:${port}` };
}
