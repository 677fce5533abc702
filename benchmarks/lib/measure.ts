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
  return new Map([...measureSamples(contenders, items, rounds)].map(([name, values]) => [name, median(values)]));
}

/**
 * Every round's ns per item for each contender; the order rotates from round to round, so no contender always
 * runs first after a pause. Ratios between contenders are best taken round by round (`roundRatios`).
 * `clock: 'cpu'` times the process's CPU time (user + system, every thread) instead of the wall clock: on a
 * machine with more runnable work than cores, the wall clock also counts the time the process waited for a
 * core, which has nothing to do with the code measured.
 */
export function measureSamples(contenders: readonly Contender[], items: number, rounds: number, clock: 'wall' | 'cpu' = 'wall'): Map<string, number[]> {
  const now = clock === 'wall' ? () => Number(process.hrtime.bigint()) : () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) * 1000;
  };
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  let sink = 0;
  for (const contender of contenders) sink += contender.pass(); // warm-up: JIT, RE2 DFA caches
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round) % contenders.length]!;
      const started = now();
      sink += contender.pass();
      samples.get(contender.name)!.push((now() - started) / items);
    }
  }
  if (sink === Number.MIN_VALUE) console.log(sink);
  return samples;
}

/** Per-round ratios of one contender's samples to another's (same length, same rounds). */
export function roundRatios(samples: readonly number[], base: readonly number[]): number[] {
  return samples.map((value, i) => value / base[i]!);
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
