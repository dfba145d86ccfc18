/** Turns the results into the printed table and the list of targets with their verdicts. */
import type { ChannelRun } from "./lookup.bench.js";
import { latencyText, type Row, type Target } from "./report.js";
import type { Results } from "./run.js";

const TARGETS = { lookupP99Ms: 50, ratio: 2, digestSeconds: 60, digestMb: 1024, startMs: 3_000 } as const;

function channelRows(name: string, run: ChannelRun | undefined): Row[] {
  if (!run) return [];
  const rows: Row[] = [];
  for (const [mark, s] of Object.entries(run.latency)) {
    rows.push({
      section: `lookup ${name}`,
      figure: `${mark} (${run.rate}/s, ${run.seconds} s)`,
      value: latencyText(s),
    });
  }
  rows.push({
    section: `lookup ${name}`,
    figure: "unanswered · late sends · load avg",
    value: `${run.errors} of ${run.sent} · ${run.lateSends} · ${run.loadAverageBefore}`,
  });
  return rows;
}

export function rowsOf(r: Results): Row[] {
  const rows: Row[] = [
    {
      section: "machine",
      figure: "cpus · memory · node",
      value: `${r.machine.cpus} · ${r.machine.memoryGb} GB · ${r.node}`,
    },
  ];
  if (r.dataset) {
    const c = r.dataset.counts;
    rows.push(
      {
        section: "dataset",
        figure: "wijken · services · professionals",
        value: `${c.wijken} · ${c.services} · ${c.professionals}`,
      },
      {
        section: "dataset",
        figure: "open cases · handovers · consults",
        value: `${c.open} · ${c.handovers} · ${c.consults}`,
      },
      {
        section: "dataset",
        figure: "generate · load (s)",
        value: `${r.dataset.generateSeconds} · ${r.dataset.load.seconds.toFixed(1)}`,
      },
    );
  }
  if (r.parse) {
    rows.push(
      {
        section: "parse",
        figure: `commands/s (${r.parse.phrasings} phrasings)`,
        value: `${r.parse.commandsPerSecond} (${r.parse.meanMicroseconds} µs each)`,
      },
      {
        section: "parse",
        figure: "lexicon build",
        value: `${r.parse.lexiconBuildMs} ms, ${r.parse.lexiconTerms} terms`,
      },
    );
  }
  if (r.understanding) {
    const u = r.understanding;
    rows.push(
      {
        section: "understanding",
        figure: `top-1 · any hit (${u.questions} questions, 2 maps)`,
        value: `${u.top1Percent}% · ${u.anyHitPercent}%`,
      },
      {
        section: "understanding",
        figure: "confident wrong · asked · not understood",
        value: `${u.confidentWrong} · ${u.asked} · ${u.notUnderstood}`,
      },
      ...(r.understandingHeldOut
        ? [
            {
              section: "understanding",
              figure: `held out (${r.understandingHeldOut.questions}): top-1 · confident wrong`,
              value: `${r.understandingHeldOut.top1Percent}% · ${r.understandingHeldOut.confidentWrong}`,
            },
          ]
        : []),
      {
        section: "understanding",
        figure: "situation questions per CPU-s · first lexicon build",
        value: `${u.questionsPerSecond} · ${u.lexiconBuildMs} ms`,
      },
    );
  }
  if (r.start) {
    rows.push(
      {
        section: "start",
        figure: "cold start to /readyz",
        value: `${r.start.medianMs} ms median of ${r.start.runsMs.join(", ")}`,
      },
      {
        section: "start",
        figure: "first lookup · idle RSS",
        value: `${r.start.firstLookupMs} ms · ${r.start.idleRssMb} MB`,
      },
    );
  }
  const l = r.lookup;
  if (l) {
    rows.push(...channelRows("web", l.web));
    if (l.webCapacity) {
      rows.push({
        section: "lookup web",
        figure: `capacity (${l.webCapacity.concurrency} clients, closed loop)`,
        value: `${l.webCapacity.requestsPerSecond} req/s, ${l.webCapacity.errors} errors`,
      });
    }
    rows.push(...channelRows("slack", l.slack), ...channelRows("bare bolt", l.bareBolt));
    rows.push(...channelRows("slack", l.slackLowRate), ...channelRows("bare bolt", l.bareBoltLowRate));
    rows.push(...channelRows("teams", l.teams));
    if (l.slack && l.bareBolt) {
      const text = (r: typeof l.ratio) => (r ? `${r.ack} · ${r.answer} · ${r.answerP50}` : undefined);
      const ratio = text(l.ratio) ?? "not comparable: over 1% unanswered";
      rows.push({
        section: "lookup",
        figure: `ours/bare at ${l.slack.rate}/s (ack p99 · answer p99 · answer p50)`,
        value: ratio,
      });
      const low = text(l.ratioLowRate) ?? "not comparable";
      const lowRate = l.slackLowRate?.rate ?? "low";
      rows.push({
        section: "lookup",
        figure: `ours/bare at ${lowRate}/s (ack p99 · answer p99 · answer p50)`,
        value: low,
      });
    }
    const peak = Math.max(l.web?.peakRssMb ?? 0, l.slack?.peakRssMb ?? 0, l.teams?.peakRssMb ?? 0);
    rows.push({
      section: "memory",
      figure: "server RSS idle · peak under load",
      value: `${l.idleRssMb} MB · ${peak} MB`,
    });
  }
  if (r.digest) {
    const d = r.digest;
    rows.push(
      {
        section: "digest",
        figure: "recipients · queued · quiet · failed",
        value: `${d.subscriptions} · ${d.queued} · ${d.quiet} · ${d.failed}`,
      },
      {
        section: "digest",
        figure: "total time · peak RSS",
        value: `${d.seconds} s · ${d.peakRssMb} MB (baseline ${d.baselineRssMb} MB)`,
      },
    );
  }
  for (const s of r.scaling ?? []) {
    rows.push({
      section: "scaling",
      figure: `${Math.round(s.fraction * 100)}% (${s.wijken} wijken, ${s.services} services, ${s.professionals} people)`,
      value: `one at a time p50 ${s.serial.p50} ms · p99 ${s.serial.p99} ms · capacity ${s.requestsPerSecond} req/s`,
    });
  }
  for (const s of r.skipped) rows.push({ section: "skipped", figure: "", value: s });
  rows.push({ section: "total", figure: "run time", value: `${r.totalSeconds} s` });
  return rows;
}

