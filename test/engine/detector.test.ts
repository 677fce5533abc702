import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineDetector } from '../../src/engine/detector.js';
import type { DetectorDefinition } from '../../src/engine/detector.js';

const base: DetectorDefinition = {
  id: 'acme-key',
  description: 'ACME key',
  category: 'secret',
  keywords: ['acme_'],
  pattern: String.raw`acme_[a-z0-9]{16}`,
  samples: { positive: ['acme_0123456789abcdef'], negative: [] },
};

test('rejects lookaround and backreferences, naming the detector and the construct', () => {
  const cases: [string, RegExp][] = [
    [String.raw`(?<=x)acme_[a-z]+`, /lookbehind/],
    [String.raw`acme_(?=[a-z])`, /lookahead/],
    [String.raw`(acme)_\1`, /backreference/],
  ];
  for (const [pattern, construct] of cases) {
    assert.throws(() => defineDetector({ ...base, pattern }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'LOGVEIL_ERR_BAD_PATTERN');
      assert.match(error.message, /detector "acme-key"/);
      assert.match(error.message, construct);
      return true;
    });
  }
});

test('rejects a pattern RE2 cannot parse with its reason', () => {
  assert.throws(() => defineDetector({ ...base, pattern: 'acme_[a-' }), { code: 'LOGVEIL_ERR_BAD_PATTERN', message: /acme-key.*RE2 cannot compile/ });
});

test('requires kebab-case ids, a category, samples and a prefilter trigger', () => {
  assert.throws(() => defineDetector({ ...base, id: 'Acme_Key' }), { code: 'LOGVEIL_ERR_BAD_DETECTOR', message: /kebab-case/ });
  assert.throws(() => defineDetector({ ...base, category: 'other' as 'secret' }), { message: /category/ });
  assert.throws(() => defineDetector({ ...base, samples: undefined as never }), { message: /samples/ });
  assert.throws(() => defineDetector({ ...base, samples: { positive: [], negative: [] } }), { message: /positive/ });
  assert.throws(() => defineDetector({ ...base, keywords: [] }), { message: /declare keywords, a digits trigger or a trigger pattern/ });
});

test('finds the secret group by name among numbered groups', () => {
  const detector = defineDetector({ ...base, pattern: String.raw`(x)?([\[(]?)acme_(?P<secret>[a-z0-9]{16})` });
  assert.equal(detector.secretGroup, 3);
  assert.equal(defineDetector(base).secretGroup, 0);
});

test('lower-cases keywords and defaults the priority', () => {
  const detector = defineDetector({ ...base, keywords: ['ACME_'] });
  assert.deepEqual(detector.keywords, ['acme_']);
  assert.equal(detector.priority, 50);
});
