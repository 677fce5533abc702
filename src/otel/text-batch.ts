import type { Redactor } from '../redactor.js';

/**
 * The short strings of one span (name, attribute values, event names...) in the order they were collected,
 * handed to the engine's batched scan (`Redactor.flagTexts`, engine/text-batch.ts) in one call.
 */
export class TextBatch {
  readonly #texts: string[] = [];

  get size(): number {
    return this.#texts.length;
  }

  /** Adds a text and returns its index. */
  add(text: string): number {
    this.#texts.push(text);
    return this.#texts.length - 1;
  }

  /** Flags per text (1: scrub it on its own), or `null` when none needs it. */
  scan(redactor: Redactor): Uint8Array | null {
    return redactor.flagTexts(this.#texts);
  }
}
