import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { endDestination, openDestination } from './destination.js';
import { DestinationFailure, destinationName } from './destination-failure.js';
import { KnownSecretsSource } from '../sources/known-secrets-source.js';
import { LineScrubber, summaryLine } from './line-scrubber.js';
import { LineSplitter } from './line-splitter.js';
import { badOption, checkBoolean, checkDestination, checkKnownSecretsEnv } from './options.js';
import { streamDetection } from './redactor-options.js';
import { OPTION_NAMES } from '../options.js';
import { startRotation } from '../sources/rotation.js';
import { KNOWN_SECRETS_EVENT } from './worker-messages.js';
import type { KnownSecrets } from '../engine/known-secrets.js';
import type { RedactorOptions } from '../redactor.js';
import type { SonicBoom } from './destination.js';
import type { ReloadResult } from '../sources/known-secrets-source.js';
import type { FindingsCallback, ScrubSummary } from './line-scrubber.js';
import type { KnownSecretsSourceOptions } from '../sources/known-secrets-source.js';
import type { Rotation } from '../sources/rotation.js';

const METADATA = Symbol.for('pino.metadata');

/** Anything pino can write to: a SonicBoom, a multistream, a Node writable. */
export interface DestinationLike {
  write(chunk: string): unknown;
  flushSync?(): void;
  flush?(cb: (error?: Error | null) => void): void;
}

/**
 * Options of an in-process redacting stream. No structured clone here, so custom detectors, validators and
 * redaction functions are passed directly (or spread from a config module's default export).
 */
export interface RedactingStreamOptions extends RedactorOptions, KnownSecretsSourceOptions {
  /** A file path, a file descriptor, or a stream (left open when this stream ends). Default 1 (stdout). */
  readonly destination?: string | number | DestinationLike;
  /** For a path or descriptor: write synchronously, like `pino.destination({ sync: true })`. Default false. */
  readonly sync?: boolean;
  readonly mkdir?: boolean;
  readonly append?: boolean;
  /** Write a final line with the findings per detector when the stream ends. Default false. */
  readonly summary?: boolean;
  /** Called for each line with findings (per-detector counts for that line) or withheld. Never given values. */
  readonly onFindings?: FindingsCallback;
}

interface PinoMetadata {
  lastLevel?: unknown;
  lastTime?: unknown;
  lastLogger?: unknown;
  lastMsg?: unknown;
  lastObj?: unknown;
}

/**
 * A writable for `pino(options, stream)` that scrubs each line on the calling thread and writes it on, with
 * the guarantees of the transport: one line out per line in, in order, a marker for a line that cannot be
 * scrubbed, known secrets reloaded from their file.
 */
export class RedactingStream extends Writable {
  readonly #scrubber: LineScrubber;
  readonly #destination: DestinationLike;
  /** Set when this stream opened the destination, and so must end it. */
  readonly #owned: SonicBoom | undefined;
  readonly #rotation: Rotation;
  readonly #summary: boolean;
  readonly #forwardMetadata: boolean;
  readonly #decoder = new StringDecoder('utf8');
  /** Lines split across writes are joined (pino never splits one; other writers may). */
  readonly #splitter = new LineSplitter();
  readonly #failure: DestinationFailure;
  /** Lines handed to an owned async destination since it last said its buffer was empty. */
  #sinceDrain = 0;
  readonly #sync: boolean;
  lastLevel?: unknown;
  lastTime?: unknown;
  lastLogger?: unknown;
  lastMsg?: unknown;
  lastObj?: unknown;

