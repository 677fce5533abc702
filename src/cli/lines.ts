import { createReadStream, openSync, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CliError, unreadable } from '../command-line/cli-error.js';
import { fileKind } from './file-kind.js';
import { walkPaths } from './walk.js';
import type { FileKind } from './file-kind.js';
import type { PathPattern } from './glob.js';
import type { Readable } from 'node:stream';

export interface InputSource {
  /** Name used in messages and in `scan` output (`-` is standard input). */
  readonly name: string;
  /** Size in bytes when known (a regular file that is not compressed), for progress. */
  readonly size: number | undefined;
  /** `gzip` sources are read decompressed. */
  readonly kind: Exclude<FileKind, 'binary'>;
  open(): Readable;
}

/** What resolving the paths set aside: binary files, links out of the tree or in a loop, and read errors. */
export interface SetAside {
  binary: number;
  other: number;
  readonly errors: string[];
}

/**
 * Resolves FILE arguments to sources. A missing or unreadable file named on the command line is a user error
 * naming it (exit 2). With `walk`, a directory is walked (see walkPaths): binary files and links that leave
 * the tree are counted and skipped, unreadable files reported and skipped, so that one bad file does not end
 * a scan of a whole tree. Without it a directory is an error.
 */
export function inputSources(
  files: readonly string[],
  stdin: Readable,
  walk?: { readonly exclude: readonly PathPattern[]; readonly setAside: SetAside },
): InputSource[] {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) {
    return [{ name: '-', size: undefined, kind: 'text', open: () => stdin }];
  }
  const sources: InputSource[] = [];
  for (const file of files) {
    if (file === '-') {
      sources.push({ name: '-', size: undefined, kind: 'text', open: () => stdin });
      continue;
    }
    const stat = statOrFail(file);
    if (!stat.isDirectory()) {
      let source: InputSource | 'binary';
      try {
        source = fileSource(file, stat.size);
      } catch {
        // Unreadable: reported when its turn comes (openForReading), after the files before it were written.
        source = { name: file, size: stat.size, kind: 'text', open: () => createReadStream(file, { fd: openForReading(file) }) };
      }
      if (source === 'binary') throw new CliError(`${file}: is a binary file (not scanned)`, 2);
      sources.push(source);
      continue;
    }
    if (walk === undefined) throw new CliError(`${file}: is a directory`, 2);
    for (const entry of walkPaths([file], { exclude: walk.exclude })) {
      if (entry.kind === 'error') walk.setAside.errors.push(`${entry.path}: cannot be read (${entry.code})`);
      else if (entry.kind === 'skipped') walk.setAside.other++;
      else {
        let source;
        try {
          source = fileSource(entry.path, statSync(entry.path).size);
        } catch (error) {
          walk.setAside.errors.push(`${entry.path}: ${unreadable(error)}`);
          continue;
        }
        if (source === 'binary') walk.setAside.binary++;
        else sources.push(source);
      }
    }
  }
  return sources;
}

function statOrFail(file: string): import('node:fs').Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw new CliError(`${file}: ${unreadable(error)}`, 2);
  }
}

function fileSource(file: string, size: number): InputSource | 'binary' {
  const kind = size === 0 ? 'text' : fileKind(file);
  if (kind === 'binary') return 'binary';
  return {
    name: file,
    size: kind === 'gzip' ? undefined : size,
    kind,
    open: () => {
      const raw = createReadStream(file, { fd: openForReading(file) });
      if (kind === 'text') return raw;
      const gunzip = createGunzip();
      raw.on('error', (error) => gunzip.destroy(error));
      return raw.pipe(gunzip);
    },
  };
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
    throw new CliError(`${file}: ${unreadable(error)}`, 2);
  }
}

/**
 * The raw bytes of lines that are not valid UTF-8, by their index in the stream (0-based). Scanning needs
 * text, so such a line is scanned as decoded (invalid bytes become U+FFFD); when nothing in it is redacted, its
 * original bytes are written back, so a clean line comes out byte for byte whatever its encoding.
 */
export class RawLines {
  readonly #raw = new Map<number, Buffer>();

  record(index: number, bytes: Buffer): void {
    this.#raw.set(index, bytes);
  }

  /** The bytes to write for line `index` when its output is `output` and its decoded input was `input`. */
  output(index: number, input: string, output: string): string | Buffer {
    const raw = this.#raw.get(index);
    if (raw === undefined) return output;
    this.#raw.delete(index);
    return output === input ? raw : output;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Yields each line with its own line ending (`\n`, `\r\n`, or none for a last line without one), so that
 * writing the results back to back reproduces the input's line structure exactly. Lines are cut on the
 * newline byte, which never occurs inside a multi-byte UTF-8 character, and decoded one by one; lines that are
 * not valid UTF-8 are recorded in `raw`. Reports bytes consumed.
 */
export async function* readLines(stream: Readable, onBytes: (bytes: number) => void = () => {}, raw?: RawLines): AsyncGenerator<string> {
  // The pieces of a line whose end has not arrived yet. Only each new chunk is searched for a newline: the
  // pending text used to be joined and searched again from its start on every chunk, which made one long
  // line quadratic (a 32 MB line took 36 s to read, 1 MB 0.14 s).
  let pending: Buffer[] = [];
  let index = 0;
  const decode = (bytes: Buffer): string => {
    const text = bytes.toString('utf8');
    if (raw !== undefined && text.includes('\uFFFD')) {
      try {
        strictUtf8.decode(bytes);
      } catch {
        raw.record(index, bytes);
      }
    }
    index++;
    return text;
  };
  for await (const data of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    onBytes(chunk.length);
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline + 1);
      if (pending.length === 0) yield decode(piece);
      else {
        pending.push(piece);
        const line = Buffer.concat(pending);
        pending = [];
        yield decode(line);
      }
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield decode(Buffer.concat(pending));
}
