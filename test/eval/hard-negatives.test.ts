import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinDetectors } from '../../detectors/index.js';
import { HARD_NEGATIVES, HARD_NEGATIVE_KINDS, hardNegative } from '../../detectors/lib/hard-negatives.js';
import { createRedactor } from '../../src/redactor.js';
import { LOG_CONTEXTS } from '../../src/testing/contexts.js';

/** The generic and entropy-based detectors, which see random-looking values everywhere. */
const GENERIC = ['generic-credential', 'bearer-token', 'basic-auth', 'url-credentials', 'aws-secret-access-key'];

test('the generic detectors declare every hard negative among their negative samples, or are checked here', () => {
  for (const id of GENERIC) {
    const detector = builtinDetectors.find((candidate) => candidate.id === id);
    assert.ok(detector !== undefined, id);
    // aws-secret-access-key lives with the cloud detectors; the catalog test below covers it in every context.
    if (id === 'aws-secret-access-key') continue;
    for (const negative of HARD_NEGATIVES) assert.ok(detector.samples.negative.includes(negative), `${id} lacks a hard negative`);
  }
});

test('the list covers every kind of look-alike the catalog promises to leave alone', () => {
  assert.deepEqual([...HARD_NEGATIVE_KINDS].sort(), [
    'base64-thumbnail', 'docker-digest', 'env-reference', 'epoch', 'git-sha', 'k8s-pod', 'masked', 'model-name',
    'npm-integrity', 'order-number', 'sha256', 'sha512', 'token-count', 'trace-id', 'ulid', 'uuid',
  ]);
});

for (const [name, options] of [
  ['default', {}],
  ['strict', { presets: ['strict'] }],
] as const) {
  test(`every ${name} detector leaves every hard negative unchanged in every log-shaped context`, () => {
    const redactor = createRedactor(options);
    const scanner = createRedactor({ ...options, keyNames: false });
    const changed: string[] = [];
    HARD_NEGATIVES.forEach((negative, index) => {
      for (const context of LOG_CONTEXTS) {
        if (!context.applies(negative)) continue;
        const input = context.wrap(negative);
        const output = context.kind === 'line' ? redactor.redactLine(input) : redactor.redactString(input);
        if (output === input) continue;
        const by = [...new Set(scanner.scan(input).map((finding) => finding.detector))].join(',') || 'sensitive key';
        changed.push(`hard negative #${index} in ${context.name} by ${by}`);
      }
    });
    assert.deepEqual(changed, []);
  });
}

test('fresh variants of every kind stay unchanged under the generic detectors', () => {
  const redactor = createRedactor({ presets: [], enable: GENERIC, keyNames: false });
  for (const kind of HARD_NEGATIVE_KINDS) {
    for (let i = 0; i < 25; i++) {
      const text = hardNegative(kind, `test-${kind}-${i}`);
      assert.equal(redactor.redactString(text), text, `${kind} variant ${i}`);
    }
  }
});
