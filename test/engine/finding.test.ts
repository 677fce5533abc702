import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveOverlaps } from '../../src/engine/finding.js';

const f = (detector: string, start: number, end: number, priority: number) => ({ detector, category: 'secret' as const, start, end, priority });

test('a specific detector beats a generic one on overlap, by declared priority', () => {
  const kept = resolveOverlaps([f('generic-credential', 0, 50, 10), f('github-pat', 6, 46, 50)]);
  assert.deepEqual(kept.map((finding) => finding.detector), ['github-pat']);
});

test('the longest match wins among equal priorities; disjoint findings all stay, in order', () => {
  const kept = resolveOverlaps([f('b', 10, 14, 50), f('a', 8, 20, 50), f('c', 30, 35, 50)]);
  assert.deepEqual(kept.map((finding) => [finding.detector, finding.start]), [['a', 8], ['c', 30]]);
  assert.ok(!('priority' in kept[0]!));
});
