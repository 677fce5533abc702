import { asPromise, downstreamFailed } from './downstream.js';
import { LogRecordScrubber } from './log-record-scrubber.js';
import { OtelScrubbing } from './scrubbing.js';
import type { Context } from '@opentelemetry/api';
import type { OtelRedactionOptions } from './options.js';
import type { OtelRedactionStats } from './stats.js';
import type { ForceFlushOptionsLike, LogRecordEnabledOptions, LogRecordProcessorLike, ReadWriteLogRecordLike } from './types.js';
import type { Redactor } from '../redactor.js';

/**
 * Wraps the log record processor that exports (`BatchLogRecordProcessor`, `SimpleLogRecordProcessor`) and
 * hands it a scrubbed copy of each record: body (text or structured), attributes and event name. The SDK's
 * record is left as it was, so processors outside the wrapper see it unscrubbed: put every exporting
 * processor inside.
 *
 * ```ts
 * new NodeSDK({ logRecordProcessors: [new RedactingLogRecordProcessor(new BatchLogRecordProcessor(exporter))] });
 * ```
 */
export class RedactingLogRecordProcessor implements LogRecordProcessorLike {
  readonly #next: LogRecordProcessorLike;
  readonly #scrubbing: OtelScrubbing;
  readonly #records: LogRecordScrubber;

  /** `options`: core redactor options plus `summary`, `urlParams`, `urlAttributes`; or a `Redactor` to share. */
  constructor(next: LogRecordProcessorLike, options?: OtelRedactionOptions | Redactor) {
    this.#next = next;
    this.#scrubbing = new OtelScrubbing(options);
    this.#records = new LogRecordScrubber(this.#scrubbing);
  }

  /** Never throws: not on a record it cannot scrub (see LogRecordScrubber), nor when the wrapped processor throws. */
  onEmit(logRecord: ReadWriteLogRecordLike, context?: Context): void {
    const scrubbed = this.#records.scrub(logRecord);
    if (scrubbed === undefined) return;
    try {
      this.#next.onEmit(scrubbed, context);
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the log record processor inside RedactingLogRecordProcessor (onEmit)', error);
    }
  }

  /** The wrapped processor decides; a processor without `enabled`, or one whose `enabled` throws, takes everything. */
  enabled(options: LogRecordEnabledOptions): boolean {
    try {
      return this.#next.enabled?.(options) ?? true;
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the log record processor inside RedactingLogRecordProcessor (enabled)', error);
      return true;
    }
  }

  /** The wrapped processor's promise, rejections included (the SDK handles those). */
  forceFlush(options?: ForceFlushOptionsLike): Promise<void> {
    return asPromise(() => this.#next.forceFlush(options));
  }

  shutdown(): Promise<void> {
    return asPromise(() => this.#next.shutdown());
  }

  /** Records seen, copied, failed closed and dropped, URL credentials replaced, and the redactor's counters. */
  stats(): OtelRedactionStats {
    return this.#scrubbing.stats();
  }
}
