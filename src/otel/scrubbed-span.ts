import type { Attributes, HrTime, Link, SpanContext, SpanKind, SpanStatus } from '@opentelemetry/api';
import type { InstrumentationScopeLike, ReadableSpanLike, ResourceLike, TimedEventLike } from './types.js';

/** The parts of a span that scrubbing may replace; everything else is read from the original. */
export interface SpanParts {
  readonly name: string;
  readonly status: SpanStatus;
  readonly attributes: Attributes;
  readonly events: TimedEventLike[];
  readonly links: Link[];
  readonly resource: ResourceLike;
}

/**
 * A scrubbed copy of an ended span, with exactly the fields of `ReadableSpan`. It does not delegate to the
 * original (no prototype link): a field this class does not copy cannot reach an exporter unscrubbed. The
 * original is never written to; other processors may still hold it.
 */
export class ScrubbedSpan implements ReadableSpanLike {
  readonly name: string;
  readonly kind: SpanKind;
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
  readonly #context: SpanContext;

  constructor(source: ReadableSpanLike, parts: SpanParts) {
    this.#context = source.spanContext();
    this.name = parts.name;
    this.kind = source.kind;
    // Omitted rather than set to undefined, so `'parentSpanContext' in span` means what it does on the SDK's span.
    if (source.parentSpanContext !== undefined) this.parentSpanContext = source.parentSpanContext;
    this.startTime = source.startTime;
    this.endTime = source.endTime;
    this.status = parts.status;
    this.attributes = parts.attributes;
    this.links = parts.links;
    this.events = parts.events;
    this.duration = source.duration;
    this.ended = source.ended;
    this.resource = parts.resource;
    // Kept by identity: exporters group spans by scope, and the scope names a library, not user data.
    this.instrumentationScope = source.instrumentationScope;
    this.droppedAttributesCount = source.droppedAttributesCount;
    this.droppedEventsCount = source.droppedEventsCount;
    this.droppedLinksCount = source.droppedLinksCount;
  }

  // An arrow property would be an own enumerable field; a method matches the SDK span's shape.
  spanContext(): SpanContext {
    return this.#context;
  }
}