export function targetsOf(r: Results): Target[] {
  const slackP99 = r.lookup?.slack?.latency.answer?.p99;
  const webP99 = r.lookup?.web?.latency.answer?.p99;
  const start = r.start?.medianMs;
  return [
    target(
      "lookup p99 via Slack at 200/s",
      `< ${TARGETS.lookupP99Ms} ms`,
      slackP99,
      TARGETS.lookupP99Ms,
      "ms",
    ),
    target(
      "lookup p99 via web API at 200/s",
      `< ${TARGETS.lookupP99Ms} ms`,
      webP99,
      TARGETS.lookupP99Ms,
      "ms",
    ),
    target(
      "ours/bare Bolt p99 (answer) at 200/s",
      `< ${TARGETS.ratio}`,
      r.lookup?.ratio?.answer,
      TARGETS.ratio,
      "",
    ),
    target(
      `ours/bare Bolt p99 (answer) at ${r.lookup?.slackLowRate?.rate ?? "low"}/s`,
      `< ${TARGETS.ratio}`,
      r.lookup?.ratioLowRate?.answer,
      TARGETS.ratio,
      "",
    ),
    target(
      "all weekly digests",
      `< ${TARGETS.digestSeconds} s`,
      r.digest?.seconds,
      TARGETS.digestSeconds,
      "s",
    ),
    target(
      "all weekly digests peak RSS",
      `< ${TARGETS.digestMb} MB`,
      r.digest?.peakRssMb,
      TARGETS.digestMb,
      "MB",
    ),
    target("cold start to ready", `< ${TARGETS.startMs} ms`, start, TARGETS.startMs, "ms"),
    target("confident wrong answers (understanding corpus)", "0", r.understanding?.confidentWrong, 1, ""),
    atLeast("top-1 on situation questions", 90, r.understanding?.top1Percent, "%"),
  ];
}

function atLeast(name: string, limit: number, value: number | undefined, unit: string): Target {
  const goal = `≥ ${limit}${unit}`;
  if (value === undefined) return { name, target: goal, value: "not measured", met: null };
  return { name, target: goal, value: `${value}${unit}`, met: value >= limit };
}

function target(name: string, goal: string, value: number | undefined, limit: number, unit: string): Target {
  if (value === undefined || Number.isNaN(value))
    return { name, target: goal, value: "not measured", met: null };
  return { name, target: goal, value: `${value}${unit ? ` ${unit}` : ""}`, met: value < limit };
}
