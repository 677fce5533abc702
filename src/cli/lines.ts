import { createReadStream, openSync, statSync } from 'node:fs';
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
    return { name: file, size, open: () => createReadStream(file, { fd: openForReading(file) }) };
  });
}

/**
 * Opened here, when the file's turn comes, rather than by the read stream: an open that fails (a file made
 * unreadable or removed after the stat above) is then a user error naming the file, not an internal error
 * from the middle of the read loop.
 */
function openForReading(file: string): number {
  try {
    return openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})`, 2);
  }
}

/**
 * Yields each line with its own line ending (`\n`, `\r\n`, or none for a last line without one), so that
 * writing the results back to back reproduces the input's line structure exactly. Reports bytes consumed.
 */
export async function* readLines(stream: Readable, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<string> {
  // The pieces of a line whose end has not arrived yet. Only each new chunk is searched for a newline: the
  // pending text used to be joined and searched again from its start on every chunk, which made one long
  // line quadratic (a 32 MB line took 36 s to read, 1 MB 0.14 s).
  let pending: string[] = [];
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    onBytes(Buffer.byteLength(chunk));
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, newline + 1);
      if (pending.length === 0) yield piece;
      else {
        pending.push(piece);
        const line = pending.join('');
        pending = [];
        yield line;
      }
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  if (pending.length > 0) yield pending.join('');
}
