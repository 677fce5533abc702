import type { WriteStream } from 'node:tty';

/**
 * A one-line progress display on stderr for long inputs, only when stderr is a terminal (never in pipes or
 * CI logs). Redraws at most every 200 ms, so it costs nothing measurable per line.
 */
export class Progress {
  readonly #stream: WriteStream | undefined;
  readonly #label: string;
  readonly #total: number | undefined;
  #bytes = 0;
  #lines = 0;
  #lastDraw = 0;
  readonly #started = Date.now();

  constructor(stderr: NodeJS.WriteStream, label: string, total: number | undefined) {
    const minimum = 4 * 1024 * 1024;
    this.#stream = stderr.isTTY === true && (total === undefined || total >= minimum) ? (stderr as WriteStream) : undefined;
    this.#label = label;
    this.#total = total;
  }

  bytes(count: number): void {
    this.#bytes += count;
  }

  line(): void {
    this.#lines++;
    if (this.#stream === undefined || (this.#lines & 1023) !== 0) return;
    const now = Date.now();
    if (now - this.#lastDraw < 200) return;
    this.#lastDraw = now;
    this.#draw(now);
  }

  done(): void {
    if (this.#stream === undefined || this.#lastDraw === 0) return;
    this.#draw(Date.now());
    this.#stream.write('\n');
  }

  #draw(now: number): void {
    const seconds = Math.max((now - this.#started) / 1000, 0.001);
    const rate = (this.#bytes / 1048576 / seconds).toFixed(1);
    const width = 24;
    let bar = '';
    let percent = '';
    if (this.#total !== undefined && this.#total > 0) {
      const share = Math.min(this.#bytes / this.#total, 1);
      const filled = Math.round(share * width);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
      percent = `${Math.floor(share * 100)}% `;
    }
    this.#stream!.write(`\r${this.#label} ${bar}${percent}${this.#lines.toLocaleString('en-US')} lines ${rate} MB/s`);
  }
}
