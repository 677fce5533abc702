import { test } from 'node:test';
import assert from 'node:assert/strict';
import RE2 from 're2';
import { builtinDetectors } from '../../detectors/index.js';
import { LOG_CONTEXTS } from '../../src/testing/contexts.js';

// A trigger replaces a detector's keywords in the prefilter, which must never report a false negative: every
// match of the pattern must also match the trigger. Checked on every match the pattern makes in its positive
// samples, in every log-shaped context (including JSON-escaped text).
for (const detector of builtinDetectors.filter((candidate) => candidate.trigger !== undefined)) {
  test(`${detector.id}: every pattern match in its samples also matches its trigger`, () => {
    const trigger = new RE2(detector.trigger!);
    const pattern = new RE2(detector.pattern, 'g');
    let matches = 0;
    for (const sample of detector.samples.positive) {
      for (const context of LOG_CONTEXTS) {
        if (!context.applies(sample)) continue;
        const text = context.wrap(sample);
        for (const match of text.matchAll(pattern as unknown as RegExp)) {
          matches++;
          assert.ok(trigger.test(match[0]), `a match in ${context.name} misses the trigger`);
        }
      }
    }
    assert.ok(matches >= detector.samples.positive.length);
  });
}
