/**
 * Keeps the parsing vocabulary (built from the directory's wijken and topics) in memory and
 * rebuilds it when an import bumps the directory revision, checked at most every few seconds so
 * that a lookup costs no extra query and every replica catches up after an import elsewhere.
 */
import type { LexiconSourcePort } from "../core/shared/lexicon-source.port.js";
import { buildLexicon, type Lexicon } from "../language/index.js";

const CHECK_EVERY_MS = 5_000;

export class LexiconProvider {
  private current: { lexicon: Lexicon; revision: number } | undefined;
  private checkedAt = 0;

  constructor(private readonly source: LexiconSourcePort) {}

  async get(): Promise<Lexicon> {
    // Wall time, not the injectable Clock: a fixed demo clock (WIJKBOT_NOW) must not freeze it.
    const now = Date.now();
    if (this.current && now - this.checkedAt < CHECK_EVERY_MS) return this.current.lexicon;
    this.checkedAt = now;
    const revision = await this.source.revision();
    if (!this.current || revision !== this.current.revision) {
      this.current = { lexicon: buildLexicon(await this.source.load()), revision };
    }
    return this.current.lexicon;
  }

  /** Forget the cache (after an import in this process). */
  invalidate(): void {
    this.checkedAt = 0;
  }
}
