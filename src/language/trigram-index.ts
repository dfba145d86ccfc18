import { distance } from "fastest-levenshtein";

/**
 * Finds indexed keys near a query key without comparing it against every key: keys are posted
 * under their trigrams, and only keys sharing enough trigrams with the query get a full
 * Levenshtein distance. One edit touches at most three trigrams, so a key within distance d of
 * the query shares at least (trigrams - 3d) of them; that bound prunes without losing matches.
 */
export interface NearKey {
  key: string;
  slot: number;
  distance: number;
}

export class TrigramIndex {
  private readonly keys: string[] = [];
  private readonly postings = new Map<string, number[]>();
  private counts = new Int32Array(0);
  /** Full distance computations so far: lets tests check the pruning without timing anything. */
  distanceCalls = 0;

  /** Adds a key; returns its slot, the number callers use to find what the key stands for. */
  add(key: string): number {
    const slot = this.keys.length;
    this.keys.push(key);
    for (const gram of trigrams(key)) {
      const list = this.postings.get(gram);
      if (list) list.push(slot);
      else this.postings.set(gram, [slot]);
    }
    return slot;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Keys within maxDistance edits of the query, nearest first. */
  within(query: string, maxDistance: number): NearKey[] {
    const grams = trigrams(query);
    const minShared = Math.max(1, grams.size - 3 * maxDistance);
    const out: NearKey[] = [];
    for (const slot of this.candidates(grams, minShared)) {
      const key = this.keys[slot]!;
      if (Math.abs(key.length - query.length) > maxDistance) continue;
      this.distanceCalls += 1;
      const d = distance(query, key);
      if (d <= maxDistance) out.push({ key, slot, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance || a.slot - b.slot);
  }

  /**
   * Loose neighbours for "did you mean": any key sharing a trigram, scored by edit similarity,
   * with a bonus for a shared start because Dutch compounds ("schuldsanering") keep their head.
   */
  similar(query: string, minScore: number): { slot: number; score: number }[] {
    const out: { slot: number; score: number }[] = [];
    for (const slot of this.candidates(trigrams(query), 1)) {
      const key = this.keys[slot]!;
      this.distanceCalls += 1;
      const editScore = 1 - distance(query, key) / Math.max(query.length, key.length);
      const prefixScore = commonPrefix(query, key) >= 5 ? 0.6 : 0;
      const score = Math.max(editScore, prefixScore);
      if (score >= minScore) out.push({ slot, score });
    }
    return out.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }

  private candidates(grams: Set<string>, minShared: number): number[] {
    if (this.counts.length < this.keys.length) this.counts = new Int32Array(this.keys.length);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const slot of this.postings.get(gram) ?? []) {
        if (counts[slot] === 0) touched.push(slot);
        counts[slot]! += 1;
      }
    }
    const hits = touched.filter((slot) => counts[slot]! >= minShared);
    for (const slot of touched) counts[slot] = 0;
    return hits;
  }
}

function trigrams(key: string): Set<string> {
  const padded = `^${key}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
