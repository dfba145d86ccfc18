import { normalizeWord } from "../normalize.js";

/**
 * A Hunspell dictionary (.aff + .dic) read backwards: is a word an ordinary word of the language,
 * and which dictionary root is it a form of ("zorgt" -> "zorg", "evicted" -> "evict")?
 *
 * Why not nspell, the kept Hunspell port: it expands every root into all its forms up front,
 * which for the Dutch OpenTaal dictionary takes about 2 s and 100 MB at every start. Undoing one
 * suffix or prefix rule at lookup time, as Hunspell itself does, needs only the 180,000 roots
 * (about 0.2 s, 30 MB) and answers the same for the forms we need: one affix, optionally one
 * prefix with it. Compounding rules are left to compound.ts.
 */
interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  crossProduct: boolean;
}

export class AffixDictionary {
  private readonly roots = new Map<string, string>();
  private readonly suffixes = new Map<string, AffixRule[]>();
  private readonly prefixes = new Map<string, AffixRule[]>();
  private maxSuffix = 0;
  private maxPrefix = 0;
  private readonly longFlags: boolean;

  constructor(aff: string, dic: string) {
    this.longFlags = /^FLAG\s+long/m.test(aff);
    this.readAffixes(aff);
    this.readRoots(dic);
  }

  get size(): number {
    return this.roots.size;
  }

  /** The word as a root, or the root one affix rule (and maybe a prefix) makes it from. */
  lemma(word: string): string | null {
    if (this.roots.has(word)) return word;
    return this.unSuffix(word, null) ?? this.unPrefix(word);
  }

  has(word: string): boolean {
    return this.lemma(word) !== null;
  }

  private unSuffix(word: string, prefixFlag: string | null): string | null {
    // Shortest suffix first: the longest root is the likeliest ("carers" is carer + s, not car).
    for (let len = 0; len <= Math.min(this.maxSuffix, word.length - 1); len++) {
      const rules = this.suffixes.get(word.slice(word.length - len));
      if (!rules) continue;
      for (const rule of rules) {
        const base = word.slice(0, word.length - len) + rule.strip;
        if (!rule.condition.test(base)) continue;
        const flags = this.roots.get(base);
        if (flags === undefined || !this.hasFlag(flags, rule.flag)) continue;
        if (prefixFlag !== null && (!rule.crossProduct || !this.hasFlag(flags, prefixFlag))) continue;
        return base;
      }
    }
    return null;
  }

  private unPrefix(word: string): string | null {
    for (let len = Math.min(this.maxPrefix, word.length - 1); len > 0; len--) {
      for (const rule of this.prefixes.get(word.slice(0, len)) ?? []) {
        const base = rule.strip + word.slice(len);
        if (!rule.condition.test(base)) continue;
        const flags = this.roots.get(base);
        if (flags !== undefined && this.hasFlag(flags, rule.flag)) return base;
        if (rule.crossProduct) {
          const root = this.unSuffix(base, rule.flag);
          if (root) return root;
        }
      }
    }
    return null;
  }

  private hasFlag(flags: string, flag: string): boolean {
    if (!this.longFlags) return flags.includes(flag);
    for (let i = 0; i + 1 < flags.length; i += 2)
      if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
    return false;
  }

  private readAffixes(aff: string): void {
    const crossProduct = new Map<string, boolean>();
    for (const line of aff.split("\n")) {
      const f = line.split(/\s+/);
      const kind = f[0];
      if ((kind !== "SFX" && kind !== "PFX") || f.length < 4) continue;
      const flag = f[1]!;
      if (f.length === 4 && /^\d+$/.test(f[3]!)) {
        crossProduct.set(`${kind}${flag}`, f[2] === "Y");
        continue;
      }
      const add = f[3] === "0" ? "" : normalizeAffix(f[3]!.split("/")[0]!);
      const strip = f[2] === "0" ? "" : normalizeAffix(f[2]!);
      const cond = normalizeAffix(f[4] ?? ".");
      const rule: AffixRule = {
        flag,
        strip,
        add,
        condition: new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`),
        crossProduct: crossProduct.get(`${kind}${flag}`) ?? false,
      };
      const table = kind === "SFX" ? this.suffixes : this.prefixes;
      table.set(add, [...(table.get(add) ?? []), rule]);
      if (kind === "SFX") this.maxSuffix = Math.max(this.maxSuffix, add.length);
      else this.maxPrefix = Math.max(this.maxPrefix, add.length);
    }
  }

  private readRoots(dic: string): void {
    // The first line is the entry count; the rest is "word/FLAGS" with optional data after a tab.
    let pos = dic.indexOf("\n") + 1;
    while (pos > 0 && pos < dic.length) {
      let end = dic.indexOf("\n", pos);
      if (end < 0) end = dic.length;
      const line = dic.slice(pos, end);
      pos = end + 1;
      const cut = line.indexOf("\t");
      const entry = cut < 0 ? line : line.slice(0, cut);
      const slash = entry.indexOf("/");
      const raw = slash < 0 ? entry : entry.slice(0, slash);
      // Most roots are plain lower-case letters; only the rest pay for full normalisation.
      const word = PLAIN.test(raw) ? raw : normalizeRoot(raw);
      if (word.length === 0 || word.includes(" ")) continue;
      const flags = slash < 0 ? "" : entry.slice(slash + 1);
      const known = this.roots.get(word);
      this.roots.set(word, known === undefined ? flags : known + flags);
    }
  }
}

const PLAIN = /^[a-z]+$/;

// Dutch spells the digraph "ij" as one character (U+0133) in the dictionary; messages never do.
function normalizeRoot(word: string): string {
  return normalizeWord(word.replaceAll("ĳ", "ij").replaceAll("Ĳ", "IJ"));
}

function normalizeAffix(text: string): string {
  return text
    .replaceAll("ĳ", "ij")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}
