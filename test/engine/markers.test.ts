import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipToUnmarked } from '../../src/engine/markers.js';

const finding = (start: number, end: number) => ({ detector: 'd', category: 'secret' as const, start, end, priority: 10 });
const pieces = (text: string, start: number, end: number) =>
  clipToUnmarked(text, [finding(start, end)]).map((piece) => text.slice(piece.start, piece.end));

test('a finding inside an earlier marker, or reaching only punctuation beyond it, is dropped', () => {
  const text = 'curl -u [REDACTED:doppler-scim-token]: https://x';
  assert.deepEqual(pieces(text, text.indexOf('doppler'), text.indexOf(': ') + 1), []);
});

test('what lies outside a marker is still redacted', () => {
  const text = 'password=[REDACTED:x]realsecret';
  assert.deepEqual(pieces(text, 9, text.length), ['realsecret']);
  const hashed = 'a [REDACTED:github-pat:0a1b2c3d4e5f] tail';
  assert.deepEqual(pieces(hashed, 0, hashed.length), ['a ', ' tail']);
});

test('text without markers is left alone', () => {
  assert.deepEqual(pieces('plain secret', 6, 12), ['secret']);
});
