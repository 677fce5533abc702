import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/index.js';
import type { DetectorDefinition } from '../../src/index.js';

// The scanner finds the `secret` group's offset where its bytes sit in the whole match; these are the cases
// where that is ambiguous or the text is not ASCII, so the answer must come from RE2's own offsets.
const repeated: DetectorDefinition = {
  id: 'repeated-group',
  description: 'a secret group whose bytes occur earlier in the same match',
  category: 'secret',
  keywords: ['zq'],
  pattern: String.raw`zq(?:ab)+-(?P<secret>ab)\b`,
  samples: { positive: ['zqabab-ab'], negative: ['zqab-'] },
};

test('a secret whose bytes occur twice in its match is redacted where the group is, not where they first occur', () => {
  const redactor = createRedactor({ builtins: false, keyNames: false, detectors: [repeated] });
  assert.equal(redactor.redactString('x zqabab-ab y'), 'x zqabab-[REDACTED:repeated-group] y');
  assert.deepEqual(redactor.scan('zqab-ab zqabab-ab').map((finding) => [finding.start, finding.end]), [[5, 7], [15, 17]]);
});

test('offsets of a secret group after non-ASCII text are in UTF-16 code units', () => {
  const redactor = createRedactor({ builtins: false, keyNames: false, detectors: [repeated] });
  const text = 'é😀 zqab-ab';
  assert.equal(redactor.redactString(text), 'é😀 zqab-[REDACTED:repeated-group]');
});
