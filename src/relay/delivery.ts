import { SIGNALS } from './signals.js';
import { decodeResponse, joinJsonItems } from './codec.js';
import type { RelayMetrics } from './metrics.js';
import type { Spool } from './spool.js';
import type { SignalName } from './signals.js';
import type { Upstream, UpstreamProtocol } from './upstream.js';

export interface DeliveryOptions {
  readonly maxQueueBytes: number;
  readonly maxBatchBytes: number;
  readonly concurrency: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly protocol: UpstreamProtocol;
}

interface Entry {
  readonly signal: SignalName;
  readonly items: number;
  /** An encoded Export request (protobuf, concatenable) or the OTLP/JSON text of its resource list. */
  readonly payload: Buffer;
  readonly spoolFile: string | undefined;
}

export type Admission = 'queued' | 'full';

/**
 * The bounded queue between receiving and forwarding. A request is admitted whole or not at all: when its
 * bytes do not fit, the caller answers 429 and the client retries; nothing admitted is dropped for room.
 * Senders take batches of one signal from the head, up to `maxBatchBytes`; a failed batch goes back to the
 * head and is retried after an exponential backoff with full jitter, or after the upstream's Retry-After when
 * that is longer. Batches the upstream refuses as invalid are dropped and counted (retrying cannot help).
 */
export class Delivery {
  readonly #options: DeliveryOptions;
  readonly #upstream: Upstream;
  readonly #metrics: RelayMetrics;
  readonly #spool: Spool | undefined;
  readonly #queue: Entry[] = [];
  #queuedBytes = 0;
  #inFlight = 0;
  #inFlightBytes = 0;
  #inFlightItems = 0;
  #attempt = 0;
  #pausedUntil = 0;
  #timer: NodeJS.Timeout | undefined;
  #idle: (() => void)[] = [];
  #stopped = false;

  constructor(options: DeliveryOptions, upstream: Upstream, metrics: RelayMetrics, spool: Spool | undefined) {
    this.#options = options;
    this.#upstream = upstream;
    this.#metrics = metrics;
    this.#spool = spool;
    metrics.gauge('logveil_relay_queue_bytes', 'Bytes queued or in flight to the upstream.', () => this.queuedBytes);
    metrics.gauge('logveil_relay_spool_bytes', 'Bytes in the disk spool.', () => spool?.bytes ?? 0);
  }

  /** Queued plus in flight: what the relay holds in memory for the upstream. */
  get queuedBytes(): number {
    return this.#queuedBytes + this.#inFlightBytes;
  }

  /** Loads what a previous run spooled; it is sent first. Admitted even beyond the limit: it is already kept. */
  restore(): number {
    if (this.#spool === undefined) return 0;
    let items = 0;
    for (const entry of this.#spool.load()) {
      this.#queue.push({ signal: entry.signal, items: entry.items, payload: entry.payload, spoolFile: entry.file });
      this.#queuedBytes += entry.payload.length;
      items += entry.items;
    }
    this.#metrics.add('logveil_relay_spool_restored_items_total', {}, items);
    this.#pump();
    return items;
  }

  /**
   * Admits one scrubbed request. With a spool, the payload is on disk before this returns, so the caller's
   * acknowledgement survives a restart; without one, it is in this process's memory.
   */
  admit(signal: SignalName, items: number, payload: Buffer): Admission {
    if (this.#queuedBytes + this.#inFlightBytes + payload.length > this.#options.maxQueueBytes) return 'full';
    const spoolFile = this.#spool?.write(signal, items, payload);
    this.#queue.push({ signal, items, payload, spoolFile });
    this.#queuedBytes += payload.length;
    this.#pump();
    return 'queued';
  }

  /** Seconds a client should wait before retrying a refused request: the current backoff, at least one. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.#pausedUntil - Date.now()) / 1000));
  }

  /**
   * Resolves once nothing is queued or in flight, or after `deadlineMs`; returns the items still held, queued
   * or in flight (a send still waiting for the upstream is cut off when the relay closes; spooled, it is resent
   * on the next start).
   */
  async drain(deadlineMs: number): Promise<number> {
    if (this.#queue.length > 0 || this.#inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadlineMs);
        this.#idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    return this.#queue.reduce((sum, entry) => sum + entry.items, this.#inFlightItems);
  }

  #pump(): void {
    if (this.#stopped) return;
    const wait = this.#pausedUntil - Date.now();
    if (wait > 0) {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#pump();
      }, wait);
      return;
    }
    while (this.#inFlight < this.#options.concurrency && this.#queue.length > 0) this.#sendBatch(this.#takeBatch());
    if (this.#queue.length === 0 && this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  #takeBatch(): Entry[] {
    const first = this.#queue.shift()!;
    const batch = [first];
    let bytes = first.payload.length;
    for (let index = 0; index < this.#queue.length; ) {
      const next = this.#queue[index]!;
      if (next.signal === first.signal && bytes + next.payload.length <= this.#options.maxBatchBytes) {
        batch.push(next);
        bytes += next.payload.length;
        this.#queue.splice(index, 1);
      } else index++;
    }
    this.#queuedBytes -= bytes;
    this.#inFlightBytes += bytes;
    return batch;
  }

  #sendBatch(batch: Entry[]): void {
    const signal = SIGNALS[batch[0]!.signal];
    const bytes = batch.reduce((sum, entry) => sum + entry.payload.length, 0);
    const items = batch.reduce((sum, entry) => sum + entry.items, 0);
    // Two encoded protobuf requests of one type concatenate into one request holding both resource lists.
    const body =
      this.#options.protocol === 'http/json'
        ? joinJsonItems(signal, batch.map((entry) => entry.payload.toString('utf8')))
        : Buffer.concat(batch.map((entry) => entry.payload));
    this.#inFlight++;
    this.#inFlightItems += items;
    void this.#upstream.send(signal, body).then((result) => {
      this.#inFlight--;
      this.#inFlightItems -= items;
      this.#inFlightBytes -= bytes;
      if (result.kind === 'ok') {
        this.#attempt = 0;
        const partial = decodeResponse(signal, this.#options.protocol === 'http/json' ? 'json' : 'protobuf', result.body);
        this.#metrics.add('logveil_relay_upstream_sent_items_total', { signal: signal.name }, items);
        if (partial.rejected > 0) this.#metrics.add('logveil_relay_upstream_rejected_items_total', { signal: signal.name }, partial.rejected);
        this.#forget(batch);
      } else if (result.kind === 'retry') {
        this.#metrics.add('logveil_relay_retries_total', { signal: signal.name });
        this.#metrics.add('logveil_relay_upstream_errors_total', { reason: 'retryable' });
        this.#queue.unshift(...batch);
        this.#queuedBytes += bytes;
        const backoff = Math.min(this.#options.maxBackoffMs, this.#options.initialBackoffMs * 2 ** Math.min(this.#attempt, 20));
        this.#attempt++;
        const jittered = backoff / 2 + Math.random() * (backoff / 2);
        this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + Math.max(jittered, result.retryAfterMs ?? 0));
      } else {
        this.#metrics.add('logveil_relay_upstream_errors_total', { reason: 'rejected' });
        this.#metrics.add('logveil_relay_dropped_items_total', { signal: signal.name, reason: 'upstream_rejected' }, items);
        this.#forget(batch);
      }
      this.#pump();
    });
  }

  #forget(batch: readonly Entry[]): void {
    for (const entry of batch) if (entry.spoolFile !== undefined) this.#spool?.remove(entry.spoolFile, entry.payload.length);
  }
}
