import { TextBatch } from './text-batch.js';
import { DEFAULT_URL_PARAMS, mayHoldUrlCredentials, scrubUrl } from './url.js';
import type { KeyKind, KeyKinds } from './key-kinds.js';
import type { Redactor } from '../redactor.js';

/** What `collect` learned about one attribute map: its texts in the batch, and whether it needs more than that. */
export interface AttributePlan {
  /** Index of the map's first text in the batch; its texts are `first` to `end - 1`, in key order. */
  readonly first: number;
  readonly end: number;
  /** A sensitive key, a JSON-looking string, a structured value or a URL with parameters: always rebuilt. */
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
 * is replaced or removed; a string that starts like JSON (`gen_ai.input.messages`, tool arguments) through
 * `redactLine`, which keeps it valid JSON and redacts by key inside it; nested log values through
 * `redactValue`; URLs through `scrubUrl`; everything else as text.
 */
export class AttributeScrubber {
  readonly #redactor: Redactor;
  readonly #kinds: KeyKinds;
  readonly #urlParams: ReadonlySet<string>;
  readonly #isSensitiveParam = (name: string): boolean =>
    this.#urlParams.has(name.toLowerCase()) || this.#kinds.changesValue(name);
  /** URL credentials replaced since the last `takeUrlCredentials()` (the engine does not count these). */
  #urlCredentials = 0;

  constructor(redactor: Redactor, kinds: KeyKinds, extraUrlParams: readonly string[] = []) {
    this.#redactor = redactor;
    this.#kinds = kinds;
    this.#urlParams = new Set([...DEFAULT_URL_PARAMS, ...extraUrlParams].map((name) => name.toLowerCase()));
  }

  collect(attributes: AttributeMap, batch: TextBatch): AttributePlan {
    const first = batch.size;
    let special = false;
    for (const key of Object.keys(attributes)) {
      const value = attributes[key];
      const kind = this.#kinds.kind(key);
      if (kind === 'keyed') {
        special = true;
      } else if (typeof value === 'string') {
        if (this.#collectText(kind, key, value, batch)) special = true;
      } else if (isPrimitiveArray(value)) {
        for (const item of value) if (typeof item === 'string' && this.#collectText(kind, key, item, batch)) special = true;
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
      const kind = this.#kinds.kind(key);
      if (kind === 'keyed' || isStructured(value)) {
        const entry = { [key]: value };
        const redacted = this.#redactor.redactValue(entry);
        if (redacted === entry && out === undefined) continue;
        out ??= copyKeys(attributes, keys, i);
        Object.assign(out, redacted);
        continue;
      }
      let next: unknown = value;
      if (typeof value === 'string') next = this.#text(kind, key, value, dirty, cursor);
      else if (isPrimitiveArray(value)) next = this.#array(kind, key, value, dirty, cursor);
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

  takeUrlCredentials(): number {
    const count = this.#urlCredentials;
    this.#urlCredentials = 0;
    return count;
  }

  /**
   * Adds a string to the batch unless it is JSON-shaped; true when the value needs work beyond the scan. A URL
   * is checked here already, so the usual harmless query (`?page=2`) does not send its map through `apply`.
   */
  #collectText(kind: KeyKind, key: string, value: string, batch: TextBatch): boolean {
    if (looksLikeJson(value)) return true;
    batch.add(value);
    if (kind !== 'url' || !mayHoldUrlCredentials(value)) return false;
    return scrubUrl(value, this.#isSensitiveParam, this.#kinds.isQueryKey(key)).count > 0;
  }

  #text(kind: KeyKind, key: string, value: string, dirty: Uint8Array | null, cursor: { index: number }): string {
    if (looksLikeJson(value)) return this.#redactor.redactLine(value);
    const flagged = dirty !== null && dirty[cursor.index] === 1;
    cursor.index++;
    if (kind !== 'url' || !mayHoldUrlCredentials(value)) return flagged ? this.#redactor.redactString(value) : value;
    const url = scrubUrl(value, this.#isSensitiveParam, this.#kinds.isQueryKey(key));
    this.#urlCredentials += url.count;
    if (!flagged) return url.text;
    return url.text.slice(0, url.safePrefix) + this.#redactor.redactString(url.text.slice(url.safePrefix));
  }

  #array(kind: KeyKind, key: string, value: readonly unknown[], dirty: Uint8Array | null, cursor: { index: number }): readonly unknown[] {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = typeof item === 'string' ? this.#text(kind, key, item, dirty, cursor) : item;
      if (next !== item && copy === undefined) copy = value.slice(0, i);
      copy?.push(next);
    }
    return copy ?? value;
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
