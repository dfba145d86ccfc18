import { describe, expect, it } from "vitest";
import { lookupQuestions, mixedCorpus } from "../../../bench/corpus.js";
import { emitCases, emitDirectory, generateDirectory } from "../../../bench/generate.js";
import { lexiconSource } from "../../../bench/parse.bench.js";
import type { CopyValue, RowSink, TableName } from "../../../bench/tables.js";
import { TABLES } from "../../../bench/tables.js";
import { buildLexicon, parseText } from "../../../src/language/index.js";

const NOW = new Date("2026-11-23T09:30:00Z");
const small = () => generateDirectory({ seed: 42, scale: 0.02, now: NOW });

function collect(run: (sink: RowSink) => Generator<void>): Map<TableName, CopyValue[][]> {
  const rows = new Map<TableName, CopyValue[][]>();
  const sink: RowSink = {
    row(table, values) {
      if (!rows.has(table)) rows.set(table, []);
      rows.get(table)!.push(values);
    },
  };
  for (const _ of run(sink));
  return rows;
}

describe("synthetic dataset", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = collect((sink) => emitDirectory(small(), sink));
    const b = collect((sink) => emitDirectory(small(), sink));
    const c = collect((sink) => emitDirectory(generateDirectory({ seed: 43, scale: 0.02, now: NOW }), sink));
    expect(JSON.stringify([...a])).toBe(JSON.stringify([...b]));
    expect(JSON.stringify([...a])).not.toBe(JSON.stringify([...c]));
  });

  it("scales to about the national counts per wijk", () => {
    const dir = small();
    expect(dir.wijken).toHaveLength(60);
    expect(dir.services.length).toBeGreaterThan(150);
    expect(dir.professionals.length).toBeGreaterThan(1_900);
    expect(dir.topics.length).toBeGreaterThan(17);
  });

  it("keeps services and professionals within their municipality and the documented spread", () => {
    const dir = small();
    for (const s of dir.services) {
      const m = dir.organisations[s.org]!.municipality;
      expect(s.topics.length).toBeGreaterThanOrEqual(1);
      expect(s.topics.length).toBeLessThanOrEqual(7);
      expect(s.wijken.length).toBeGreaterThanOrEqual(1);
      expect(s.wijken.length).toBeLessThanOrEqual(15);
      expect(s.wijken.every((w) => dir.wijken[w]!.municipality === m)).toBe(true);
    }
    for (const p of dir.professionals) {
      expect(p.wijken.length).toBeLessThanOrEqual(6);
      if (p.absent?.deputy != null) {
        expect(dir.professionals[p.absent.deputy]!.org).toBe(p.org);
        expect(dir.professionals[p.absent.deputy]!.absent).toBeNull();
      }
    }
  });

  it("writes rows with as many values as the table has columns, and valid case codes", () => {
    const dir = small();
    const counts = { cases: 0, open: 0, handovers: 0, consults: 0 };
    const rows = collect(function* (sink) {
      yield* emitDirectory(dir, sink);
      yield* emitCases(dir, sink, counts);
    });
    const misfits = [...rows].filter(([table, list]) => list.some((v) => v.length !== TABLES[table].length));
    expect(misfits.map(([table]) => table)).toEqual([]);
    const codes = rows.get("Case")!.map((r) => r[1] as string);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[A-Z]{2,6}-\d{3,6}$/.test(c))).toBe(true);
    expect(counts.open).toBeGreaterThan(19_000);
    const states = new Set(rows.get("Handover")!.map((r) => r[6]));
    expect([...states].sort()).toEqual([
      "accepted",
      "cancelled",
      "completed",
      "contacted",
      "declined",
      "forwarded",
      "requested",
      "withdrawn",
    ]);
    const coordinators = dir.professionals.filter((p) => p.coordinator || p.networkMunicipality);
    expect(rows.get("DigestSubscription")).toHaveLength(coordinators.length);
  });
});

describe("question corpora", () => {
  it("builds lookups the parser reads as lookups, asked by someone with a Slack account", () => {
    const dir = small();
    const lexicon = buildLexicon(lexiconSource(dir));
    const questions = lookupQuestions(dir, 200);
    const lookups = questions.filter((q) => parseText(q.text, lexicon).kind === "lookup");
    expect(lookups.length).toBeGreaterThan(190);
    expect(questions.every((q) => q.slackUserId !== null)).toBe(true);
  });

  it("mixes at least 200 phrasings of several kinds in Dutch and English", () => {
    const dir = small();
    const lexicon = buildLexicon(lexiconSource(dir));
    const corpus = mixedCorpus(dir, 240);
    expect(new Set(corpus).size).toBeGreaterThanOrEqual(200);
    const kinds = new Set(corpus.map((t) => parseText(t, lexicon).kind));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    const langs = new Set(corpus.map((t) => parseText(t, lexicon).lang));
    expect(langs).toEqual(new Set(["nl", "en"]));
  });
});
