/**
 * The contract every benchmark scenario file (`benchmarks/*.bench.ts`) follows. A scenario measures the
 * candidate and its baseline in the same run and reports ratios, since absolute speeds on a shared 2-core
 * machine drift between runs. It also declares what it expects (finding counts, lines written), so a fast
 * but wrong engine fails the run instead of looking good.
 */
export interface BenchOptions {
  /** `npm run bench -- --quick`: fewer iterations, the whole run under a minute. */
  readonly quick: boolean;
}

export interface BenchRow {
  /** What was measured, e.g. `redactLine (98% clean)` or `JSON.parse+stringify (baseline)`. */
  readonly name: string;
  /** Metric name → value; units in the name (`ns/line`, `MB/s`, `lines/s`, `ratio`, `peak RSS MB`). */
  readonly metrics: Readonly<Record<string, number>>;
}

export interface BenchCheck {
  /** What must hold, e.g. `findings = 2000` or `every line written`. */
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

export interface BenchReport {
  readonly scenario: string;
  readonly rows: readonly BenchRow[];
  readonly checks: readonly BenchCheck[];
  /** Goals the numbers are held against, with the measured value: `clean-line ratio 1.04 (goal < 1.3)`. */
  readonly goals?: readonly BenchCheck[];
  readonly notes?: readonly string[];
}

export interface BenchScenario {
  readonly name: string;
  run(options: BenchOptions): Promise<BenchReport>;
}
