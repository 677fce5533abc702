import type { Attributes } from '@opentelemetry/api';
import type { ResourceLike } from './types.js';

/**
 * What replaces every string of a span or log record whose scrubbing failed. An exporter still receives the
 * item (its timing, ids and numbers help find the fault), but none of its text.
 */
export const FAIL_CLOSED_MARKER = '[REDACTED:logveil-error]';

/** The counters the fail-closed wrapper keeps (a subset of the adapter's stats). */
export interface FailClosedCounters {
  processed: number;
  redacted: number;
  failed: number;
  dropped: number;
}

/**
 * Scrubs one span or log record, failing closed: when `scrub` throws, `fallback` (every string replaced by the
 * marker) is handed on instead and counted as failed; when even that throws, nothing is handed on and the
 * item is counted as dropped. The error may quote the text being scrubbed: it is neither logged nor rethrown.
 */
export function scrubFailingClosed<T>(item: T, counters: FailClosedCounters, scrub: (item: T) => T, fallback: (item: T) => T): T | undefined {
  counters.processed++;
  try {
    const result = scrub(item);
    if (result !== item) counters.redacted++;
    return result;
  } catch {
    counters.failed++;
    try {
      return fallback(item);
    } catch {
      counters.dropped++;
      return undefined;
    }
  }
}

/** Strings, string array items and nested values replaced; numbers and booleans kept. */
export function markAttributes<T extends Readonly<Record<string, unknown>>>(attributes: T | undefined): T | undefined {
  if (attributes === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) out[key] = markValue(attributes[key]);
  return out as T;
}

export function markValue(value: unknown): unknown {
  if (typeof value === 'string') return FAIL_CLOSED_MARKER;
  if (Array.isArray(value)) return value.map((item) => (item !== null && typeof item === 'object' ? FAIL_CLOSED_MARKER : markValue(item)));
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) return FAIL_CLOSED_MARKER;
  return value;
}

/** A resource with every string attribute replaced, for when the resource itself could not be scrubbed. */
export class MarkedResource implements ResourceLike {
  readonly attributes: Attributes;
  readonly schemaUrl?: string;

  constructor(source: ResourceLike) {
    this.attributes = readMarked(source);
    const schemaUrl = source.schemaUrl;
    if (schemaUrl !== undefined) this.schemaUrl = schemaUrl;
  }

  merge(): ResourceLike {
    return this;
  }

  getRawAttributes(): [string, unknown][] {
    return Object.entries(this.attributes);
  }
}

function readMarked(source: ResourceLike): Attributes {
  try {
    return markAttributes(source.attributes) ?? {};
  } catch {
    return {};
  }
}
