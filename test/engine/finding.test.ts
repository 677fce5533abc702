import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveOverlaps } from '../../src/engine/finding.js';

const f = (detector: string, start: number, end: number, priority: number) => ({ detector, category: 'secret' as const, start, end, priority });

test('a specific detector names the region over a generic one, by declared priority', () => {
  const kept = resolveOverlaps([f('generic-credential', 0, 50, 10), f('github-pat', 6, 46, 50)]);
  assert.deepEqual(kept, [{ detector: 'github-pat', category: 'secret', start: 0, end: 50 }]);
});

test('overlapping findings merge into one span covering all of them; disjoint ones stay apart, in order', () => {
  const kept = resolveOverlaps([f('b', 10, 14, 50), f('a', 8, 20, 50), f('c', 30, 35, 50), f('d', 18, 24, 50)]);
  assert.deepEqual(kept.map((finding) => [finding.detector, finding.start, finding.end]), [['a', 8, 24], ['c', 30, 35]]);
  assert.ok(!('priority' in kept[0]!));
});

test('the longest finding names the region among equal priorities; touching spans do not merge', () => {
  const kept = resolveOverlaps([f('short', 0, 4, 50), f('long', 2, 12, 50), f('next', 12, 14, 50)]);
  assert.deepEqual(kept.map((finding) => [finding.detector, finding.start, finding.end]), [['long', 0, 12], ['next', 12, 14]]);
});
