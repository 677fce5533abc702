import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';

const detector = (negative: string[]) => ({
  detectors: [{ id: 'acme-key', description: 'ACME key', category: 'secret', keywords: ['acme_'], pattern: 'acme_[a-z0-9]{16}', samples: { positive: ['acme_0123456789abcdef'], negative } }],
});

test('test-detector passes a detector whose samples behave and exits 0', () => {
  const dir = tempFiles({ 'ok.json': JSON.stringify(detector(['acme_short'])) });
  const run = runCli(['test-detector', join(dir, 'ok.json')]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^ok {3}acme-key \(\d+ checks\)/);
});

test('test-detector fails a negative that matches, naming sample and context, and exits 1', () => {
  const dir = tempFiles({ 'bad.json': JSON.stringify(detector(['acme_aaaaaaaaaaaaaaaa'])) });
  const run = runCli(['test-detector', join(dir, 'bad.json')]);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /FAIL acme-key/);
  assert.match(run.stdout, /acme-key: negative sample #0 in plain text: expected ignored/);
  assert.ok(!run.stdout.includes('acme_aaaaaaaaaaaaaaaa'), 'samples are referred to by index');
});
