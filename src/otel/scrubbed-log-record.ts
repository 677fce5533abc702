import type { HrTime, SpanContext } from '@opentelemetry/api';
import type { AnyValue, LogAttributes, LogBody, SeverityNumber } from '@opentelemetry/api-logs';
import type { InstrumentationScopeLike, ReadWriteLogRecordLike, ResourceLike } from './types.js';

/** Scrubs values that processors after the redacting one set on the copy. */
export interface LogValueScrubber {
  attributes(attributes: LogAttributes): LogAttributes;
  body(body: LogBody): LogBody;
  text(text: string): string;
}

export interface LogRecordParts {
  readonly body: LogBody | undefined;
  readonly eventName: string | undefined;
  readonly attributes: LogAttributes;
  readonly resource: ResourceLike;
}

/**
 * A scrubbed copy of a log record, writable like the SDK's own during `onEmit`. Values set on it later (by
 * processors inside the redacting one) are scrubbed too, so nothing reaches the exporter around the wrapper.
 * Its attribute map is its own: writing to the copy never touches the original record.
 */
export class ScrubbedLogRecord implements ReadWriteLogRecordLike {
  hrTime: HrTime;
  hrTimeObserved: HrTime;
  spanContext?: SpanContext;
  severityText?: string;
  severityNumber?: SeverityNumber;
  droppedAttributesCount: number;
  readonly resource: ResourceLike;
  readonly instrumentationScope: InstrumentationScopeLike;
  readonly #scrub: LogValueScrubber;
  readonly #attributes: Record<string, AnyValue>;
  #body: LogBody | undefined;
  #eventName: string | undefined;

  constructor(source: ReadWriteLogRecordLike, parts: LogRecordParts, scrub: LogValueScrubber) {
    this.#scrub = scrub;
    this.hrTime = source.hrTime;
    this.hrTimeObserved = source.hrTimeObserved;
    if (source.spanContext !== undefined) this.spanContext = source.spanContext;
    if (source.severityText !== undefined) this.severityText = source.severityText;
    if (source.severityNumber !== undefined) this.severityNumber = source.severityNumber;
    this.droppedAttributesCount = source.droppedAttributesCount;
    this.resource = parts.resource;
    // Kept by identity: the SDK asks for a stable scope object, exporters group by it.
    this.instrumentationScope = source.instrumentationScope;
    this.#attributes = { ...parts.attributes };
    this.#body = parts.body;
    this.#eventName = parts.eventName;
  }

  get attributes(): LogAttributes {
    return this.#attributes;
  }

  get body(): LogBody | undefined {
    return this.#body;
  }

  set body(body: LogBody | undefined) {
    this.#body = body === undefined ? undefined : this.#scrub.body(body);
  }

  get eventName(): string | undefined {
    return this.#eventName;
  }

  set eventName(eventName: string | undefined) {
    this.#eventName = eventName === undefined ? undefined : this.#scrub.text(eventName);
  }

  setAttribute(key: string, value?: AnyValue): this {
    return this.setAttributes({ [key]: value });
  }

  setAttributes(attributes: LogAttributes): this {
    Object.assign(this.#attributes, this.#scrub.attributes(attributes));
    return this;
  }

  setBody(body: LogBody): this {
    this.body = body;
    return this;
  }

  setEventName(eventName: string): this {
    this.eventName = eventName;
    return this;
  }

  setSeverityNumber(severityNumber: SeverityNumber): this {
    this.severityNumber = severityNumber;
    return this;
  }

  setSeverityText(severityText: string): this {
    this.severityText = severityText;
    return this;
  }
}
