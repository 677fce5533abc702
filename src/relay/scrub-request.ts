import { AnyValueScrubber, NestingTooDeep } from './any-value.js';
import { scrubTraceState } from './trace-state.js';
import type { AnyValue, KeyValue } from './any-value.js';
import type { Redactor } from '../redactor.js';
import type { SignalName } from './signals.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- protobufjs messages are walked by their schema's field names. */
type Msg = any;

export interface ScrubOutcome {
  /** Items (spans, log records, data points) in the request. */
  items: number;
  /** Items withheld because scrubbing them failed (fail closed); reported as rejected in a partial success. */
  withheld: number;
}

export { NestingTooDeep };

/**
 * Scrubs, in place, every string a sender controls in a decoded OTLP export request: names, messages, bodies,
 * trace states, attributes at every level (resource, scope, span, event, link, log, data point, exemplar,
 * metric metadata). Ids, timestamps, numbers, flags and enums are not touched. An item whose scrubbing throws is removed and
 * counted, never forwarded as it came.
 */
export class RequestScrubber {
  readonly #redactor: Redactor;
  readonly #values: AnyValueScrubber;

  constructor(redactor: Redactor, maxDepth = 32) {
    this.#redactor = redactor;
    this.#values = new AnyValueScrubber(redactor, maxDepth);
  }

  scrub(signal: SignalName, request: Msg): ScrubOutcome {
    const outcome: ScrubOutcome = { items: 0, withheld: 0 };
    const resources: Msg[] = request.resourceSpans ?? request.resourceLogs ?? request.resourceMetrics ?? [];
    for (const resource of resources) {
      this.#resource(resource);
      const scopes: Msg[] = resource.scopeSpans ?? resource.scopeLogs ?? resource.scopeMetrics ?? [];
      for (const scope of scopes) {
        this.#scope(scope);
        if (signal === 'traces') scope.spans = this.#items(scope.spans, outcome, (span) => this.#span(span));
        else if (signal === 'logs') scope.logRecords = this.#items(scope.logRecords, outcome, (record) => this.#log(record));
        else scope.metrics = this.#metrics(scope.metrics, outcome);
      }
    }
    return outcome;
  }

  #items(list: Msg[] | undefined, outcome: ScrubOutcome, scrub: (item: Msg) => void): Msg[] | undefined {
    if (list === undefined) return list;
    const kept: Msg[] = [];
    for (const item of list) {
      outcome.items++;
      try {
        scrub(item);
        kept.push(item);
      } catch (error) {
        if (error instanceof NestingTooDeep) throw error;
        outcome.withheld++;
      }
    }
    return kept;
  }

  #text(value: string | undefined | null): string | undefined | null {
    return value === undefined || value === null || value.length === 0 ? value : this.#redactor.redactString(value);
  }

  /**
   * Scrubs one string field where the sender set it. protobufjs keeps defaults on the prototype; assigning
   * one as an own property would make the encoder write a field the sender never sent.
   */
  #field(holder: Msg, name: string): void {
    if (!Object.hasOwn(holder, name)) return;
    const value = holder[name];
    if (typeof value === 'string' && value.length > 0) {
      const scrubbed = this.#redactor.redactString(value);
      if (scrubbed !== value) holder[name] = scrubbed;
    }
  }

  /** A span's or link's W3C tracestate, scrubbed and kept a valid header (trace-state.ts). */
  #traceState(holder: Msg): void {
    if (!Object.hasOwn(holder, 'traceState')) return;
    const value = holder.traceState;
    if (typeof value !== 'string' || value.length === 0) return;
    const scrubbed = scrubTraceState(value, (text) => this.#redactor.redactString(text));
    if (scrubbed !== value) holder.traceState = scrubbed;
  }

  #attributes(list: KeyValue[] | undefined): KeyValue[] | undefined {
    return this.#values.attributes(list);
  }

  #resource(resource: Msg): void {
    this.#field(resource, 'schemaUrl');
    const body = resource.resource;
    if (body === undefined || body === null) return;
    body.attributes = this.#attributes(body.attributes);
    for (const ref of body.entityRefs ?? []) {
      this.#field(ref, 'schemaUrl');
      this.#field(ref, 'type');
      ref.idKeys = (ref.idKeys ?? []).map((key: string) => this.#text(key));
      ref.descriptionKeys = (ref.descriptionKeys ?? []).map((key: string) => this.#text(key));
    }
  }

  #scope(scope: Msg): void {
    this.#field(scope, 'schemaUrl');
    const body = scope.scope;
    if (body === undefined || body === null) return;
    this.#field(body, 'name');
    this.#field(body, 'version');
    body.attributes = this.#attributes(body.attributes);
  }

  #span(span: Msg): void {
    this.#field(span, 'name');
    this.#traceState(span);
    span.attributes = this.#attributes(span.attributes);
    for (const event of span.events ?? []) {
      this.#field(event, 'name');
      event.attributes = this.#attributes(event.attributes);
    }
    for (const link of span.links ?? []) {
      this.#traceState(link);
      link.attributes = this.#attributes(link.attributes);
    }
    if (span.status !== undefined && span.status !== null) this.#field(span.status, 'message');
  }

  #log(record: Msg): void {
    this.#field(record, 'severityText');
    this.#field(record, 'eventName');
    record.attributes = this.#attributes(record.attributes);
    const body: AnyValue | undefined | null = record.body;
    if (body !== null && body !== undefined && Object.hasOwn(body, 'stringValue') && typeof body.stringValue === 'string') {
      // A string body that is a JSON document stays valid JSON, redacted by its keys (as the other doors do).
      const text = body.stringValue as string;
      const first = text.trimStart().charCodeAt(0);
      body.stringValue = first === 123 || first === 91 ? this.#redactor.redactLine(text) : this.#redactor.redactString(text);
    } else {
      record.body = this.#values.value(body);
    }
  }

  #metrics(metrics: Msg[] | undefined, outcome: ScrubOutcome): Msg[] | undefined {
    if (metrics === undefined) return metrics;
    for (const metric of metrics) {
      this.#field(metric, 'name');
      this.#field(metric, 'description');
      this.#field(metric, 'unit');
      metric.metadata = this.#attributes(metric.metadata);
      const data = metric.gauge ?? metric.sum ?? metric.histogram ?? metric.exponentialHistogram ?? metric.summary;
      if (data === undefined || data === null) continue;
      data.dataPoints = this.#items(data.dataPoints, outcome, (point) => {
        point.attributes = this.#attributes(point.attributes);
        for (const exemplar of point.exemplars ?? []) exemplar.filteredAttributes = this.#attributes(exemplar.filteredAttributes);
      });
    }
    return metrics;
  }
}
