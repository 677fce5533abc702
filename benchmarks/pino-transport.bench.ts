/**
 * pino → logveil transport → file, beside pino → pino/file and beside pino's own `redact` paths, on the same
 * lines (about 600 bytes, 1% carrying a secret) in one run.
 *
 * Each variant runs in its own Node process so that its peak RSS is its own; the clock starts in that process
 * after the worker is ready, so process and worker start-up are not timed. Two phases per variant:
 * - burst: log every line in a tight loop. Main-thread lines/s is the loop alone; end-to-end lines/s runs
 *   until the transport has written and closed the file.
 * - paced: log at half the end-to-end rate pino/file sustained in its burst, in 10 ms slices. A worker that keeps up
 *   leaves pino's main-thread buffer empty, so RSS stays flat and little is left to write after the last line;
 *   one that falls behind grows the buffer without bound and needs long to drain it.
 * Checks read every output file back: all lines present and in order, exactly the planted secrets redacted.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fake } from '../detectors/lib/sample.js';
import { withGithubChecksum } from '../src/validators/index.js';
import type { BenchCheck, BenchOptions, BenchReport, BenchRow, BenchScenario } from './lib/scenario.js';

const require = createRequire(import.meta.url);
const SECRET_EVERY = 100;
const TOKEN = `ghp_${withGithubChecksum(fake('pino-transport-bench', 30))}`;

type Variant = 'pino/file' | 'pino redact + pino/file' | 'logveil/pino';
const VARIANTS: readonly Variant[] = ['pino/file', 'pino redact + pino/file', 'logveil/pino'];

interface ChildResult {
  readonly mainLinesPerSecond: number;
  readonly endToEndLinesPerSecond: number;
  readonly burstPeakRssMb: number;
  readonly pacedRssGrowthMb: number;
  /** Growth over the second half only: a heap that settles stops here, a backlog keeps growing. */
  readonly pacedSecondHalfGrowthMb: number;
  readonly pacedPeakRssMb: number;
  readonly pacedRate: number;
  readonly pacedDrainMs: number;
}

/** The child: plain JavaScript with absolute imports, so it runs without tsx from a temporary directory. */
const CHILD = `
import pino from ${JSON.stringify(pathToFileURL(require.resolve('pino')).href)};
const [variant, lines, givenRate, burstFile, pacedFile, target, token] = JSON.parse(process.argv[2]);

function record(seq) {
  const base = { seq, run: 'run-7f3a9c', tool: 'web_search', args: { query: 'latest release notes for the build tool', limit: 10 },
    usage: { prompt_tokens: 812, completion_tokens: 95, total_tokens: 907 }, latency_ms: 412 };
  if (seq % ${SECRET_EVERY} === 0) base.headers = { authorization: 'token ' + token };
  return base;
}
// Pad every line to about 600 bytes with ordinary agent prose.
const prose = 'The agent compared the search results with the plan and chose the next tool call to run. ';
const padding = prose.repeat(8).slice(0, 600 - JSON.stringify({ level: 30, time: 1e12, pid: 1, hostname: 'host', ...record(1), note: '', msg: 'tool call finished' }).length - 12);

function logger(file) {
  const options = variant === 'logveil/pino' ? { target, options: { destination: file } } : { target: 'pino/file', options: { destination: file } };
  const transport = pino.transport(options);
  const redact = variant === 'pino redact + pino/file' ? { paths: ['headers.authorization'] } : undefined;
  return { transport, log: pino({ redact }, transport) };
}
const ready = (transport) => new Promise((resolve, reject) => { transport.once('ready', resolve); transport.once('error', reject); });
const finish = (transport) => new Promise((resolve, reject) => { transport.once('finish', resolve); transport.once('error', reject); transport.end(); });
const rss = () => process.memoryUsage().rss / 2 ** 20;

// Burst.
let { transport, log } = logger(burstFile);
await ready(transport);
const start = performance.now();
for (let seq = 0; seq < lines; seq++) log.info({ ...record(seq), note: padding }, 'tool call finished');
const looped = performance.now();
await finish(transport);
const ended = performance.now();
const burstPeakRssMb = process.resourceUsage().maxRSS / 1024;

// Paced: the same lines at a fixed rate, in 10 ms slices (rate 0: half of this variant's own burst rate).
const rate = givenRate > 0 ? givenRate : Math.round(lines / ((ended - start) / 1000) / 2);
({ transport, log } = logger(pacedFile));
await ready(transport);
globalThis.gc?.();
const before = rss();
let peak = before;
let firstHalfPeak = before;
const perSlice = Math.max(1, Math.round(rate / 100));
for (let seq = 0; seq < lines; ) {
  const sliceStart = performance.now();
  for (let i = 0; i < perSlice && seq < lines; i++, seq++) log.info({ ...record(seq), note: padding }, 'tool call finished');
  peak = Math.max(peak, rss());
  if (seq <= lines / 2) firstHalfPeak = peak;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10 - (performance.now() - sliceStart))));
}
// A worker that kept up has little left to write once the last line is logged.
const lastLogged = performance.now();
await finish(transport);
const pacedDrainMs = performance.now() - lastLogged;
process.stdout.write(JSON.stringify({
  mainLinesPerSecond: lines / ((looped - start) / 1000),
  endToEndLinesPerSecond: lines / ((ended - start) / 1000),
  burstPeakRssMb,
  pacedRssGrowthMb: peak - before,
  pacedSecondHalfGrowthMb: peak - firstHalfPeak,
  pacedPeakRssMb: peak,
  pacedRate: rate,
  pacedDrainMs,
}));
`;

