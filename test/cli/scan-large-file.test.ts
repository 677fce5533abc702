import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOKEN } from '../hardening/support.js';
import { watchPeakRss } from '../../benchmarks/lib/process-memory.js';

/**
 * Issue 15: a 1 GiB log is scanned in bounded memory. The file is written here (1024 blocks of 1 MiB of
 * agent-style lines) with three findings at known lines: near the start, a pretty-printed JSON block in the
 * middle (the multi-line window) and on the very last line, so a scan that stops early or loses lines fails.
 * The child runs with a 64 MiB V8 heap, so anything that grows with the file ends it with a heap-limit
 * crash; where /proc exists the child's peak RSS is read as well.
 */
const BIN = fileURLToPath(new URL('../../bin/logveil.js', import.meta.url));
const BLOCK_BYTES = 1 << 20;
const BLOCKS = 1024;
const HEAP_MB = 64;
const RSS_LIMIT_MB = 256;
const AWS_KEY_ID = 'AKIAQ3EGUHXDMFTKZP7W';

function agentBlock(block: number): string[] {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < BLOCK_BYTES - 1024; i++) {
    const line = JSON.stringify({
      level: 30, time: 1732370400000 + block * 100_000 + i, pid: 4242, hostname: 'agent-7',
      reqId: `${(block * 7919 + i).toString(16).padStart(8, '0')}-4a1b-9c2d`, msg: 'tool call', tool: 'web.search',
      args: { query: `weather for step ${i} of run ${block} before the deploy review`, limit: i % 50 },
    });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines;
}

interface Planted {
  readonly line: number;
  readonly detector: RegExp;
}

/** Writes the file block by block (never whole in memory here either) and returns where the findings are. */
function writeLargeLog(path: string): { planted: Planted[]; bytes: number } {
  const fd = openSync(path, 'w');
  const planted: Planted[] = [];
  let line = 0;
  let bytes = 0;
  try {
    for (let block = 0; block < BLOCKS; block++) {
      const lines = agentBlock(block);
      if (block === 0) {
        lines[10] = JSON.stringify({ level: 40, msg: 'tool call', args: { note: `pushed with ${TOKEN} from the runner` } });
        planted.push({ line: line + 11, detector: /^github-pat$/ });
      }
      if (block === BLOCKS / 2) {
        const pretty = JSON.stringify({ service: 'billing', db: { host: 'db.internal', password: 'Winter-Harbour-2291' } }, null, 2).split('\n');
        lines.splice(100, 0, ...pretty);
        const passwordLine = pretty.findIndex((text) => text.includes('"password"'));
        planted.push({ line: line + 101 + passwordLine, detector: /./ });
      }
      if (block === BLOCKS - 1) {
        lines[lines.length - 1] = JSON.stringify({ level: 50, msg: 'upload failed', err: { message: `bad key ${AWS_KEY_ID} for bucket` } });
        planted.push({ line: line + lines.length, detector: /^aws-access-key-id$/ });
      }
      const text = `${lines.join('\n')}\n`;
      writeSync(fd, text);
      bytes += Buffer.byteLength(text);
      line += lines.length;
    }
  } finally {
    closeSync(fd);
  }
  return { planted, bytes };
}

test('scan reads a 1 GiB log to its last line in bounded memory and reports every planted finding', { timeout: 15 * 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-large-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'agent.log');
  const { planted, bytes } = writeLargeLog(path);
  assert.ok(bytes >= BLOCKS * (BLOCK_BYTES - 2048), `fixture is ${bytes} bytes`);

  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, 'scan', '--format', 'json', path], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk.slice(-4096)));
  const rss = watchPeakRss(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peak = rss.stop();

  assert.equal(code, 1, `scan exits 1 with findings; stderr: ${stderr}`);
  const report = JSON.parse(stdout) as { summary: { files: number }; findings: { line: number; detector: string }[] };
  assert.equal(report.summary.files, 1);
  for (const expected of planted) {
    const found = report.findings.filter((finding) => finding.line === expected.line);
    assert.ok(found.some((finding) => expected.detector.test(finding.detector)), `line ${expected.line}: ${JSON.stringify(report.findings)}`);
  }
  const foundLines = new Set(report.findings.map((finding) => finding.line));
  assert.deepEqual([...foundLines].sort((a, b) => a - b), planted.map((p) => p.line), 'no finding on the generated clean lines');
  if (existsSync('/proc/self/status')) {
    assert.ok(peak !== undefined, 'peak RSS was read');
    t.diagnostic(`peak RSS ${peak.toFixed(0)} MB`);
    assert.ok(peak < RSS_LIMIT_MB, `peak RSS ${peak.toFixed(0)} MB for a ${(bytes / 2 ** 30).toFixed(2)} GiB file (limit ${RSS_LIMIT_MB} MB)`);
  }
});
