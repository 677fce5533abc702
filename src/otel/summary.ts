import type { Redactor } from '../redactor.js';

/** Attribute names of the optional summary, after the collector's redaction processor `summary` option. */
export const SUMMARY_ATTRIBUTES = {
  count: 'logveil.redacted.count',
  secret: 'logveil.redacted.secret',
  pii: 'logveil.redacted.pii',
} as const;

export interface RedactionCounts {
  readonly secret: number;
  readonly pii: number;
}

/**
 * Counts what one span or log record had redacted, as the difference of the redactor's category counters
 * around its scrubbing. Scrubbing is synchronous, so nothing else touches the redactor in between.
 */
export class SummaryMeter {
  readonly #redactor: Redactor;
  #start: RedactionCounts = { secret: 0, pii: 0 };

  constructor(redactor: Redactor) {
    this.#redactor = redactor;
  }

  begin(): void {
    this.#start = this.#counts();
  }

  /** Counts since `begin` (URL credentials included: the engine finds and counts them). */
  end(): RedactionCounts {
    const now = this.#counts();
    return { secret: now.secret - this.#start.secret, pii: now.pii - this.#start.pii };
  }

  #counts(): RedactionCounts {
    const { categories } = this.#redactor.stats();
    return { secret: categories.secret, pii: categories.pii };
  }
}

/** A copy of `attributes` with the summary added; `attributes` unchanged when nothing was counted. */
export function addSummary<T extends Readonly<Record<string, unknown>>>(attributes: T, counts: RedactionCounts): T {
  const total = counts.secret + counts.pii;
  if (total === 0) return attributes;
  return {
    ...attributes,
    [SUMMARY_ATTRIBUTES.count]: total,
    [SUMMARY_ATTRIBUTES.secret]: counts.secret,
    [SUMMARY_ATTRIBUTES.pii]: counts.pii,
  };
}
