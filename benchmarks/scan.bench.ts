/**
 * `logveil scan` over a directory of agent logs at rest (issue 15): 1 GiB of pino lines (quick: 128 MiB) in
 * ten files, 99.8% clean, beside `cat` of the same files to /dev/null in the same run (the cost of reading
 * them, page cache warm for both). Reported: MB/s of each, scan's ratio to cat, and scan's peak RSS. The
 * planted findings are counted, so a scan that skips lines fails the run.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedactor } from '../src/index.js';
import { agentLines } from './lib/agent-lines.js';
import { round } from './lib/measure.js';
import { watchPeakRss } from './lib/process-memory.js';
import type { BenchOptions, BenchReport, BenchScenario } from './lib/scenario.js';

const BIN = new URL('../bin/logveil.js', import.meta.url).pathname;
const FILES = 10;
const DIRTY_SHARE = 0.002;

interface Corpus {
  readonly dir: string;
  readonly paths: string[];
  readonly bytes: number;
  readonly dirtyLines: number;
}

/**
 * Writes the corpus in pieces of 2000 lines, each with its own seed, so no file is ever whole in memory. The
 * lines the engine changes are counted in this process (planted ones, and the rare generated id that is a
 * valid card number), which is what scan must report.
 */
function writeCorpus(totalBytes: number): Corpus {
  const redactor = createRedactor();
  const dir = mkdtempSync(join(tmpdir(), 'logveil-scan-bench-'));
  const perFile = totalBytes / FILES;
  let bytes = 0;
  let dirtyLines = 0;
  let seed = 1;
  for (let file = 0; file < FILES; file++) {
    const fd = openSync(join(dir, `agent-${file}.log`), 'w');
    for (let written = 0; written < perFile; ) {
      const lines = agentLines(2000, DIRTY_SHARE, seed++);
      dirtyLines += lines.filter((line) => redactor.redactLine(line.line) !== line.line).length;
      const text = `${lines.map((line) => line.line).join('\n')}\n`;
      writeSync(fd, text);
      written += Buffer.byteLength(text);
    }
    closeSync(fd);
  }
  const paths = readdirSync(dir).map((name) => join(dir, name));
  for (const path of paths) bytes += statSync(path).size;
  return { dir, paths, bytes, dirtyLines };
}

interface Run {
  readonly seconds: number;
  readonly stdout: string;
  readonly code: number | null;
  readonly peakMb: number | undefined;
}

async function timed(command: string, args: readonly string[], stdout: 'pipe' | 'ignore'): Promise<Run> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ['ignore', stdout, 'ignore'] });
  const rss = watchPeakRss(child.pid!);
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakMb = rss.stop();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, stdout: out, code, peakMb };
}

async function run(options: BenchOptions): Promise<BenchReport> {
  const corpus = writeCorpus(options.quick ? 128 * 2 ** 20 : 2 ** 30);
  try {
    const mb = corpus.bytes / 2 ** 20;
    // cat before and after the scan, the faster kept: both then read from a warm page cache.
    const catBefore = await timed('cat', corpus.paths, 'ignore');
    const scan = await timed(process.execPath, [BIN, 'scan', '--format', 'json', corpus.dir], 'pipe');
    const catAfter = await timed('cat', corpus.paths, 'ignore');
    const cat = Math.min(catBefore.seconds, catAfter.seconds);
    const report = JSON.parse(scan.stdout) as { findings: { path: string; line: number }[] };
    const findingLines = new Set(report.findings.map((finding) => `${finding.path}:${finding.line}`)).size;
    return {
      scenario: 'scan',
      rows: [
        { name: `cat of ${FILES} files to /dev/null (baseline)`, metrics: { MB: round(mb, 0), 'MB/s': round(mb / cat, 0) } },
        {
          name: 'logveil scan DIR --format json',
          metrics: { MB: round(mb, 0), 'MB/s': round(mb / scan.seconds, 1), 'ratio to cat': round(cat / scan.seconds, 4), 'peak RSS MB': round(scan.peakMb ?? 0, 0) },
        },
      ],
      checks: [
        { name: 'scan exits 1 (findings)', ok: scan.code === 1, detail: `exit ${scan.code}` },
        { name: `lines with findings = lines redactLine changes (${corpus.dirtyLines})`, ok: findingLines === corpus.dirtyLines, detail: `${findingLines}` },
      ],
      goals: [{ name: 'scan peak RSS < 256 MB whatever the size', ok: (scan.peakMb ?? 0) < 256, detail: `${round(scan.peakMb ?? 0, 0)} MB` }],
      notes: [`${corpus.paths.length} files, ${round(mb, 0)} MiB, ${corpus.dirtyLines} lines with findings; scan is one process on one core, cat is I/O only.`],
    };
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

const scenario: BenchScenario = { name: 'scan', run };
export default scenario;
