/**
 * Times passes over a corpus. Candidates and their baseline run in alternating rounds, so a noisy neighbour
 * on a shared machine slows both alike; each result is the median round, in ns per item. Speeds are meant
 * to be read as ratios against a baseline of the same run.
 */
export interface Contender {
  readonly name: string;
  /** One pass over the corpus; returns something derived from the work so it cannot be optimised away. */
  readonly pass: () => number;
}

export function measureRounds(contenders: readonly Contender[], items: number, rounds: number): Map<string, number> {
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  let sink = 0;
  for (const contender of contenders) sink += contender.pass(); // warm-up: JIT, RE2 DFA caches
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) {
      const started = process.hrtime.bigint();
      sink += contender.pass();
      samples.get(contender.name)!.push(Number(process.hrtime.bigint() - started) / items);
    }
  }
  if (sink === Number.MIN_VALUE) console.log(sink);
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mbPerSecond(nsPerItem: number, bytesPerItem: number): number {
  return bytesPerItem / nsPerItem * 1000;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
