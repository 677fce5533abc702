import { MAX_DEPTH_DETECTOR, MAX_SIZE_DETECTOR, UNREADABLE_DETECTOR } from './text-scrubber.js';
import { isTelemetryValue } from './telemetry-fields.js';
import type { TextScrubber } from './text-scrubber.js';
import { isStandIn } from './stand-ins.js';

/**
 * Redacts any JavaScript value without mutating it. Unchanged branches are returned as they were (no copy),
 * changed ones are rebuilt with the same keys in the same order and the same prototype. Errors keep their
 * class, message, stack, cause and AggregateError.errors, scrubbed. A back-reference to an object still being
 * walked becomes `[Circular]`: returning the original there would hand the serializer the unscrubbed object.
 */
const CIRCULAR = '[Circular]';
const REMOVE = Symbol('logveil.remove');

interface WalkState {
  readonly scrubber: TextScrubber;
  readonly inProgress: WeakSet<object>;
}

export function redactStructured<T>(value: T, scrubber: TextScrubber): T {
  const result = walk(value, { scrubber, inProgress: new WeakSet() }, 0, false);
  return (result === REMOVE ? undefined : result) as T;
}

function walk(value: unknown, state: WalkState, depth: number, sensitive: boolean): unknown {
  switch (typeof value) {
    case 'string':
      return walkString(value, state, sensitive);
    case 'number':
    case 'bigint':
      if (!sensitive) return walkNumber(value, state);
      return replaceSensitive(String(value), state);
    case 'object':
      if (value === null) return value;
      return walkObject(value, state, depth, sensitive);
    case 'symbol':
      return walkSymbol(value, state, sensitive);
    default:
      // booleans, undefined and functions carry no loggable text.
      return value;
  }
}

/**
 * Fewer digits than any number-shaped detector needs (the shortest, phone numbers, take 7): such numbers
 * (counts, durations, status codes) are not scanned.
 */
const MIN_SCANNED_NUMBER = 7;

/**
 * A number gets the verdict its digits get in a JSON line (`{"card":4111111111111111}`): a number the scan
 * flags becomes its scrubbed text, a string, since a placeholder cannot be a number.
 */
function walkNumber(value: number | bigint, state: WalkState): unknown {
  const text = String(value);
  if (text.length < MIN_SCANNED_NUMBER) return value;
  const result = state.scrubber.scrub(text);
  if (result.removeField) return REMOVE;
  return result.text === text ? value : result.text;
}

function walkString(value: string, state: WalkState, sensitive: boolean): unknown {
  if (sensitive) return value.length === 0 || isStandIn(value) ? value : replaceSensitive(value, state);
  const result = state.scrubber.scrub(value);
  return result.removeField ? REMOVE : result.text;
}

/** JSON drops Symbols, but a console exporter or `util.inspect` prints their description. */
function walkSymbol(value: symbol, state: WalkState, sensitive: boolean): unknown {
  const description = value.description;
  if (description === undefined || description === '') return value;
  const next = walkString(description, state, sensitive);
  return next === description ? value : Symbol(typeof next === 'string' ? next : '[REDACTED]');
}

/** The key's verdict on its value; a key that judges by value (`pass`) sees the string it holds. */
function isSensitiveEntry(key: string, value: unknown, state: WalkState): boolean {
  return state.scrubber.isSensitiveKey(key, typeof value === 'string' ? value : undefined);
}

/** A member's value: judged by its key first, then walked; a trace-context id or an epoch time passes as it is (telemetry-fields.ts). */
function walkEntry(key: string, value: unknown, state: WalkState, depth: number, sensitive: boolean): unknown {
  const keySensitive = sensitive || isSensitiveEntry(key, value, state);
  if (!keySensitive && isTelemetryValue(key, value)) return value;
  return walk(value, state, depth + 1, keySensitive);
}

function replaceSensitive(value: string, state: WalkState): unknown {
  state.scrubber.count('sensitive-key', 'secret');
  return state.scrubber.sensitiveValue(value) ?? REMOVE;
}

function walkObject(value: object, state: WalkState, depth: number, sensitive: boolean): unknown {
  if (value instanceof Date || value instanceof RegExp || value instanceof ArrayBuffer) return value;
  if (ArrayBuffer.isView(value)) return walkBytes(value, state, sensitive);
  if (state.inProgress.has(value)) return CIRCULAR;
  if (depth >= state.scrubber.maxDepth) {
    state.scrubber.count(MAX_DEPTH_DETECTOR, 'secret');
    return `[REDACTED:${MAX_DEPTH_DETECTOR}]`;
  }
  state.inProgress.add(value);
  try {
    if (Array.isArray(value)) return walkArray(value, state, depth, sensitive);
    if (value instanceof Map) return walkMap(value, state, depth, sensitive);
    if (value instanceof Set) return walkSet(value, state, depth, sensitive);
    if (value instanceof Error) return walkError(value, state, depth, sensitive);
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return walkToJson(value, state, depth, sensitive);
    return walkRecord(value as Record<string, unknown>, state, depth, sensitive);
  } finally {
    state.inProgress.delete(value);
  }
}