async function runVariant(dir: string, variant: Variant, lines: number, rate: number): Promise<ChildResult & { burst: string; paced: string }> {
  const slug = variant.replace(/[^a-z]+/g, '-');
  const burst = join(dir, `${slug}-burst.log`);
  const paced = join(dir, `${slug}-paced.log`);
  // Every run starts from empty files (both transports append by default).
  rmSync(burst, { force: true });
  rmSync(paced, { force: true });
  const script = join(dir, 'child.mjs');
  writeFileSync(script, CHILD);
  const args = JSON.stringify([variant, lines, rate, burst, paced, require.resolve('logveil/pino'), TOKEN]);
  const child = spawn(process.execPath, ['--expose-gc', script, args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${variant} child failed (${code}): ${stderr.slice(0, 2000)}`);
  return { ...(JSON.parse(stdout) as ChildResult), burst, paced };
}

/** Every line present and in order, and how many carry a redaction marker or the raw token. */
function inspect(path: string, marker: string): { lines: number; inOrder: boolean; redacted: number; leaked: number } {
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
  let inOrder = true;
  let redacted = 0;
  let leaked = 0;
  lines.forEach((line, index) => {
    if ((JSON.parse(line) as { seq: number }).seq !== index) inOrder = false;
    if (line.includes(marker)) redacted++;
    if (line.includes(TOKEN)) leaked++;
  });
  return { lines: lines.length, inOrder, redacted, leaked };
}

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Reads a variant's two output files back into checks: all lines, in order, exactly the planted secrets redacted. */
function checkOutputs(variant: Variant, result: { burst: string; paced: string }, lines: number): BenchCheck[] {
  const checks: BenchCheck[] = [];
  for (const [phase, path] of [
    ['burst', result.burst],
    ['paced', result.paced],
  ] as const) {
    const marker = variant === 'logveil/pino' ? '[REDACTED' : variant === 'pino/file' ? TOKEN : '[Redacted]';
    const seen = inspect(path, marker);
    checks.push({ name: `${variant} ${phase}: every line written, in order`, ok: seen.lines === lines && seen.inOrder, detail: `${seen.lines} of ${lines}` });
    if (variant !== 'pino/file') {
      checks.push({
        name: `${variant} ${phase}: redacted lines = ${lines / SECRET_EVERY}, token never written`,
        ok: seen.redacted === lines / SECRET_EVERY && seen.leaked === 0,
        detail: `${seen.redacted} redacted, ${seen.leaked} leaked`,
      });
    }
  }
  return checks;
}

const scenario: BenchScenario = {
  name: 'pino transport: pino → logveil → file vs pino → pino/file vs pino redact paths',
  async run(options: BenchOptions): Promise<BenchReport> {
    const lines = options.quick ? 20_000 : 100_000;
    const rounds = options.quick ? 1 : 3;
    const dir = mkdtempSync(join(tmpdir(), 'logveil-pino-bench-'));
    try {
      const results = new Map<Variant, ChildResult[]>(VARIANTS.map((variant) => [variant, []]));
      const checks: BenchCheck[] = [];
      let rate = 0;
      for (let index = 0; index < rounds; index++) {
        // Round 1 starts with pino/file, whose burst sets the paced rate (half its end-to-end rate) for
        // everyone; later rounds reverse and rotate the order so that drift on a shared machine evens out.
        const order = index === 0 ? VARIANTS : index % 2 === 1 ? [...VARIANTS].reverse() : [VARIANTS[1]!, VARIANTS[2]!, VARIANTS[0]!];
        for (const variant of order) {
          const result = await runVariant(dir, variant, lines, rate);
          if (rate === 0) rate = result.pacedRate;
          results.get(variant)!.push(result);
          // One set of checks per variant is enough to list; a failure in any round is kept.
          for (const check of checkOutputs(variant, result, lines)) {
            const seen = checks.find((existing) => existing.name === check.name);
            if (seen === undefined) checks.push(check);
            else if (!check.ok) checks.splice(checks.indexOf(seen), 1, check);
          }
          rmSync(result.burst, { force: true });
          rmSync(result.paced, { force: true });
        }
      }

      const metric = (variant: Variant, pick: (result: ChildResult) => number): number => median(results.get(variant)!.map(pick));
      const rows: BenchRow[] = VARIANTS.map((variant) => ({
        name: variant,
        metrics: {
          'main lines/s': round(metric(variant, (result) => result.mainLinesPerSecond)),
          'end-to-end lines/s': round(metric(variant, (result) => result.endToEndLinesPerSecond)),
          'burst peak RSS MB': round(metric(variant, (result) => result.burstPeakRssMb)),
          'paced RSS growth MB': round(metric(variant, (result) => result.pacedRssGrowthMb), 1),
          'paced 2nd-half growth MB': round(metric(variant, (result) => result.pacedSecondHalfGrowthMb), 1),
          'paced drain ms': round(metric(variant, (result) => result.pacedDrainMs)),
        },
      }));

      // Ratios are taken within each round, then the median across rounds.
      const ratios = (pick: (result: ChildResult) => number): number[] =>
        results.get('logveil/pino')!.map((result, index) => pick(result) / pick(results.get('pino/file')![index]!));
      const e2eRatios = ratios((result) => result.endToEndLinesPerSecond);
      const mainRatios = ratios((result) => result.mainLinesPerSecond);
      const e2e = median(e2eRatios);
      const main = median(mainRatios);
      const secondHalf = metric('logveil/pino', (result) => result.pacedSecondHalfGrowthMb);
      const plainSecondHalf = metric('pino/file', (result) => result.pacedSecondHalfGrowthMb);
      const drain = metric('logveil/pino', (result) => result.pacedDrainMs);
      const goals: BenchCheck[] = [
        { name: `end-to-end ratio vs pino/file ${e2e.toFixed(2)} (goal >= 0.9)`, ok: e2e >= 0.9 },
        { name: `main-thread ratio vs pino/file ${main.toFixed(2)} (goal >= 0.95)`, ok: main >= 0.95 },
        {
          name: `paced at ${rate} lines/s: RSS growth over the second half ${secondHalf.toFixed(1)} MB vs pino/file ${plainSecondHalf.toFixed(1)} MB (goal: flat, <= +10 MB)`,
          ok: secondHalf - plainSecondHalf <= 10,
        },
        { name: `paced at ${rate} lines/s: ${drain.toFixed(0)} ms left to write after the last line (goal: keeps up, <= 250 ms)`, ok: drain <= 250 },
      ];
      return {
        scenario: scenario.name,
        rows,
        checks,
        goals,
        notes: [
          `${lines} lines of ~600 bytes, 1 in ${SECRET_EVERY} with a GitHub token in headers.authorization (the path pino's redact is given)`,
          `${rounds} round(s), order rotated; rows are medians, ratios the median of per-round ratios`,
          `per-round ratios vs pino/file: end to end ${e2eRatios.map((value) => value.toFixed(2)).join(', ')}; main thread ${mainRatios.map((value) => value.toFixed(2)).join(', ')}`,
          `load average at the end: ${loadavg().map((value) => value.toFixed(2)).join(', ')} on ${cpus().length} cores (a shared machine makes single runs noisy)`,
          `paced phase: ${rate} lines/s, half of pino/file's end-to-end burst rate in round 1`,
          "burst peak RSS includes pino's main-thread buffer, which grows for every variant when the loop outruns the worker",
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default scenario;
