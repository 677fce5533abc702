import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';

const MODULE = `export default {
  presets: ['secrets'],
  redaction: { detectors: { 'order-ref': 'mask' } },
  detectors: [{
    id: 'order-ref',
    description: 'internal order reference with a check digit',
    category: 'secret',
    keywords: ['ord-'],
    pattern: 'ord-(?P<secret>[0-9]{6})',
    validate: (digits) => Number(digits[5]) === [...digits.slice(0, 5)].reduce((sum, d) => sum + Number(d), 0) % 10,
    samples: { positive: ['ord-123455'], negative: ['ord-123456'] },
  }],
};
`;

test('a JS module config brings detectors with validators and a redaction policy', () => {
  const dir = tempFiles({ 'logveil.config.mjs': MODULE });
  const run = runCli(['scrub', '--config', join(dir, 'logveil.config.mjs')], 'a ord-123455 b ord-123456 c x@example.org\n');
  assert.equal(run.code, 0, run.stderr);
  // presets: ['secrets'] leaves the email alone; the validator rejects the second reference.
  assert.equal(run.stdout, 'a ord-******** b ord-123456 c x@example.org\n');
});

test('test-detector runs a JS module detector with its validator', () => {
  const dir = tempFiles({ 'logveil.config.mjs': MODULE });
  const run = runCli(['test-detector', join(dir, 'logveil.config.mjs')]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^ok {3}order-ref/);
});

test('a module that fails to load is named, with its error class and module line but never its message or a stack', () => {
  const dir = tempFiles({ 'broken.mjs': 'export default {;' });
  const run = runCli(['scrub', '--config', join(dir, 'broken.mjs')], '');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^logveil: config .*broken\.mjs: the module failed to load: /);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});