function walkArray(value: readonly unknown[], state: WalkState, depth: number, sensitive: boolean): unknown {
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = read(() => value[i], state);
    let next = walk(item, state, depth + 1, sensitive);
    // Dropping an element would shift the others; a placeholder keeps positions meaningful.
    if (next === REMOVE) next = '[REDACTED]';
    if (next !== item && copy === undefined) copy = value.slice(0, i);
    copy?.push(next);
  }
  return copy ?? value;
}

function walkRecord(value: Record<string, unknown>, state: WalkState, depth: number, sensitive: boolean): unknown {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    state.scrubber.count(UNREADABLE_DETECTOR, 'secret');
    return `[REDACTED:${UNREADABLE_DETECTOR}]`;
  }
  const entries: [string, unknown][] = [];
  let changed = false;
  for (const key of keys) {
    const original = read(() => value[key], state);
    const keyResult = state.scrubber.scrub(key);
    const next = walkEntry(key, original, state, depth, sensitive);
    if (next === REMOVE || keyResult.removeField) {
      changed = true;
      continue;
    }
    if (next !== original || keyResult.text !== key || original === UNREADABLE) changed = true;
    entries.push([keyResult.text, next]);
  }
  if (!changed) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [key, next] of entries) copy[key] = next;
  return copy;
}

function walkMap(value: Map<unknown, unknown>, state: WalkState, depth: number, sensitive: boolean): unknown {
  const copy = new Map<unknown, unknown>();
  let changed = false;
  for (const [key, item] of value) {
    const nextKey = walk(key, state, depth + 1, false);
    const next = typeof key === 'string' ? walkEntry(key, item, state, depth, sensitive) : walk(item, state, depth + 1, sensitive);
    if (nextKey !== key || next !== item) changed = true;
    if (next !== REMOVE && nextKey !== REMOVE) copy.set(nextKey, next);
  }
  return changed ? copy : value;
}

function walkSet(value: Set<unknown>, state: WalkState, depth: number, sensitive: boolean): unknown {
  const copy = new Set<unknown>();
  let changed = false;
  for (const item of value) {
    const next = walk(item, state, depth + 1, sensitive);
    if (next !== item) changed = true;
    if (next !== REMOVE) copy.add(next);
  }
  return changed ? copy : value;
}

/**
 * What a serializer prints of an object with `toJSON` is its result, not its own properties (private fields
 * included), so that result is what gets scrubbed. Unchanged, the original goes on as it was.
 */
function walkToJson(value: object, state: WalkState, depth: number, sensitive: boolean): unknown {
  const json = read(() => (value as { toJSON: (key: string) => unknown }).toJSON(''), state);
  const next = walk(json, state, depth + 1, sensitive);
  return next === json && json !== UNREADABLE ? value : next;
}

/** Bytes the text scan can see: larger buffers are withheld rather than passed unchecked. */
const MAX_SCANNED_BYTES = 1024 * 1024;

/**
 * A Buffer or Uint8Array is printed by loggers as its bytes, which any reader can decode: its UTF-8 text is
 * scanned, and a changed text comes back as a Buffer of the scrubbed text. Other typed arrays hold numbers.
 */
function walkBytes(value: ArrayBufferView, state: WalkState, sensitive: boolean): unknown {
  if (!(value instanceof Uint8Array)) return value;
  if (value.byteLength > MAX_SCANNED_BYTES) {
    state.scrubber.count(MAX_SIZE_DETECTOR, 'secret');
    return `[REDACTED:${MAX_SIZE_DETECTOR}]`;
  }
  const text = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  const next = walkString(text, state, sensitive);
  if (next === text) return value;
  return typeof next === 'string' ? Buffer.from(next, 'utf8') : next;
}

/** Error fields that are not enumerable but are what a logger prints. */
const ERROR_FIELDS = ['message', 'stack', 'cause', 'errors'] as const;

function walkError(value: Error, state: WalkState, depth: number, sensitive: boolean): unknown {
  const copy = Object.create(Object.getPrototypeOf(value) as object) as Error & Record<string, unknown>;
  let changed = false;
  const names = new Set<string>([...ERROR_FIELDS, ...Object.keys(value)]);
  for (const name of names) {
    const descriptor = readDescriptor(value, name);
    if (descriptor === undefined) continue;
    const original = 'value' in descriptor ? descriptor.value : read(() => (value as unknown as Record<string, unknown>)[name], state);
    const keySensitive = isSensitiveEntry(name, original, state);
    let next = walk(original, state, depth + 1, sensitive || keySensitive);
    if (next === REMOVE) next = '[REDACTED]';
    if (next !== original) changed = true;
    Object.defineProperty(copy, name, {
      value: next,
      writable: true,
      configurable: true,
      enumerable: descriptor.enumerable ?? false,
    });
  }
  if (!changed) return value;
  return copy;
}

function readDescriptor(value: object, name: string): PropertyDescriptor | undefined {
  try {
    return Object.getOwnPropertyDescriptor(value, name);
  } catch {
    return undefined;
  }
}

const UNREADABLE = `[REDACTED:${UNREADABLE_DETECTOR}]`;

/** Getters and Proxies can throw; what cannot be read cannot be checked, so it is withheld. */
function read(get: () => unknown, state: WalkState): unknown {
  try {
    return get();
  } catch {
    state.scrubber.count(UNREADABLE_DETECTOR, 'secret');
    return UNREADABLE;
  }
}
