import { asPromise, downstreamFailed } from './downstream.js';
import { OtelScrubbing } from './scrubbing.js';
import { SpanScrubber } from './span-scrubber.js';
import type { OtelRedactionOptions } from './options.js';
import type { OtelRedactionStats } from './stats.js';
import type { ExportResultLike, ReadableSpanLike, SpanExporterLike } from './types.js';
import type { Redactor } from '../redactor.js';

/**
 * Wraps a span exporter and scrubs each span before the exporter sees it: for setups that hand the SDK an
 * exporter (`new NodeSDK({ traceExporter })`) rather than processors. Scrubbing then happens on the export
 * path (in batches, for a batch processor) instead of at span end; the guarantee is the same.
 */
export class RedactingSpanExporter implements SpanExporterLike {
  readonly #exporter: SpanExporterLike;
  readonly #scrubbing: OtelScrubbing;
  readonly #spans: SpanScrubber;

  constructor(exporter: SpanExporterLike, options?: OtelRedactionOptions | Redactor) {
    this.#exporter = exporter;
    this.#scrubbing = new OtelScrubbing(options);
    this.#spans = new SpanScrubber(this.#scrubbing);
  }

  export(spans: ReadableSpanLike[], resultCallback: (result: ExportResultLike) => void): void {
    const scrubbed: ReadableSpanLike[] = [];
    for (const span of spans) {
      const safe = this.#spans.scrub(span);
      if (safe !== undefined) scrubbed.push(safe);
    }
    // An exporter reports failure through the callback; one that throws instead is turned into a failed
    // result (code 1), once, so the processor that called us settles its export rather than wait for a timeout.
    let reported = false;
    const report = (result: ExportResultLike): void => {
      if (reported) return;
      reported = true;
      resultCallback(result);
    };
    try {
      this.#exporter.export(scrubbed, report);
    } catch (error) {
      downstreamFailed(this.#scrubbing.counters, 'the exporter inside RedactingSpanExporter (export)', error);
      report({ code: 1, error: error instanceof Error ? error : new Error('span export failed') });
    }
  }

  shutdown(): Promise<void> {
    return asPromise(() => this.#exporter.shutdown());
  }

  forceFlush(): Promise<void> {
    return asPromise(() => this.#exporter.forceFlush?.() ?? Promise.resolve());
  }

  stats(): OtelRedactionStats {
    return this.#scrubbing.stats();
  }
}
