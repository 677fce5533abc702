import { decodeRequest, encodeJsonItems, encodeProtobuf, UndecodableBody } from './codec.js';
import { NestingTooDeep, RequestScrubber } from './scrub-request.js';
import type { Delivery } from './delivery.js';
import type { RelayMetrics } from './metrics.js';
import type { Redactor } from '../redactor.js';
import type { WireFormat } from './codec.js';
import type { Signal } from './signals.js';
import type { UpstreamProtocol } from './upstream.js';

export type IngestResult =
  | { readonly kind: 'accepted'; readonly rejected: number; readonly message: string }
  | { readonly kind: 'bad'; readonly message: string }
  | { readonly kind: 'full'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unavailable'; readonly retryAfterSeconds: number };

/**
 * One export request from any listener: decode, scrub, encode for the upstream, admit to the queue. Only the
 * scrubbed message is ever encoded; a request that fails to decode or to scrub is refused whole.
 */
export class Ingest {
  readonly #scrubber: RequestScrubber;
  readonly #delivery: Delivery;
  readonly #metrics: RelayMetrics;
  readonly #protocol: UpstreamProtocol;
  draining = false;

  constructor(redactor: Redactor, delivery: Delivery, metrics: RelayMetrics, protocol: UpstreamProtocol, maxDepth: number) {
    this.#scrubber = new RequestScrubber(redactor, maxDepth);
    this.#delivery = delivery;
    this.#metrics = metrics;
    this.#protocol = protocol;
  }

  handle(signal: Signal, body: Buffer, format: WireFormat): IngestResult {
    const result = this.#handle(signal, body, format);
    this.#metrics.add('logveil_relay_requests_total', { signal: signal.name, outcome: result.kind });
    return result;
  }

  #handle(signal: Signal, body: Buffer, format: WireFormat): IngestResult {
    if (this.draining) return { kind: 'unavailable', retryAfterSeconds: 5 };
    let message;
    let items = 0;
    let withheld = 0;
    try {
      message = decodeRequest(signal, body, format);
      ({ items, withheld } = this.#scrubber.scrub(signal.name, message));
    } catch (error) {
      if (error instanceof UndecodableBody || error instanceof NestingTooDeep) return { kind: 'bad', message: error.message };
      if (error instanceof RangeError) return { kind: 'bad', message: 'the body nests too deep to decode' };
      // Fail closed: a request the relay cannot scrub is refused, never forwarded as it came.
      this.#metrics.add('logveil_relay_items_total', { signal: signal.name, outcome: 'failed_closed' }, 1);
      return { kind: 'bad', message: 'the request could not be scrubbed and was not forwarded' };
    }
    const payload = this.#protocol === 'http/json' ? Buffer.from(encodeJsonItems(signal, message)) : encodeProtobuf(signal, message);
    const kept = items - withheld;
    if (kept > 0 || payload.length > 0) {
      let admission;
      try {
        admission = this.#delivery.admit(signal.name, kept, payload);
      } catch {
        // The spool could not be written (disk full, permissions): not acknowledged, so the client retries.
        this.#metrics.add('logveil_relay_items_total', { signal: signal.name, outcome: 'spool_failed' }, items);
        return { kind: 'unavailable', retryAfterSeconds: 5 };
      }
      if (admission === 'full') {
        this.#metrics.add('logveil_relay_items_total', { signal: signal.name, outcome: 'refused_full' }, items);
        return { kind: 'full', retryAfterSeconds: this.#delivery.retryAfterSeconds() };
      }
    }
    this.#metrics.add('logveil_relay_items_total', { signal: signal.name, outcome: 'accepted' }, kept);
    if (withheld > 0) this.#metrics.add('logveil_relay_items_total', { signal: signal.name, outcome: 'withheld' }, withheld);
    return { kind: 'accepted', rejected: withheld, message: withheld > 0 ? `${withheld} items could not be scrubbed and were withheld` : '' };
  }
}
