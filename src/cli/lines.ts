import { createReadStream, statSync } from 'node:fs';
import { CliError } from './cli-error.js';
import type { Readable } from 'node:stream';

export interface InputSource {
  /** Name used in messages and in `scan` output (`-` is standard input). */
  readonly name: string;
  /** Size in bytes when known (a regular file), for progress. */
  readonly size: number | undefined;
  open(): Readable;
}

/** Resolves the FILE arguments; a missing or unreadable file is a user error naming it (exit 2). */
export function inputSources(files: readonly string[], stdin: Readable): InputSource[] {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) {
    return [{ name: '-', size: undefined, open: () => stdin }];
  }
  return files.map((file) => {
    if (file === '-') return { name: '-', size: undefined, open: () => stdin };
    let size: number;
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new CliError(`${file}: is a directory`, 2);
      size = stat.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`, 2);
    }
    return { name: file, size, open: () => createReadStream(file) };
  });
}

/**
 * Yields each line with its own line ending (`\n`, `\r\n`, or none for a last line without one), so that
 * writing the results back to back reproduces the input's line structure exactly. Reports bytes consumed.
 */
export async function* readLines(stream: Readable, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<string> {
  let pending = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    onBytes(Buffer.byteLength(chunk));
    pending += chunk;
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', start)) {
      yield pending.slice(start, newline + 1);
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield pending;
}
