import type { Redactor } from '../redactor.js';

/** An OTLP `AnyValue` / `KeyValue` as protobufjs decodes them (lowerCamelCase, int64 as Long, bytes as Uint8Array). */
export interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: unknown;
  doubleValue?: number;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
  bytesValue?: Uint8Array;
}
export interface KeyValue {
  key?: string;
  value?: AnyValue | null;
}

/** A value the structured walk must not see or change: binary that is not UTF-8, an empty AnyValue. */
const OPAQUE = Symbol('logveil.relay.opaque');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown when an attribute tree nests deeper than the relay's limit: the request is refused, not walked. */
export class NestingTooDeep extends Error {}

/**
 * Scrubs OTLP attribute lists and values with the redactor's structured walk, so that key names and values
 * get the verdict every other door gives the same object: a list becomes `{ key: value }` (int64 as bigint,
 * valid UTF-8 bytes as text), goes through `redactValue` once, and the result is mapped back onto the original
 * protobuf values. What the walk left equal keeps its original wire type and bits.
 */
export class AnyValueScrubber {
  readonly #redactor: Redactor;
  readonly #maxDepth: number;

  constructor(redactor: Redactor, maxDepth: number) {
    this.#redactor = redactor;
    this.#maxDepth = maxDepth;
  }

