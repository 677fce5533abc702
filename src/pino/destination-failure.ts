import { errorReason } from './error-reason.js';

/**
 * What a stream does once its destination has failed (disk full, a closed or read-only descriptor, a broken
 * pipe): it stops writing to it, counts every line it could not deliver, and says so on stderr, once when
 * it happens and once when the stream ends. It does not emit 'error'. In pino's worker that error travels
 * to the app's thread as an 'error' event on the transport, which ends the app when nobody listens for it
 * (pino/file does exactly that); in process, pino never listens for errors on its stream.
 */
export class DestinationFailure {
  readonly #name: string;
  #reason: string | undefined;
  #unwritten = 0;

  /** `name`: how stderr names the destination (a path, `fd 3`, `stdout`); never anything from a line. */
  constructor(name: string) {
    this.#name = name;
  }

  get failed(): boolean {
    return this.#reason !== undefined;
  }

  /** Lines not delivered: those the destination held unconfirmed when it failed, and every one since. */
  get unwritten(): number {
    return this.#unwritten;
  }

  /**
   * Records the first failure and returns true; later ones return false. `inFlight`: lines handed to the
   * destination that it had not confirmed as written (an upper bound: they are counted as not written).
   */
  fail(error: unknown, inFlight: number): boolean {
    if (this.#reason !== undefined) return false;
    const code = (error as { code?: unknown } | null)?.code;
    // An errno code (ENOSPC, EBADF) or the error's class; never its message, which may quote a path or data.
    this.#reason = typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : errorReason(error);
    this.#unwritten += inFlight;
    process.stderr.write(`logveil: destination ${this.#name} failed (${this.#reason}); no more lines are written to it, they are counted\n`);
    return true;
  }

  /** Counts lines that arrived after the failure. */
  count(lines = 1): void {
    this.#unwritten += lines;
  }

  /** Said when the stream ends, if the destination failed. */
  report(): void {
    if (this.#reason === undefined) return;
    process.stderr.write(`logveil: ${this.#unwritten} lines not written to ${this.#name} (${this.#reason})\n`);
  }
}

/** How stderr names a destination given as a path or a descriptor. */
export function destinationName(destination: string | number): string {
  if (typeof destination === 'string') return destination;
  return destination === 1 ? 'stdout' : destination === 2 ? 'stderr' : `fd ${destination}`;
}
