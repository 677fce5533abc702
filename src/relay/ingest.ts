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
  /** Set on SIGTERM: requests that begin from then on are refused with 503 (the client retries elsewhere). */
  draining = false;
  /** Requests whose body is still arriving; a drain waits for them (see `settled`). */
  #receiving = 0;
  #settledWaiters: (() => void)[] = [];

  constructor(redactor: Redactor, delivery: Delivery, metrics: RelayMetrics, protocol: UpstreamProtocol, maxDepth: number) {
    this.#scrubber = new RequestScrubber(redactor, maxDepth);
    this.#delivery = delivery;
    this.#metrics = metrics;
    this.#protocol = protocol;
  }

  get receiving(): number {
    return this.#receiving;
  }

  /**
   * Marks a request whose body has started to arrive; call the returned function once it is answered. A
   * request that began before the drain is still served when its body completes during the drain: its client
   * has already sent it, and cutting it off would only make it send it again.
   */
  begin(): { readonly begunBeforeDrain: boolean; end(): void } {
    this.#receiving++;
    let ended = false;
    return {
      begunBeforeDrain: !this.draining,
      end: () => {
        if (ended) return;
        ended = true;
        this.#receiving--;
        if (this.#receiving === 0) for (const wake of this.#settledWaiters.splice(0)) wake();
      },
    };
  }

  /** Resolves once no request is being received, or after `deadlineMs` (a stalled client is then cut off). */
  async settled(deadlineMs: number): Promise<void> {
    if (this.#receiving === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, deadlineMs);
      this.#settledWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** One whole request; `begunBeforeDrain` says whether it started before SIGTERM (a gRPC message arrives whole). */
  handle(signal: Signal, body: Buffer, format: WireFormat, begunBeforeDrain = !this.draining): IngestResult {
    const result = this.#handle(signal, body, format, begunBeforeDrain);
    this.#metrics.add('logveil_relay_requests_total', { signal: signal.name, outcome: result.kind });
    return result;
  }

  #handle(signal: Signal, body: Buffer, format: WireFormat, begunBeforeDrain: boolean): IngestResult {
    if (!begunBeforeDrain) return { kind: 'unavailable', retryAfterSeconds: 5 };
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
