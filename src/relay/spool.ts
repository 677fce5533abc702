import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignalName } from './signals.js';

export interface SpooledEntry {
  readonly file: string;
  readonly signal: SignalName;
  readonly items: number;
  readonly payload: Buffer;
}

const NAME = /^(\d{13})-(\d{6})-(traces|logs|metrics)-(\d+)\.otlp$/;

/**
 * A directory of scrubbed batches waiting for the upstream, one file per accepted request, written before the
 * request is acknowledged and removed once the upstream accepted it. Files are written to a temporary name and
 * renamed, so a file that exists is complete. Only scrubbed bytes ever reach the disk.
 */
export class Spool {
  readonly #dir: string;
  #sequence = 0;
  #bytes = 0;

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  get bytes(): number {
    return this.#bytes;
  }

  write(signal: SignalName, items: number, payload: Buffer): string {
    this.#sequence = (this.#sequence + 1) % 1_000_000;
    const name = `${Date.now()}-${String(this.#sequence).padStart(6, '0')}-${signal}-${items}.otlp`;
    const temporary = join(this.#dir, `.${name}.tmp`);
    writeFileSync(temporary, payload, { mode: 0o600 });
    renameSync(temporary, join(this.#dir, name));
    this.#bytes += payload.length;
    return name;
  }

  remove(file: string, size: number): void {
    rmSync(join(this.#dir, file), { force: true });
    this.#bytes = Math.max(0, this.#bytes - size);
  }

  /** Everything a previous run left, oldest first. Temporary files of an interrupted write are discarded. */
  load(): SpooledEntry[] {
    const entries: SpooledEntry[] = [];
    for (const name of readdirSync(this.#dir).sort()) {
      if (name.endsWith('.tmp')) {
        rmSync(join(this.#dir, name), { force: true });
        continue;
      }
      const match = NAME.exec(name);
      if (match === null) continue;
      const payload = readFileSync(join(this.#dir, name));
      this.#bytes += statSync(join(this.#dir, name)).size;
      entries.push({ file: name, signal: match[3] as SignalName, items: Number(match[4]), payload });
    }
    return entries;
  }
}
