import type { Redactor } from '../redactor.js';
import { URL_CREDENTIAL_DETECTOR } from '../engine/layers/url.js';
import type { RedactionStats } from '../engine/stats.js';

/** Counters of one processor or exporter wrapper. */
export interface OtelRedactionStats {
  /** Spans or log records that came through. */
  readonly processed: number;
  /** Of those, the ones handed on as a scrubbed copy (the rest were clean and passed as they came). */
  readonly redacted: number;
  /** Scrubbing threw: handed on fail-closed, every string replaced by `[REDACTED:logveil-error]`. */
  readonly failed: number;
  /** Not even the fail-closed copy could be built (the item could not be read): not handed on. */
  readonly dropped: number;
  /** URL userinfo and signing/auth parameter values replaced by this processor (the engine's URL detectors). */
  readonly urlCredentials: number;
  /** The wrapped processor or exporter threw; caught so that it never throws into the SDK or the app. */
  readonly downstreamErrors: number;
  /** The redactor's own counters; shared with everyone who shares the redactor. */
  readonly redaction: RedactionStats;
}

export class OtelCounters {
  processed = 0;
  redacted = 0;
  failed = 0;
  dropped = 0;
  urlCredentials = 0;
  downstreamErrors = 0;

  snapshot(redactor: Redactor): OtelRedactionStats {
    return {
      processed: this.processed,
      redacted: this.redacted,
      failed: this.failed,
      dropped: this.dropped,
      urlCredentials: this.urlCredentials,
      downstreamErrors: this.downstreamErrors,
      redaction: redactor.stats(),
    };
  }
}

/** The redactor's URL-credential findings so far; a processor counts the difference around one item. */
export function urlCredentialCount(redactor: Redactor): number {
  const { findings } = redactor.stats();
  return (findings[URL_CREDENTIAL_DETECTOR] ?? 0) + (findings['url-credentials'] ?? 0);
}
