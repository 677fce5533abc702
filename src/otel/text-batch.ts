import type { Redactor } from '../redactor.js';

/**
 * Scans all the short strings of one span (name, attribute values, event names...) as a single text.
 *
 * Each scan call has a fixed cost (a UTF-8 conversion and an RE2 call, about 1.5 µs), which for a span of 20
 * short attributes is 20 times what the text itself costs; one call over the strings joined by line breaks
 * costs about as much as one. A span in which the joined scan finds nothing is clean. Joining cannot hide a
 * finding: every detector must find its secret between neighbouring lines (the detector harness checks each
 * sample inside an `env dump`, one value per line), and known secrets match anywhere. Strings the scan flags
 * are then scrubbed one by one, so an artefact of the joining (a match across a line break) costs time, never
 * correctness: such a finding marks every string, and each is scrubbed on its own.
 */
export class TextBatch {
  readonly #texts: string[] = [];
  /** Offset of each text in the joined string. */
  readonly #starts: number[] = [];
  #length = 0;

  get size(): number {
    return this.#texts.length;
  }

  /** Adds a text and returns its index. */
  add(text: string): number {
    const index = this.#texts.length;
    this.#texts.push(text);
    this.#starts.push(this.#length);
    this.#length += text.length + 1;
    return index;
  }

  /** Flags per text (1: scrub it on its own), or `null` when the scan found nothing at all. */
  scan(redactor: Redactor): Uint8Array | null {
    const count = this.#texts.length;
    if (count === 0) return null;
    const findings = redactor.scan(count === 1 ? this.#texts[0]! : this.#texts.join('\n'));
    if (findings.length === 0) return null;
    const dirty = new Uint8Array(count);
    let index = 0;
    for (const finding of findings) {
      // Findings come sorted by offset, so the text index only moves forward.
      while (index + 1 < count && this.#starts[index + 1]! <= finding.start) index++;
      const last = this.#indexOf(finding.end - 1, index);
      if (last !== index) return dirty.fill(1);
      dirty[index] = 1;
    }
    return dirty;
  }

  #indexOf(offset: number, from: number): number {
    let index = from;
    while (index + 1 < this.#texts.length && this.#starts[index + 1]! <= offset) index++;
    return index;
  }
}
