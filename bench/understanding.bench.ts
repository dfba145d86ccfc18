/**
 * Understanding: the corpus of realistic questions (test/fixtures/understanding-corpus.tsv) parsed
 * against the two maps it was written for, the demo and the fictional second region. Reports
 * top-1 accuracy, any-hit accuracy and confident wrong answers (targets: top-1 >= 90%, none
 * confidently wrong), plus parsing speed on these longer situation questions.
 */
import { readFileSync } from "node:fs";
import { sourceFromSocialMap } from "../src/language/demo-lexicon.test-support.js";
import { buildLexicon, type Lexicon, parseText } from "../src/language/index.js";

export interface CorpusItem {
  map: string;
  /** Each need is a set of acceptable topic ids. */
  needs: Set<string>[];
  text: string;
}

export type Outcome = "right" | "asked" | "not-understood" | "confident-wrong";

export interface UnderstandingResult {
  questions: number;
  top1: number;
  anyHit: number;
  allNeeds: number;
  asked: number;
  notUnderstood: number;
  confidentWrong: number;
  /** Answers that named a topic no need asked for, beside a right one. */
  extraTopics: number;
  top1Percent: number;
  anyHitPercent: number;
  lexiconBuildMs: number;
  /** Per CPU-second of this process. */
  questionsPerSecond: number;
  failures: { text: string; map: string; outcome: Outcome; answered: string[]; choices: string[] }[];
}

const MAPS: Record<string, string> = {
  demo: "../prisma/demo-social-map.json",
  zuidwaard: "../test/fixtures/zuidwaard-social-map.json",
};

export function readCorpus(file = "understanding-corpus.tsv"): CorpusItem[] {
  const text = readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [map, needs, question] = line.split("\t");
      if (!map || !needs || !question) throw new Error(`bad corpus line: ${line}`);
      return { map, needs: needs.split("+").map((n) => new Set(n.split("|"))), text: question };
    });
}

export function mapLexicon(map: string): Lexicon {
  const file = MAPS[map];
  if (!file) throw new Error(`unknown map ${map}`);
  return buildLexicon(sourceFromSocialMap(JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"))));
}

/** The corpus by default; "understanding-holdout.tsv" is the held-out set, written after tuning. */
export function benchUnderstanding(seconds = 1, file?: string): UnderstandingResult {
  const corpus = readCorpus(file);
  const t0 = performance.now();
  const lexicons = new Map(Object.keys(MAPS).map((m) => [m, mapLexicon(m)]));
  const lexiconBuildMs = (performance.now() - t0) / lexicons.size;
  const r: UnderstandingResult = {
    questions: corpus.length,
    top1: 0,
    anyHit: 0,
    allNeeds: 0,
    asked: 0,
    notUnderstood: 0,
    confidentWrong: 0,
    extraTopics: 0,
    top1Percent: 0,
    anyHitPercent: 0,
    lexiconBuildMs: Math.round(lexiconBuildMs),
    questionsPerSecond: 0,
    failures: [],
  };
  for (const item of corpus) {
    const command = parseText(item.text, lexicons.get(item.map)!);
    const answered = command.kind === "lookup" ? command.topics.map((t) => t.id) : [];
    const choices = command.kind === "lookup" ? command.topicChoices : [];
    const fits = (id: string) => item.needs.some((n) => n.has(id));
    const outcome: Outcome =
      answered.length > 0
        ? fits(answered[0]!)
          ? "right"
          : "confident-wrong"
        : choices.length > 0
          ? "asked"
          : "not-understood";
    if (outcome === "right") r.top1 += 1;
    if ([...answered, ...choices].some(fits)) r.anyHit += 1;
    if (item.needs.every((n) => answered.some((id) => n.has(id)))) r.allNeeds += 1;
    if (outcome === "asked") r.asked += 1;
    if (outcome === "not-understood") r.notUnderstood += 1;
    if (outcome === "confident-wrong") r.confidentWrong += 1;
    if (outcome === "right" && answered.some((id) => !fits(id))) r.extraTopics += 1;
    if (outcome !== "right") r.failures.push({ text: item.text, map: item.map, outcome, answered, choices });
  }
  r.top1Percent = Math.round((r.top1 / r.questions) * 1000) / 10;
  r.anyHitPercent = Math.round((r.anyHit / r.questions) * 1000) / 10;
  // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
  let parsed = 0;
  const cpuStart = process.cpuUsage();
  let cpuMicros = 0;
  while (cpuMicros < seconds * 1e6) {
    for (const item of corpus) parseText(item.text, lexicons.get(item.map)!);
    parsed += corpus.length;
    const used = process.cpuUsage(cpuStart);
    cpuMicros = used.user + used.system;
  }
  r.questionsPerSecond = parsed === 0 ? 0 : Math.round(parsed / (cpuMicros / 1e6));
  return r;
}

if (process.argv[1]?.endsWith("understanding.bench.ts")) {
  const r = benchUnderstanding(Number(process.argv[2] ?? 1), process.argv[3]);
  const { failures, ...figures } = r;
  console.log(figures);
  for (const f of failures)
    console.log(`${f.outcome}\t${f.map}\t${f.text}\t${f.answered.join(",")}\t${f.choices.join(",")}`);
}
