import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** The streams a command runs against: the real process's, or a test's. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: NodeJS.WriteStream | Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Writes with backpressure: a slow consumer (a pipe into `less`) pauses reading instead of filling memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * The exit code for a reader that closes the pipe early (`logveil scan . | head -1`). Usually 0, since that
 * is not a failure; `scan` raises it to 1 once it has reported a finding, so a broken pipe after findings
 * still says "found".
 */
export const brokenPipe = { exitCode: 0 };
