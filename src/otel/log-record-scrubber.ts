import { FAIL_CLOSED_MARKER, MarkedResource, markAttributes, markValue, scrubFailingClosed } from './fail-closed.js';
import { ScrubbedLogRecord } from './scrubbed-log-record.js';
import { urlCredentialCount } from './stats.js';
import { addSummary } from './summary.js';
import { TextBatch } from './text-batch.js';
import type { LogAttributes, LogBody } from '@opentelemetry/api-logs';
import type { LogValueScrubber } from './scrubbed-log-record.js';
import type { OtelScrubbing } from './scrubbing.js';
import type { ReadWriteLogRecordLike, ResourceLike } from './types.js';

/**
 * Turns an emitted log record into one that is safe to export: the original when its body, event name,
 * attributes and resource are clean, else a `ScrubbedLogRecord` copy. A string body that starts like JSON is
 * redacted structurally (it stays valid JSON), a structured body by its keys and values. If scrubbing throws,
 * the copy is fail-closed and the failure counted.
 */
export class LogRecordScrubber {
  readonly #scrubbing: OtelScrubbing;
  /** For values set on a copy after scrubbing. */
  readonly #values: LogValueScrubber;

  constructor(scrubbing: OtelScrubbing) {
    this.#scrubbing = scrubbing;
    const { redactor, attributes } = scrubbing;
    this.#values = {
      attributes: (map) => attributes.scrub(map),
      body: (body) => this.#body(body, -1, null),
      text: (text) => redactor.redactString(text),
    };
  }

  /** The record to hand on, or `undefined` when it could not even be read (counted as dropped). */
  scrub(record: ReadWriteLogRecordLike): ReadWriteLogRecordLike | undefined {
    return scrubFailingClosed(record, this.#scrubbing.counters, (item) => this.#scrub(item), (item) => this.#failClosed(item));
  }

  #scrub(record: ReadWriteLogRecordLike): ReadWriteLogRecordLike {
    const { redactor, attributes: scrubber, resources, summary, counters } = this.#scrubbing;
    const resource = resources.scrub(record.resource);
    // A batch per record: a custom redaction function may emit a record of its own meanwhile.
    const batch = new TextBatch();
    const source = { body: record.body, eventName: record.eventName, attributes: record.attributes };
    const eventNameIndex = source.eventName === undefined ? -1 : batch.add(source.eventName);
    let special = false;
    let bodyIndex = -1;
    if (typeof source.body === 'string') {
      bodyIndex = batch.add(source.body);
    } else if (isStructured(source.body)) {
      special = true;
    }
    const plan = scrubber.collect(source.attributes, batch);
    const dirty = batch.scan(redactor);
    if (dirty === null && !special && !plan.special && resource === record.resource) return record;

    summary?.begin();
    const urlBefore = urlCredentialCount(redactor);
    const eventName = eventNameIndex === -1 ? source.eventName : scrubber.text(source.eventName!, eventNameIndex, dirty);
    const body = source.body === undefined ? undefined : this.#body(source.body, bodyIndex, dirty);
    let attributes = scrubber.apply(source.attributes, plan, dirty);
    counters.urlCredentials += urlCredentialCount(redactor) - urlBefore;
    if (eventName === source.eventName && body === source.body && attributes === source.attributes && resource === record.resource) {
      return record;
    }
    if (summary !== undefined) attributes = addSummary(attributes, summary.end());
    return new ScrubbedLogRecord(record, { body, eventName, attributes, resource }, this.#values);
  }

  /** `index` is the body's place in the batch, or -1 when it was not batched (JSON, structured, set later). */
  #body(body: LogBody, index: number, dirty: Uint8Array | null): LogBody {
    const { redactor, attributes } = this.#scrubbing;
    if (typeof body === 'string') {
      return index === -1 ? redactor.redactString(body) : attributes.text(body, index, dirty);
    }
    return isStructured(body) ? redactor.redactValue(body) : body;
  }

  #failClosed(record: ReadWriteLogRecordLike): ReadWriteLogRecordLike {
    let resource: ResourceLike;
    try {
      resource = this.#scrubbing.resources.scrub(record.resource);
    } catch {
      resource = new MarkedResource(record.resource);
    }
    const parts = {
      body: markValue(record.body) as LogBody,
      eventName: record.eventName === undefined ? undefined : FAIL_CLOSED_MARKER,
      attributes: markAttributes(record.attributes as LogAttributes) ?? {},
      resource,
    };
    // Values set on a fail-closed copy are marked too: the scrubber that failed is not trusted with them.
    return new ScrubbedLogRecord(record, parts, {
      attributes: (map) => markAttributes(map) ?? {},
      body: (body) => markValue(body) as LogBody,
      text: () => FAIL_CLOSED_MARKER,
    });
  }
}

function isStructured(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !ArrayBuffer.isView(value);
}
