import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces `path` with new content so that a crash at any moment leaves either the old file or the new one,
 * never a mix: the content goes to a temporary file in the same directory (a rename is atomic only within one
 * file system), is flushed to disk with fsync, gets the original's mode, and is renamed over the original;
 * the directory is synced last so the rename itself survives a power cut. `backupSuffix` keeps a copy of the
 * original beside it first.
 *
 * `LOGVEIL_TEST_CRASH=before-rename` ends the process between the flush and the rename: the crash tests use it
 * to show the original is intact and the temporary file is the only trace.
 */
export class AtomicFile {
  readonly #path: string;
  readonly #temporary: string;
  readonly #fd: number;
  #open = true;

  constructor(path: string) {
    this.#path = path;
    this.#temporary = join(dirname(path), `.${basename(path)}.logveil-${randomBytes(6).toString('hex')}.tmp`);
    this.#fd = openSync(this.#temporary, 'wx', 0o600);
  }

  write(chunk: string | Buffer): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.#fd, bytes, offset);
  }

  commit(backupSuffix?: string): void {
    const mode = statSync(this.#path).mode & 0o7777;
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#open = false;
    chmodSync(this.#temporary, mode);
    if (backupSuffix !== undefined) copyFileSync(this.#path, this.#path + backupSuffix);
    if (process.env.LOGVEIL_TEST_CRASH === 'before-rename') process.exit(137);
    renameSync(this.#temporary, this.#path);
    syncDirectory(dirname(this.#path));
  }

  /** Drops the temporary file: the original was never touched. */
  abandon(): void {
    if (this.#open) closeSync(this.#fd);
    this.#open = false;
    try {
      unlinkSync(this.#temporary);
    } catch {
      // already gone
    }
  }
}

function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
