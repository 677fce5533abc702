/**
 * The bounds of the content layers (DESIGN.md, "Content layers").
 *
 * Depth: an embedded JSON document or a decoded span is one layer deeper than the text that holds it. Past
 * MAX_LAYER_DEPTH nothing is decoded or parsed any more; what still looks encoded there (or JSON with a
 * sensitive key) is withheld whole (`[REDACTED:max-depth]`), never passed unchecked.
 *
 * Work: every public call gets a budget of WORK_PER_CHAR characters per character of its input plus
 * WORK_BASE. Each decoded span and each embedded document parsed below the top spends its length. A span the
 * budget cannot pay for is withheld whole (`[REDACTED:max-size]`): no input costs more than a constant factor
 * over its size, and none passes unread.
 */
export const MAX_LAYER_DEPTH = 4;
export const WORK_PER_CHAR = 8;
export const WORK_BASE = 64 * 1024;
/** A string longer than this is not parsed as embedded JSON (its text is still scanned, and decoded). */
export const MAX_EMBEDDED_JSON = 1024 * 1024;

export class WorkBudget {
  #remaining = 0;

  /** Called once per public call, before its input is looked at. */
  reset(): void {
    this.#remaining = WORK_BASE;
  }

  /** A top-level text of `length` characters: adds what it may cost. */
  grant(length: number): void {
    this.#remaining += WORK_PER_CHAR * length;
  }

  /** Spends `length`; false (nothing spent) when the budget cannot pay. */
  spend(length: number): boolean {
    if (length > this.#remaining) return false;
    this.#remaining -= length;
    return true;
  }
}

/** First non-blank character `{` or `[`: serialized messages, tool arguments, request bodies. */
export function looksLikeJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 123 || code === 91) return true;
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return false;
}