  constructor(options: RedactingStreamOptions = {}) {
    // Strings stay strings: a Buffer round trip per line would cost more than the scrub of a clean line.
    super({ decodeStrings: false });
    checkStreamOptions(options);
    const source = new KnownSecretsSource(options, options.knownSecrets);
    this.#scrubber = new LineScrubber(streamDetection(options), source, options.onFindings);
    const target = options.destination ?? 1;
    this.#sync = options.sync === true;
    if (typeof target === 'string' || typeof target === 'number') {
      this.#failure = new DestinationFailure(destinationName(target));
      this.#owned = openDestination({ destination: target, sync: options.sync, mkdir: options.mkdir, append: options.append });
      // Not `this.destroy(error)`: pino never listens for 'error' on its stream, so that would end the app.
      this.#owned.on('error', (error: Error) => this.#destinationFailed(error, this.#sync ? 1 : this.#sinceDrain));
      this.#owned.on('drain', () => (this.#sinceDrain = 0));
      this.#destination = this.#owned;
    } else {
      this.#failure = new DestinationFailure('stream');
      this.#owned = undefined;
      this.#destination = target;
    }
    this.#summary = options.summary === true;
    this.#forwardMetadata = (this.#destination as { [METADATA]?: unknown })[METADATA] === true;
    this.#rotation = startRotation(this.#scrubber, source, options.watchKnownSecrets ?? true, (result) =>
      this.emit(KNOWN_SECRETS_EVENT, result),
    );
  }

  /**
   * pino fills `lastLevel` and friends on a stream that asks for them; ask only when the destination (a
   * multistream routing by level) needs them.
   */
  get [METADATA](): boolean {
    return this.#forwardMetadata;
  }

  /** Findings per detector, lines, redacted and withheld lines so far; `unwritten` once the destination failed. */
  stats(): ScrubSummary {
    const summary = this.#scrubber.summary();
    return this.#failure.failed ? { ...summary, unwritten: this.#failure.unwritten } : summary;
  }

  get knownSecrets(): KnownSecrets {
    return this.#scrubber.knownSecrets;
  }

  /** Reloads `knownSecretsFile` now; on failure the previous secrets stay in force. */
  reloadKnownSecrets(): ReloadResult {
    return this.#rotation.reload();
  }

  /** pino's `logger.flush()`. */
  flush(cb?: (error?: Error | null) => void): void {
    // A failed destination was destroyed: there is nothing left to flush.
    if (!this.#failure.failed && typeof this.#destination.flush === 'function') this.#destination.flush(cb ?? (() => {}));
    else if (cb !== undefined) process.nextTick(cb);
  }

  /** Called by pino on exit paths that cannot wait; writes are already synchronous up to the destination. */
  flushSync(): void {
    // A failed destination was destroyed, and SonicBoom throws on a flush after that.
    if (!this.#failure.failed) this.#destination.flushSync?.();
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#splitter.push(typeof chunk === 'string' ? chunk : this.#decoder.write(chunk), this.#emit);
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#splitter.push(this.#decoder.end(), this.#emit);
    this.#splitter.end(this.#emit);
    if (this.#summary && !this.#failure.failed) this.#write(summaryLine(this.#scrubber.summary()) + '\n');
    this.#rotation.close();
    // Reported once the destination is closed: its last writes may still fail.
    const done = (): void => {
      this.#failure.report();
      callback();
    };
    if (this.#owned === undefined) {
      this.flushSync();
      done();
      return;
    }
    void endDestination(this.#owned).then(done);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#rotation.close();
    // Destroyed before ending: release the file now rather than leak its descriptor.
    if (this.#owned !== undefined && !this.writableFinished && (this.#owned as { destroyed?: boolean }).destroyed !== true) this.#owned.destroy();
    callback(error);
  }

  readonly #emit = (line: string): void => {
    if (this.#failure.failed) {
      this.#failure.count();
      return;
    }
    const out = this.#scrubber.scrub(line) + '\n';
    const destination = this.#destination as DestinationLike & PinoMetadata;
    if (this.#forwardMetadata) {
      // Level and time route a multistream; the message and object are the unscrubbed originals, so they stop here.
      destination.lastLevel = this.lastLevel;
      destination.lastTime = this.lastTime;
      destination.lastLogger = this.lastLogger;
      destination.lastMsg = undefined;
      destination.lastObj = undefined;
    }
    this.#write(out);
  };

  #write(text: string): void {
    this.#sinceDrain++;
    try {
      this.#destination.write(text);
    } catch (error) {
      // A destination that throws would throw into the app's logging call; it is treated like one that
      // reports an error (this line included in the count).
      this.#destinationFailed(error, 1);
    }
  }

  /** Stops writing to a destination that failed; later lines are counted, the count said at the end. */
  #destinationFailed(error: unknown, inFlight: number): void {
    if (!this.#failure.fail(error, inFlight)) return;
    const owned = this.#owned as (SonicBoom & { destroyed?: boolean }) | undefined;
    if (owned !== undefined && owned.destroyed !== true) owned.destroy();
  }
}

/** Creates an in-process redacting stream. Throws a LogveilError naming the option at fault. */
export function createRedactingStream(options: RedactingStreamOptions = {}): RedactingStream {
  return new RedactingStream(options);
}

/** Every detection option (src/options.ts: nothing crosses a thread here), and the stream's own. */
const STREAM_KEYS = new Set<string>([
  ...OPTION_NAMES,
  ...['destination', 'sync', 'mkdir', 'append', 'summary', 'onFindings'],
  ...['knownSecretsFile', 'knownSecretsDir', 'watchKnownSecrets', 'knownSecretsEnv'],
]);

function checkStreamOptions(options: RedactingStreamOptions): void {
  if (options === null || typeof options !== 'object') throw new LogveilError(ErrorCodes.BAD_OPTION, 'options must be an object');
  for (const key of Object.keys(options)) {
    if (!STREAM_KEYS.has(key)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `unknown option "${key.slice(0, 60)}" (known: ${[...STREAM_KEYS].join(', ')})`);
    }
  }
  const destination = options.destination;
  if (typeof destination === 'object' && destination !== null) {
    if (typeof destination.write !== 'function') throw badOption('destination', 'must be a file path, a file descriptor or a stream');
  } else {
    checkDestination(destination);
  }
  for (const name of ['sync', 'mkdir', 'append', 'summary', 'watchKnownSecrets'] as const) checkBoolean(name, options[name]);
  if (options.knownSecretsFile !== undefined && (typeof options.knownSecretsFile !== 'string' || options.knownSecretsFile === '')) {
    throw badOption('knownSecretsFile', 'must be a file path');
  }
  if (options.knownSecretsDir !== undefined && (typeof options.knownSecretsDir !== 'string' || options.knownSecretsDir === '')) {
    throw badOption('knownSecretsDir', 'must be a directory path');
  }
  if ((options.knownSecretsFile !== undefined || options.knownSecretsDir !== undefined) && options.knownSecrets !== undefined) {
    throw badOption('knownSecrets', 'cannot be combined with knownSecretsFile or knownSecretsDir (the file or directory is the set that rotates)');
  }
  checkKnownSecretsEnv(options.knownSecretsEnv);
  if (options.onFindings !== undefined && typeof options.onFindings !== 'function') throw badOption('onFindings', 'must be a function');
}
