import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinDetectors } from '../../detectors/index.js';
import { formatFailures, runDetectorSamples } from '../../src/testing/harness.js';

test('the catalog lists detectors alphabetically by id, each id once', () => {
  const ids = builtinDetectors.map((detector) => detector.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

for (const detector of builtinDetectors) {
  test(`${detector.id}: every sample behaves in every log-shaped context`, () => {
    const report = runDetectorSamples(detector);
    assert.ok(report.checks >= detector.samples.positive.length, 'samples ran');
    assert.equal(report.failures.length, 0, formatFailures(report));
  });
}

test('the committed index lists every detector file (npm run detectors:index)', async () => {
  const { readFileSync } = await import('node:fs');
  const { renderIndex } = await import('../../scripts/generate-detector-index.js');
  assert.equal(readFileSync(new URL('../../detectors/index.ts', import.meta.url), 'utf8'), await renderIndex());
});
