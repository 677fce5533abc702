// logveil/otel: OpenTelemetry span and log record scrubbing. Loads no OpenTelemetry package at run time.
export { RedactingSpanProcessor } from './span-processor.js';
export { RedactingSpanExporter } from './span-exporter.js';
export { RedactingLogRecordProcessor } from './log-record-processor.js';
export { FAIL_CLOSED_MARKER } from './fail-closed.js';
export { SUMMARY_ATTRIBUTES } from './summary.js';
export { DEFAULT_URL_PARAMS } from '../engine/layers/url.js';
export type { OtelAdapterOptions, OtelRedactionOptions } from './options.js';
export type { OtelRedactionStats } from './stats.js';
export type {
  ExportResultLike,
  ForceFlushOptionsLike,
  InstrumentationScopeLike,
  LogRecordEnabledOptions,
  LogRecordProcessorLike,
  ReadableSpanLike,
  ReadWriteLogRecordLike,
  ResourceLike,
  SpanExporterLike,
  SpanProcessorLike,
  TimedEventLike,
} from './types.js';
