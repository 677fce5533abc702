import { splitKeyWords } from './key-names.js';

/**
 * Trace-context ids logged beside a line (`trace_id`, `span_id`, `traceId`, `parentSpanId`, `dd.trace_id`):
 * random by construction and never a credential or personal data, yet a W3C span id is 16 hex digits, and
 * about 1 in 50,000 is all decimal digits with a card's issuer prefix and Luhn check; Datadog's ids are 64-bit
 * decimals of up to 20 digits. Without this rule such a value was redacted as a card number, which broke the
 * line's link to its trace (seen on generated agent lines with OpenTelemetry's log correlation fields).
 *
 * Only the exact shapes are exempt: 16 or 32 hex digits (W3C), or 1-20 decimal digits (Datadog), under a key
 * whose last words are `trace id`, `span id` or `parent (span) id`. Anything else under such a key, and any
 * value under a sensitive parent, is scanned as usual.
 */
const ID_SHAPE = /^(?:[0-9a-f]{16}|[0-9a-f]{32}|[0-9A-F]{16}|[0-9A-F]{32}|[0-9]{1,20})$/;
/** The cheap first test, before a value is decoded: every trace-context key ends in `id` (any case). */
export function endsWithId(key: string): boolean {
  const length = key.length;
  return length >= 2 && (key.charCodeAt(length - 1) | 32) === 100 && (key.charCodeAt(length - 2) | 32) === 105;
}

/** Whether `value` under `key` is a trace-context id, exempt from scanning. Numbers may come as text. */
export function isTraceContextId(key: string, value: unknown): boolean {
  // The key first: most keys ending in `id` (`reqId`, `user_id`) are not trace-context keys, and their
  // verdict is cached, while the value differs on every line.
  if (!endsWithId(key) || !isTraceContextKey(key)) return false;
  if (typeof value === 'string') {
    if (!ID_SHAPE.test(value)) return false;
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return false;
  } else if (typeof value === 'bigint') {
    if (value < 0n || value >= 1n << 64n) return false;
  } else {
    return false;
  }
  return true;
}

const OWNERS = new Set(['trace', 'span', 'parent']);
const GLUED = new Set(['traceid', 'spanid', 'parentid']);

const MAX_CACHED_KEYS = 4096;
const keyVerdicts = new Map<string, boolean>();

/** Whether `key` names a trace, span or parent-span id (`span_id`, `traceId`, `dd.trace_id`, `traceid`). */
export function isTraceContextKey(key: string): boolean {
  let verdict = keyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = namesTraceContext(key);
    // Keys can be attacker-chosen: the cache stays bounded.
    if (keyVerdicts.size >= MAX_CACHED_KEYS) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}

function namesTraceContext(key: string): boolean {
  const words = splitKeyWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (GLUED.has(last)) return true;
  return last === 'id' && words.length >= 2 && OWNERS.has(words[words.length - 2]!);
}