  /** Scrubs a `repeated KeyValue` in place; returns the list to keep (entries may be removed by the policy). */
  attributes(list: KeyValue[] | undefined | null): KeyValue[] | undefined {
    if (list === undefined || list === null || list.length === 0) return list ?? undefined;
    const keys = list.map((kv) => kv.key ?? '');
    if (new Set(keys).size !== keys.length) {
      // Duplicate keys would collapse in an object: scrub each entry on its own.
      return list.filter((kv) => this.#scrubList([kv]).length === 1);
    }
    return this.#scrubList(list);
  }

  /**
   * The clean fast path, the OTel door's: no key in the list decides its value (Redactor.keyDecidesValue) and
   * one joined scan of its texts finds nothing (Redactor.flagTexts), so the walk would change nothing. Most
   * attribute lists are clean; a 20-attribute span then costs one scan instead of a walk and a scan per value.
   */
  #clean(list: KeyValue[]): boolean {
    const texts: string[] = [];
    for (const kv of list) {
      if (this.#redactor.keyDecidesValue(kv.key ?? '')) return false;
      if (!collectTexts(kv.value, texts, 1, this.#maxDepth, this.#redactor)) return false;
    }
    return texts.length === 0 || this.#redactor.flagTexts(texts) === null;
  }

  /** Scrubs one AnyValue with no key (a log body); returns the value to keep. */
  value(value: AnyValue | null | undefined): AnyValue | null | undefined {
    if (value === null || value === undefined) return value;
    const js = toJs(value, 0, this.#maxDepth);
    if (js === OPAQUE) return value;
    const out = typeof js === 'string' ? this.#redactor.redactString(js) : this.#redactor.redactValue(js);
    return fromJs(out, value, js);
  }

  #scrubList(list: KeyValue[]): KeyValue[] {
    if (this.#clean(list)) return list;
    const object: Record<string, unknown> = {};
    const opaque = new Set<string>();
    for (const kv of list) {
      const key = kv.key ?? '';
      const js = kv.value === null || kv.value === undefined ? OPAQUE : toJs(kv.value, 1, this.#maxDepth);
      if (js === OPAQUE) opaque.add(key);
      // An opaque value still goes through the walk as null, so a sensitive key is judged by its name.
      object[key] = js === OPAQUE ? null : js;
    }
    const out = this.#redactor.redactValue(object) as Record<string, unknown> | undefined;
    if (out === object) return list;
    if (out === undefined || out === null || typeof out !== 'object') return [];
    const outKeys = Object.keys(out);
    const kept: KeyValue[] = [];
    if (outKeys.length === list.length) {
      // Same shape: map by position, so a key the walk rewrote (it held a secret) is carried over too. The
      // positions are those of the object's own key order (integer-like keys come first in JS objects).
      const renamed = new Map(Object.keys(object).map((key, index) => [key, outKeys[index]!]));
      list.forEach((kv) => {
        const original = kv.key ?? '';
        const key = renamed.get(original)!;
        kv.key = key;
        if (!opaque.has(original) || out[key] !== null) kv.value = fromJs(out[key], kv.value ?? {}, object[original]);
        kept.push(kv);
      });
      return kept;
    }
    for (const kv of list) {
      const key = kv.key ?? '';
      if (!Object.hasOwn(out, key)) continue;
      if (!opaque.has(key) || out[key] !== null) kv.value = fromJs(out[key], kv.value ?? {}, object[key]);
      kept.push(kv);
    }
    return kept;
  }
}

/**
 * Collects the texts of an attribute value for the joined scan (strings, UTF-8 bytes, numbers as written);
 * false when the value needs the walk whatever its texts say: a kvlist member whose key decides its value, or
 * nesting past the limit (the walk then refuses the request).
 */
function collectTexts(value: AnyValue | null | undefined, texts: string[], depth: number, maxDepth: number, redactor: Redactor): boolean {
  if (value === null || value === undefined) return true;
  if (depth > maxDepth) return false;
  if (has(value, 'stringValue')) texts.push(value.stringValue!);
  else if (has(value, 'intValue')) texts.push(String(value.intValue));
  else if (has(value, 'doubleValue')) texts.push(String(value.doubleValue));
  else if (has(value, 'arrayValue')) {
    for (const item of value.arrayValue!.values ?? []) if (!collectTexts(item, texts, depth + 1, maxDepth, redactor)) return false;
  } else if (has(value, 'kvlistValue')) {
    for (const kv of value.kvlistValue!.values ?? []) {
      if (redactor.keyDecidesValue(kv.key ?? '')) return false;
      if (!collectTexts(kv.value, texts, depth + 1, maxDepth, redactor)) return false;
    }
  } else if (has(value, 'bytesValue')) {
    try {
      texts.push(utf8.decode(value.bytesValue!));
    } catch {
      // Not UTF-8: opaque to the walk as well.
    }
  }
  return true;
}

/**
 * Which member of the oneof is set. protobufjs puts every field's default on the message prototype (an empty
 * string, an empty Uint8Array), so only an own property says what the sender sent.
 */
function has(value: AnyValue, field: keyof AnyValue): boolean {
  return Object.hasOwn(value, field) && value[field] !== undefined && value[field] !== null;
}

function toJs(value: AnyValue, depth: number, maxDepth: number): unknown {
  if (depth > maxDepth) throw new NestingTooDeep(`attribute values nest deeper than ${maxDepth} levels`);
  if (has(value, 'stringValue')) return value.stringValue;
  if (has(value, 'boolValue')) return value.boolValue;
  if (has(value, 'intValue')) return BigInt(String(value.intValue));
  if (has(value, 'doubleValue')) return value.doubleValue;
  if (has(value, 'arrayValue')) {
    return (value.arrayValue!.values ?? []).map((item) => {
      const js = toJs(item, depth + 1, maxDepth);
      return js === OPAQUE ? null : js;
    });
  }
  if (has(value, 'kvlistValue')) {
    const object: Record<string, unknown> = {};
    for (const kv of value.kvlistValue!.values ?? []) {
      const js = kv.value === null || kv.value === undefined ? null : toJs(kv.value, depth + 1, maxDepth);
      object[kv.key ?? ''] = js === OPAQUE ? null : js;
    }
    return object;
  }
  if (has(value, 'bytesValue')) {
    try {
      return utf8.decode(value.bytesValue!);
    } catch {
      return OPAQUE;
    }
  }
  return OPAQUE;
}

/** Builds the AnyValue for the walk's output `out`; where it equals the input `before`, keeps `original`. */
function fromJs(out: unknown, original: AnyValue, before: unknown): AnyValue {
  if (out === before) return original;
  if (typeof out === 'string') {
    if (has(original, 'bytesValue')) return { bytesValue: new TextEncoder().encode(out) };
    return { stringValue: out };
  }
  if (Array.isArray(out) && has(original, 'arrayValue') && Array.isArray(before)) {
    const items = original.arrayValue?.values ?? [];
    return { arrayValue: { values: out.map((item, index) => fromJs(item, items[index] ?? {}, before[index])) } };
  }
  if (out !== null && typeof out === 'object' && has(original, 'kvlistValue') && before !== null && typeof before === 'object') {
    const entries = original.kvlistValue?.values ?? [];
    const outKeys = Object.keys(out);
    const record = out as Record<string, unknown>;
    const previous = before as Record<string, unknown>;
    if (outKeys.length === entries.length && new Set(entries.map((kv) => kv.key ?? '')).size === entries.length) {
      const renamed = new Map(Object.keys(previous).map((key, index) => [key, outKeys[index]!]));
      return {
        kvlistValue: {
          values: entries.map((kv) => {
            const key = renamed.get(kv.key ?? '') ?? kv.key ?? '';
            return { key, value: fromJs(record[key], kv.value ?? {}, previous[kv.key ?? '']) };
          }),
        },
      };
    }
    return {
      kvlistValue: {
        values: entries
          .filter((kv) => Object.hasOwn(record, kv.key ?? ''))
          .map((kv) => ({ key: kv.key ?? '', value: fromJs(record[kv.key ?? ''], kv.value ?? {}, previous[kv.key ?? '']) })),
      },
    };
  }
  // A value the walk replaced with something of another type (a number under a sensitive key) or withheld.
  if (out === null || out === undefined) return {};
  return { stringValue: typeof out === 'bigint' ? out.toString() : typeof out === 'object' ? '[REDACTED]' : String(out) };
}
