import { TextBatch } from './text-batch.js';
import type { Redactor } from '../redactor.js';

/** What `collect` learned about one attribute map: its texts in the batch, and whether it needs more than that. */
export interface AttributePlan {
  /** Index of the map's first text in the batch; its texts are `first` to `end - 1`, in key order. */
  readonly first: number;
  readonly end: number;
  /** A sensitive key or a structured value: always rebuilt. */
  readonly special: boolean;
}

type AttributeMap = Readonly<Record<string, unknown>>;

/**
 * Scrubs attribute maps (span, event, link, resource and log record attributes) in two passes around one
 * joined scan: `collect` adds every plain string to the batch, `apply` rebuilds only a map that has a flagged
 * string or a value that always needs work. A map with nothing to do is returned as it came, so a clean span
 * is passed on without a copy.
 *
 * Per value: under a sensitive key, through `redactValue({ [key]: value })`, so the policy decides how the value
 * is replaced or removed; nested log values through `redactValue`; every string through the engine's batched
 * scan and, when flagged, `redactString`, which applies every content rule (URLs, embedded JSON such as
 * `gen_ai.input.messages`, encodings). No content rule lives here.
 */
export class AttributeScrubber {
  readonly #redactor: Redactor;

  constructor(redactor: Redactor) {
    this.#redactor = redactor;
  }

  collect(attributes: AttributeMap, batch: TextBatch): AttributePlan {
    const first = batch.size;
    let special = false;
    for (const key of Object.keys(attributes)) {
      const value = attributes[key];
      if (this.#redactor.keyDecidesValue(key)) {
        special = true;
      } else if (typeof value === 'string') {
        batch.add(value);
      } else if (isPrimitiveArray(value)) {
        for (const item of value) if (typeof item === 'string') batch.add(item);
      } else if (isStructured(value)) {
        special = true;
      }
    }
    return { first, end: batch.size, special };
  }

  /** Returns `attributes` itself when nothing changed, else a new map with the same key order. */
  apply<T extends AttributeMap>(attributes: T, plan: AttributePlan, dirty: Uint8Array | null): T {
    if (!plan.special && !anyDirty(dirty, plan)) return attributes;
    // The batch index of the next plain string, in the order `collect` added them. Local, not a field: a
    // custom redaction function called from here may scrub another map before this one is done.
    const cursor = { index: plan.first };
    const keys = Object.keys(attributes);
    // Copied lazily: most maps that need a look (a URL with a harmless query) come out unchanged.
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = attributes[key];
      if (this.#redactor.keyDecidesValue(key) || isStructured(value)) {
        const entry = { [key]: value };
        const redacted = this.#redactor.redactValue(entry);
        if (redacted === entry && out === undefined) continue;
        out ??= copyKeys(attributes, keys, i);
        Object.assign(out, redacted);
        continue;
      }
      let next: unknown = value;
      if (typeof value === 'string') next = this.#text(value, dirty, cursor);
      else if (isPrimitiveArray(value)) next = this.#array(value, dirty, cursor);
      if (next === value && out === undefined) continue;
      out ??= copyKeys(attributes, keys, i);
      out[key] = next;
    }
    return (out ?? attributes) as T;
  }

  /** One map on its own (a resource, a log attribute set later): collect, scan, apply. */
  scrub<T extends AttributeMap>(attributes: T): T {
    const batch = new TextBatch();
    const plan = this.collect(attributes, batch);
    return this.apply(attributes, plan, batch.scan(this.#redactor));
  }

  /** A text of the batch that is not an attribute value (span name, event name, status message). */
  text(value: string, index: number, dirty: Uint8Array | null): string {
    return dirty !== null && dirty[index] === 1 ? this.#redactor.redactString(value) : value;
  }

  #text(value: string, dirty: Uint8Array | null, cursor: { index: number }): string {
    const flagged = dirty !== null && dirty[cursor.index] === 1;
    cursor.index++;
    return flagged ? this.#redactor.redactString(value) : value;
  }

  #array(value: readonly unknown[], dirty: Uint8Array | null, cursor: { index: number }): readonly unknown[] {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = typeof item === 'string' ? this.#text(item, dirty, cursor) : item;
      if (next !== item && copy === undefined) copy = value.slice(0, i);
      copy?.push(next);
    }
    return copy ?? value;
  }
}

/** Span attribute arrays hold primitives only; anything else is a nested log value. */
function isPrimitiveArray(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (item !== null && typeof item === 'object') return false;
  }
  return true;
}

/** A nested value (log attributes may hold maps and arrays of maps); byte arrays carry no text we can read. */
function isStructured(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !isPrimitiveArray(value);
}

/** The first `count` entries of `attributes`, which came through unchanged. */
function copyKeys(attributes: AttributeMap, keys: readonly string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) out[keys[i]!] = attributes[keys[i]!];
  return out;
}

function anyDirty(dirty: Uint8Array | null, plan: AttributePlan): boolean {
  if (dirty === null) return false;
  for (let i = plan.first; i < plan.end; i++) if (dirty[i] === 1) return true;
  return false;
}
