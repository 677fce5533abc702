import { median } from '../lib/measure.js';

/**
 * Interleaved timing rounds for contenders of very different speeds, some asynchronous (secretlint). Like
 * benchmarks/lib/measure.ts: in each round every contender makes one pass (the order rotates from round to round),
 * so a noisy neighbour slows all of them alike; results are medians. Each contender repeats its sample enough
 * times for a pass to last about `targetMs` (a 5 µs/line peer over 100 lines would otherwise time 0.5 ms of work),
 * and its speed relative to the reference is the median of its per-round ratios.
 */
export interface TimedContender {
  readonly name: string;
  readonly redactLine: (line: string) => string | Promise<string>;
}

export interface Timing {
  /** Median ns per line over the rounds. */
  readonly nsPerLine: number;
  /** Median over the rounds of (this contender's ns per line / the reference's in the same round). */
  readonly ratio: number;
  /** Times the sample was repeated in each pass. */
  readonly repeats: number;
}

async function pass(contender: TimedContender, lines: readonly string[], repeats: number): Promise<number> {
  let sink = 0;
  for (let r = 0; r < repeats; r++) {
    for (const line of lines) {
      const out = contender.redactLine(line);
      sink += (typeof out === 'string' ? out : await out).length;
    }
  }
  return sink;
}

export async function timeRounds(
  contenders: readonly TimedContender[],
  reference: string,
  lines: readonly string[],
  { rounds, targetMs, maxRepeats = 64 }: { rounds: number; targetMs: number; maxRepeats?: number },
): Promise<Map<string, Timing>> {
  const repeats = new Map<string, number>();
  let sink = 0;
  for (const contender of contenders) {
    const started = process.hrtime.bigint();
    sink += await pass(contender, lines, 1); // warm-up, and how long one pass takes
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    repeats.set(contender.name, Math.max(1, Math.min(maxRepeats, Math.ceil(targetMs / Math.max(ms, 0.001)))));
  }
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
    for (const contender of order) {
      const times = repeats.get(contender.name)!;
      const started = process.hrtime.bigint();
      sink += await pass(contender, lines, times);
      samples.get(contender.name)!.push(Number(process.hrtime.bigint() - started) / (times * lines.length));
    }
  }
  if (sink === Number.MIN_VALUE) console.log(sink);
  const base = samples.get(reference)!;
  return new Map(
    contenders.map((contender) => {
      const own = samples.get(contender.name)!;
      return [contender.name, { nsPerLine: median(own), ratio: median(own.map((ns, i) => ns / base[i]!)), repeats: repeats.get(contender.name)! }];
    }),
  );
}
