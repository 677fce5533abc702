import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KnownSecretsSource } from '../../src/sources/known-secrets-source.js';
import { LineScrubber } from '../../src/pino/line-scrubber.js';
import { LineSplitter } from '../../src/pino/line-splitter.js';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { TOKEN } from './support.js';
import { cpuMs } from '../support/cpu.js';

const known = new KnownSecrets();
known.add(['agent-known-secret-1']);
const scrubber = new LineScrubber({}, new KnownSecretsSource({}, known));

/**
 * What the transport worker does with a line, minus the worker: text arrives in 64 KB pieces (thread-stream
 * hands over what pino wrote in chunks), the splitter joins them into lines, the scrubber scrubs each.
 */
function throughTransport(text: string): string[] {
  const splitter = new LineSplitter();
  const out: string[] = [];
  const onLine = (line: string): void => void out.push(scrubber.scrub(line));
  for (let at = 0; at < text.length; at += 65_536) splitter.push(text.slice(at, at + 65_536), onLine);
  splitter.end(onLine);
  return out;
}

// The hostile shapes of issue 7, each one line at 100 KB and at 1 MB: linear work grows about 10x, quadratic
// about 100x. The bound is generous (a growth test, not a timing test): it only has to tell the two apart.
const SHAPES: Record<string, (size: number) => string> = {
  'one character': (size) => 'a'.repeat(size),
  'repeated keyword prefix': (size) => 'ghp_'.repeat(size / 4),
  'password= pairs': (size) => 'password=hunter2xyz '.repeat(size / 20),
  'known-secret prefixes': (size) => 'agent-known-secret-'.repeat(Math.floor(size / 19)),
  'JSON line of keyword prefixes': (size) => JSON.stringify({ level: 30, msg: 'ghp_ '.repeat(size / 5) }),
  'JSON line of many short fields': (size) => JSON.stringify(Object.fromEntries(Array.from({ length: size / 20 }, (_, i) => [`k${i}`, 'ghp_x']))),
  'JSON nested deep, then a long tail': (size) => `${'{"c":'.repeat(2_000)}"${'x '.repeat((size - 12_000) / 2)}"${'}'.repeat(2_000)}`,
};

for (const [name, make] of Object.entries(SHAPES)) {
  test(`transport line scrubbing time grows linearly from 100 KB to 1 MB: ${name}`, () => {
    const small = make(100_000);
    const large = make(1_000_000);
    assert.equal(throughTransport(large).length, 1);
    const ratio = cpuMs(() => throughTransport(large)) / Math.max(cpuMs(() => throughTransport(small)), 0.5);
    assert.ok(ratio < 40, `1 MB took ${ratio.toFixed(1)}x the time of 100 KB`);
  });
}

test('many lines in one piece grow linearly too (100 KB to 1 MB of 200-byte lines), one line out per line in', () => {
  const line = JSON.stringify({ level: 30, msg: `step ${'word '.repeat(30)}`, remote: TOKEN });
  const make = (size: number): string => `${line}\n`.repeat(Math.floor(size / (line.length + 1)));
  const large = make(1_000_000);
  const out = throughTransport(large);
  assert.equal(out.length, large.split('\n').length - 1);
  assert.ok(out.every((scrubbed) => !scrubbed.includes(TOKEN)));
  const ratio = cpuMs(() => throughTransport(large)) / Math.max(cpuMs(() => throughTransport(make(100_000))), 0.5);
  assert.ok(ratio < 40, `1 MB took ${ratio.toFixed(1)}x the time of 100 KB`);
});
