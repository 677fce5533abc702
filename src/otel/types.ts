import type { Attributes, Context, HrTime, Link, SpanContext, SpanKind, SpanStatus } from '@opentelemetry/api';
import type { AnyValue, LogAttributes, LogBody, SeverityNumber } from '@opentelemetry/api-logs';

/**
 * The shapes logveil/otel reads and hands on, written out structurally instead of imported from an SDK package.
 * `ReadableSpan` and `SpanProcessor` live in `@opentelemetry/sdk-trace-base` on the 2.x line and in
 * `@opentelemetry/sdk-trace` on the 3.x line; naming either in our declarations would leave users of the other
 * with unresolved types. `@opentelemetry/api` and `@opentelemetry/api-logs` are the same on both lines. The
 * tests assign these classes to the SDK's own interfaces, so a drift shows up as a compile error there.
 */

/** A Resource as both SDK lines define it (entity attributes that may still be settling asynchronously). */
export interface ResourceLike {
  readonly attributes: Attributes;
  readonly schemaUrl?: string;
  readonly asyncAttributesPending?: boolean;
  waitForAsyncAttributes?(): Promise<void>;
  merge(other: ResourceLike | null): ResourceLike;
  getRawAttributes(): [string, unknown][];
}

export interface InstrumentationScopeLike {
  readonly name: string;
  readonly version?: string;
  readonly schemaUrl?: string;
}

export interface TimedEventLike {
  time: HrTime;
  name: string;
  attributes?: Attributes;
  droppedAttributesCount?: number;
}

/** The SDK's `ReadableSpan`: what `SpanProcessor.onEnd` receives and a `SpanExporter` exports. */
export interface ReadableSpanLike {
  readonly name: string;
  readonly kind: SpanKind;
  readonly spanContext: () => SpanContext;
  readonly parentSpanContext?: SpanContext;
  readonly startTime: HrTime;
  readonly endTime: HrTime;
  readonly status: SpanStatus;
  readonly attributes: Attributes;
  readonly links: Link[];
  readonly events: TimedEventLike[];
  readonly duration: HrTime;
  readonly ended: boolean;
  readonly resource: ResourceLike;
  readonly instrumentationScope: InstrumentationScopeLike;
  readonly droppedAttributesCount: number;
  readonly droppedEventsCount: number;
  readonly droppedLinksCount: number;
}

export interface SpanProcessorLike {
  forceFlush(): Promise<void>;
  /** Receives the live, writable span; typed by what this package reads of it. */
  onStart(span: ReadableSpanLike, parentContext: Context): void;
  onEnding?(span: ReadableSpanLike): void;
  onEnd(span: ReadableSpanLike): void;
  shutdown(): Promise<void>;
}

/** `ExportResult` from `@opentelemetry/core`: code 0 is success, 1 failure. */
export interface ExportResultLike {
  code: number;
  error?: Error;
}

export interface SpanExporterLike {
  export(spans: ReadableSpanLike[], resultCallback: (result: ExportResultLike) => void): void;
  shutdown(): Promise<void>;
  forceFlush?(): Promise<void>;
}

/** The logs SDK's `ReadWriteLogRecord` (formerly `SdkLogRecord`): what `LogRecordProcessor.onEmit` receives. */
export interface ReadWriteLogRecordLike {
  hrTime: HrTime;
  hrTimeObserved: HrTime;
  spanContext?: SpanContext;
  readonly resource: ResourceLike;
  readonly instrumentationScope: InstrumentationScopeLike;
  readonly attributes: LogAttributes;
  severityText?: string;
  severityNumber?: SeverityNumber;
  body?: LogBody;
  eventName?: string;
  droppedAttributesCount: number;
  setAttribute(key: string, value?: AnyValue): ReadWriteLogRecordLike;
  setAttributes(attributes: LogAttributes): ReadWriteLogRecordLike;
  setBody(body: LogBody): ReadWriteLogRecordLike;
  setEventName(eventName: string): ReadWriteLogRecordLike;
  setSeverityNumber(severityNumber: SeverityNumber): ReadWriteLogRecordLike;
  setSeverityText(severityText: string): ReadWriteLogRecordLike;
}

export interface LogRecordEnabledOptions {
  context: Context;
  instrumentationScope: InstrumentationScopeLike;
  severityNumber?: SeverityNumber;
  eventName?: string;
}

export interface ForceFlushOptionsLike {
  timeoutMillis?: number;
}

export interface LogRecordProcessorLike {
  forceFlush(options?: ForceFlushOptionsLike): Promise<void>;
  onEmit(logRecord: ReadWriteLogRecordLike, context?: Context): void;
  shutdown(): Promise<void>;
  enabled?(options: LogRecordEnabledOptions): boolean;
}
