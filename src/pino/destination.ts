import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';
import { ErrorCodes, LogveilError } from '../engine/errors.js';

/** pino's SonicBoom: the destination `pino/file` writes to, with the same flush-on-exit behaviour. */
export type SonicBoom = ReturnType<typeof pino.destination>;

export interface DestinationOptions {
  readonly destination: string | number;
  readonly sync?: boolean;
  readonly mkdir?: boolean;
  readonly append?: boolean;
  /**
   * Written in large Buffers rather than strings (the transport's batches). SonicBoom then hands the disk up
   * to BYTES_PER_WRITE at a time; see `openDestination`.
   */
  readonly bytes?: boolean;
}

/**
 * One disk write's worth for byte destinations. SonicBoom issues its next write only when the thread that owns
 * it is free, and the transport's thread is busy scrubbing: 16 KiB per round trip (SonicBoom's default) left
 * the disk idle for a fifth of a burst. Larger writes of strings cost more, not less (SonicBoom measures the
 * held string on every call), hence Buffers. Measured in one worker, 100,000 pino lines of 600 bytes: 4.5-4.7
 * µs per line with 16 KiB strings, 3.1-3.6 µs with 256 KiB Buffers (1 MiB: no better).
 */
const BYTES_PER_WRITE = 256 * 1024;

/**
 * Opens a file or descriptor for writing through pino's SonicBoom. A path is opened here, synchronously,
 * rather than by SonicBoom in the background: a bad path then fails at startup with the option named, and a
 * process that logs and calls `process.exit()` before an async open completes still has a descriptor to
 * flush its lines to (an async SonicBoom on a path would lose them).
 */
export function openDestination(options: DestinationOptions): SonicBoom {
  let fd = options.destination;
  if (typeof fd === 'string') {
    const path = fd;
    try {
      if (options.mkdir === true) mkdirSync(dirname(path), { recursive: true });
      fd = openSync(path, options.append === false ? 'w' : 'a');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new LogveilError(ErrorCodes.BAD_OPTION, `option "destination": cannot open ${path} (${code})`);
    }
  }
  const sync = options.sync ?? false;
  return options.bytes === true
    ? pino.destination({ dest: fd, sync, contentMode: 'buffer', maxWrite: BYTES_PER_WRITE })
    : pino.destination({ dest: fd, sync });
}

/** Ends a destination and resolves once every byte is written and the file closed. Never rejects. */
export function endDestination(stream: SonicBoom): Promise<void> {
  return new Promise((resolve) => {
    // `destroyed` is real but missing from sonic-boom's types; `end()` on a destroyed stream throws.
    if ((stream as { destroyed?: boolean }).destroyed === true) {
      resolve();
      return;
    }
    stream.once('close', () => resolve());
    // An error while flushing is reported by the stream's own 'error' listeners; closing must still finish.
    stream.once('error', () => resolve());
    stream.end();
  });
}
