import { Duplex } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { endDestination } from './destination.js';
import { DestinationFailure } from './destination-failure.js';
import { LineSplitter } from './line-splitter.js';
import type { SonicBoom } from './destination.js';

/** What the stream is given by the transport: how to scrub, where to write, what to do at the end. */
export interface TransportStreamHooks {
  /** The scrubbed line, without its newline. Never throws. */
  scrub(line: string): string;
  /**
   * Opens the destination (called at most once, and only if logveil turns out to be the last step). It is
   * written Buffers (SonicBoom `contentMode: 'buffer'`, see `openDestination`).
   */
  open(): SonicBoom;
  /** A destination opened at startup, if the options named one. */
  readonly opened?: SonicBoom;
  /** How stderr names the destination if it fails (a path, `fd 3`, `stdout`). */
  readonly destinationName: string;
  /** The last line to write, if any (the summary). */
  lastLine(): string | undefined;
  /** Stops watchers and listeners; called once, when the stream ends or is destroyed. */
  stop(): void;
}

/** Size at which a batch of scrubbed lines is handed on without waiting for the end of the run. */
const BATCH_CHARS = 16 * 1024;
/** How far the worker may run ahead of the disk before it pauses, and where it resumes (bytes). */
const MAX_UNFLUSHED_BYTES = 4 * 1024 * 1024;
const RESUME_BELOW_BYTES = 1024 * 1024;

/**
 * Raw text in, scrubbed lines out: to the destination when logveil is the last step (or the only target),
 * to its readable side when a later pipeline step reads it. `finish` comes only once the destination is
 * closed: as the last step of a pipeline, pino's worker exits on `finish` (and on `close` as a target).
 */
export class TransportStream extends Duplex {
  readonly #hooks: TransportStreamHooks;
  readonly #splitter = new LineSplitter();
  readonly #decoder = new StringDecoder('utf8');
  #destination: SonicBoom | undefined;
  /**
   * Whether to write or pass lines on is decided at the first line: by then pino has built the whole
   * pipeline, and a later step reads from this stream only if logveil is not the last step.
   */
  #mode: 'undecided' | 'write' | 'pass' = 'undecided';
  #batch = '';
  #flushScheduled = false;
  /**
   * Backpressure. SonicBoom's `write()` returns false at 16 KB and says 'drain' only once everything is
   * written, so pausing on false would leave the worker idle during every disk write. Lines keep being
   * scrubbed while the disk works: input pauses at MAX_UNFLUSHED_BYTES not yet written and resumes below
   * RESUME_BELOW_BYTES. As a pipeline step, input pauses while the next step is not reading.
   */
  #unflushed = 0;
  #paused = false;
  #heldCallback: (() => void) | undefined;
  #stopped = false;
  /** Lines in `#batch`, and lines handed to the destination since it last said its buffer was empty. */
  #batchLines = 0;
  #sinceDrain = 0;
  readonly #failure: DestinationFailure;

  constructor(hooks: TransportStreamHooks) {
    super({ decodeStrings: false });
    this.#hooks = hooks;
    this.#failure = new DestinationFailure(hooks.destinationName);
    this.#destination = hooks.opened;
    hooks.opened?.on('error', this.#onDestinationError);
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.#splitter.push(typeof chunk === 'string' ? chunk : this.#decoder.write(chunk), this.#onLine);
    if (this.#paused) this.#heldCallback = callback;
    else callback();
  }

  override _final(callback: () => void): void {
    this.#splitter.push(this.#decoder.end(), this.#onLine);
    this.#splitter.end(this.#onLine);
    this.#stop();
    if (this.#mode === 'undecided') this.#decide();
    const last = this.#failure.failed ? undefined : this.#hooks.lastLine();
    if (last !== undefined) this.#write(last + '\n');
    this.#flush();
    const closed = this.#destination === undefined ? Promise.resolve() : endDestination(this.#destination);
    void closed.then(() => {
      // Said once the destination is closed: its last writes may still fail.
      this.#failure.report();
      this.push(null);
      callback();
    });
  }

  override _read(): void {
    if (this.#mode === 'pass') this.#resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#stop();
    callback(error);
  }

  readonly #onLine = (line: string): void => {
    if (this.#mode === 'undecided') this.#decide();
    if (this.#failure.failed) this.#failure.count();
    else this.#write(this.#hooks.scrub(line) + '\n');
  };

  /**
   * The destination failed (disk full, a descriptor closed or read-only): from now on lines are counted,
   * not written, and input keeps flowing. Destroying this stream instead would end the worker and raise
   * 'error' on pino's transport in the app's thread, which ends the app unless it listens.
   */
  readonly #onDestinationError = (error: Error): void => {
    if (!this.#failure.fail(error, this.#sinceDrain + this.#batchLines)) return;
    this.#batch = '';
    this.#batchLines = 0;
    // Release the descriptor and whatever the destination still holds: it would only retry and grow.
    const destination = this.#destination;
    if (destination !== undefined && (destination as { destroyed?: boolean }).destroyed !== true) destination.destroy();
    this.#resume();
  };

  #decide(): void {
    if (this.readableFlowing === true) {
      this.#mode = 'pass';
      if (this.#hooks.opened !== undefined) {
        process.stderr.write('logveil: in a pipeline lines go to the next step; option "destination" is not used\n');
      }
      return;
    }
    this.#mode = 'write';
    let destination = this.#destination;
    if (destination === undefined) {
      destination = this.#destination = this.#hooks.open();
      destination.on('error', this.#onDestinationError);
    }
    // SonicBoom reports each completed disk write ('write', bytes) and an empty buffer ('drain').
    destination.on('write', (bytes: number) => {
      this.#unflushed = Math.max(0, this.#unflushed - bytes);
      if (this.#unflushed < RESUME_BELOW_BYTES) this.#resume();
    });
    destination.on('drain', () => {
      this.#unflushed = 0;
      this.#sinceDrain = 0;
      this.#resume();
    });
    // Nobody reads the readable side of a last step; let it flow so that it can end and the stream close.
    this.resume();
  }

  /**
   * Scrubbed lines are gathered and handed on in batches: SonicBoom's cost per `write()` grows with what it
   * already holds, and a pipeline step splits lines again anyway. A batch goes out when it is large or when
   * the current run of lines ends (setImmediate), so order is kept and nothing waits long.
   */
  #write(text: string): void {
    this.#batch += text;
    this.#batchLines++;
    if (this.#batch.length >= BATCH_CHARS) this.#flush();
    else if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(this.#flush);
    }
  }

  readonly #flush = (): void => {
    this.#flushScheduled = false;
    if (this.#batch === '') return;
    const text = this.#batch;
    const lines = this.#batchLines;
    this.#batch = '';
    this.#batchLines = 0;
    if (this.#mode === 'pass') {
      if (!this.push(text)) this.#paused = true;
      return;
    }
    if (this.#failure.failed) {
      this.#failure.count(lines);
      return;
    }
    this.#sinceDrain += lines;
    const bytes = Buffer.from(text, 'utf8');
    // In `contentMode: 'buffer'` SonicBoom takes Buffers; its typings only name strings.
    this.#destination!.write(bytes as unknown as string);
    this.#unflushed += bytes.length;
    if (this.#unflushed >= MAX_UNFLUSHED_BYTES) this.#paused = true;
  };

  #resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    const callback = this.#heldCallback;
    this.#heldCallback = undefined;
    callback?.();
  }

  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#hooks.stop();
  }
}
