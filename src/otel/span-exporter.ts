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
    this.#exporter.export(scrubbed, resultCallback);
  }

  shutdown(): Promise<void> {
    return this.#exporter.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.#exporter.forceFlush?.() ?? Promise.resolve();
  }

  stats(): OtelRedactionStats {
    return this.#scrubbing.stats();
  }
}
