import { closeSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export type FileKind = 'text' | 'gzip' | 'binary';

const SNIFF_BYTES = 8192;

/**
 * What a file holds, from its first bytes: gzip by its magic number, binary when a NUL byte appears (text
 * logs, Markdown and JSON never hold one; UTF-16 text does, and is treated as binary). A gzip file is binary
 * when what it decompresses to is.
 */
export function fileKind(path: string): FileKind {
  const head = readHead(path, SNIFF_BYTES);
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    return isBinary(gunzipPrefix(head)) ? 'binary' : 'gzip';
  }
  return isBinary(head) ? 'binary' : 'text';
}

export function isBinary(bytes: Buffer): boolean {
  return bytes.includes(0);
}

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The start of what a truncated gzip prefix decompresses to (zlib reports the truncation, after the bytes). */
function gunzipPrefix(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: keep what a cut stream yields */ });
  } catch {
    return Buffer.alloc(0);
  }
}
