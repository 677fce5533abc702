import { splitKeyWords } from './key-names.js';

/**
 * Fields every telemetry line carries whose values are random or counted numbers, never a credential or
 * personal data, but which a digit-shaped detector can take for a card:
 *
 * - **trace-context ids** (`trace_id`, `span_id`, `traceId`, `parentSpanId`, `dd.trace_id`): a W3C span id is 16
 *   hex digits, and about 1 in 50,000 is all decimal digits with a card's issuer prefix and Luhn check;
 *   Datadog's ids are 64-bit decimals of up to 20 digits. Such a value was redacted as a card number, which
 *   broke the line's link to its trace (seen on generated agent lines with OpenTelemetry's log correlation
 *   fields);
 * - **epoch timestamps** (`time`, `timestamp`, `ts`, `startTimeUnixNano`, `observed_time_unix_nano`): a µs time
 *   of 2039-2056 is 16 digits starting 22xx-27xx, inside Mastercard's range, and a ns time from 2096 is 19 digits
 *   starting with 4, a Visa length; one in ten passes Luhn.
 *
 * Only the exact shapes are exempt: for ids 16 or 32 hex digits (one case) or 1-20 decimal digits, for times 9-19
 * decimal digits (s, ms, µs, ns), as a string or a non-negative integer, under a key whose last words name the
 * field. Anything else under such a key, and any value under a sensitive parent, is scanned as usual; the same
 * number in free text or under another key is still a card.
 */
const ID_SHAPE = /^(?:[0-9a-f]{16}|[0-9a-f]{32}|[0-9A-F]{16}|[0-9A-F]{32}|[0-9]{1,20})$/;
const TIME_SHAPE = /^[0-9]{9,19}$/;

type FieldKind = 'id' | 'time' | undefined;

const HINT_ENDINGS = ['id', 'time', 'ts', 'stamp', 'nano'];
const ID_LIMIT = 1n << 64n;
const TIME_LIMIT = 10n ** 19n;
const MIN_TIME = 100_000_000;

/**
 * The cheap first test, run on every key a walk meets: every such key ends in one of these (any case). Compared
 * in place, so that the common answer (no) allocates nothing.
 */
export function mayBeTelemetryKey(key: string): boolean {
  if (key.length > 64) return false;
  return HINT_ENDINGS.some((ending) => endsWithIgnoringCase(key, ending));
}

function endsWithIgnoringCase(key: string, ending: string): boolean {
  const offset = key.length - ending.length;
  if (offset < 0) return false;
  for (let i = 0; i < ending.length; i++) if ((key.charCodeAt(offset + i) | 32) !== ending.charCodeAt(i)) return false;
  return true;
}

/** Whether `value` under `key` is a trace-context id or an epoch time, exempt from scanning. Numbers may come as text. */
export function isTelemetryValue(key: string, value: unknown): boolean {
  // The key first: most keys with these endings (`reqId`, `user_id`, `duration_ts`) are not such fields, and
  // their verdict is cached, while the value differs on every line.
  if (!mayBeTelemetryKey(key)) return false;
  const kind = telemetryFieldKind(key);
  if (kind === undefined) return false;
  const id = kind === 'id';
  if (typeof value === 'string') return (id ? ID_SHAPE : TIME_SHAPE).test(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= (id ? 0 : MIN_TIME);
  if (typeof value === 'bigint') return value >= (id ? 0n : BigInt(MIN_TIME)) && value < (id ? ID_LIMIT : TIME_LIMIT);
  return false;
}

/** Whether `key` names a trace-context id or an epoch time; see isTelemetryValue. */
export function isTelemetryKey(key: string): boolean {
  return mayBeTelemetryKey(key) && telemetryFieldKind(key) !== undefined;
}

const MAX_CACHED_KEYS = 4096;
const kinds = new Map<string, FieldKind>();

function telemetryFieldKind(key: string): FieldKind {
  const cached = kinds.get(key);
  if (cached !== undefined || kinds.has(key)) return cached;
  const kind = fieldKind(key);
  // Keys can be attacker-chosen: the cache stays bounded.
  if (kinds.size >= MAX_CACHED_KEYS) kinds.clear();
  kinds.set(key, kind);
  return kind;
}

const ID_OWNERS = new Set(['trace', 'span', 'parent']);
const GLUED_IDS = new Set(['traceid', 'spanid', 'parentid']);
const TIME_WORDS = new Set(['time', 'timestamp', 'ts']);

function fieldKind(key: string): FieldKind {
  const words = splitKeyWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  if (GLUED_IDS.has(last)) return 'id';
  if (last === 'id' && words.length >= 2 && ID_OWNERS.has(words[words.length - 2]!)) return 'id';
  if (TIME_WORDS.has(last)) return 'time';
  // OTLP's `timeUnixNano`, `startTimeUnixNano`, `observed_time_unix_nano`, and the glued `timeunixnano`.
  if ((last === 'nano' && words[words.length - 2] === 'unix') || last.endsWith('unixnano')) return 'time';
  return undefined;
}
