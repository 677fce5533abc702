import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOCS_PATH, renderDetectorDocs } from '../../scripts/generate-detector-docs.js';
import { builtinDetectors } from '../../detectors/index.js';

test('the committed docs/detectors.md is generated from the current detectors (npm run detectors:docs)', async () => {
  assert.equal(readFileSync(DOCS_PATH, 'utf8'), await renderDetectorDocs());
});

test('docs/detectors.md lists every built-in detector once', () => {
  const text = readFileSync(DOCS_PATH, 'utf8');
  for (const detector of builtinDetectors) {
    assert.equal(text.split(`| \`${detector.id}\` |`).length - 1, 1, detector.id);
  }
});
