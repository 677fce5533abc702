import { asPromise, downstreamFailed } from './downstream.js';
import { OtelScrubbing } from './scrubbing.js';
import { SpanScrubber } from './span-scrubber.js';
import type { Context } from '@opentelemetry/api';
import type { OtelRedactionOptions } from './options.js';
import type { OtelRedactionStats } from './stats.js';
import type { ReadableSpanLike, SpanProcessorLike } from './types.js';
import type { Redactor } from '../redactor.js';

/**
 * Wraps the processor that exports (`BatchSpanProcessor`, `SimpleSpanProcessor`, or several behind one) and
 * hands it a scrubbed copy of each ended span. The SDK's span is never written to: `onEnd` receives a
 * read-only span that other processors may hold too. Only the processors inside the wrapper see scrubbed
 * spans, so put every exporting processor inside it.
 *
 * ```ts
 * new NodeSDK({ spanProcessors: [new RedactingSpanProcessor(new BatchSpanProcessor(exporter))] });
 * ```
 */
export class RedactingSpanProcessor implements SpanProcessorLike {
  readonly #next: SpanProcessorLike;
  readonly #scrubbing: OtelScrubbing;
  readonly #spans: SpanScrubber;

  /** `options`: core redactor options plus `summary`, `urlParams`, `urlAttributes`; or a `Redactor` to share. */
  constructor(next: SpanProcessorLike, options?: OtelRedactionOptions | Redactor) {
    this.#next = next;
    this.#scrubbing = new OtelScrubbing(options);
    this.#spans = new SpanScrubber(this.#scrubbing);
  }

  /** Passed on as is: a started span has no end-of-life data yet, and the wrapped processor may need it. */
  onStart(span: ReadableSpanLike, parentContext: Context): void {
    try {
      this.#next.onStart(span, parentContext);
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the span processor inside RedactingSpanProcessor (onStart)', error);
    }
  }

  onEnding(span: ReadableSpanLike): void {
    try {
      this.#next.onEnding?.(span);
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the span processor inside RedactingSpanProcessor (onEnding)', error);
    }
  }

  /** Never throws: not on a span it cannot scrub (see SpanScrubber), nor when the wrapped processor throws. */
  onEnd(span: ReadableSpanLike): void {
    const scrubbed = this.#spans.scrub(span);
    if (scrubbed === undefined) return;
    try {
      this.#next.onEnd(scrubbed);
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the span processor inside RedactingSpanProcessor (onEnd)', error);
    }
  }

  /** The wrapped processor's promise, rejections included (the SDK handles those). */
  forceFlush(): Promise<void> {
    return asPromise(() => this.#next.forceFlush());
  }

  shutdown(): Promise<void> {
    return asPromise(() => this.#next.shutdown());
  }

  /** Spans seen, copied, failed closed and dropped, URL credentials replaced, and the redactor's counters. */
  stats(): OtelRedactionStats {
    return this.#scrubbing.stats();
  }
}
