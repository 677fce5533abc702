import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineSplitter } from '../../src/pino/line-splitter.js';

function split(pieces: readonly string[]): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (const piece of pieces) splitter.push(piece, (line) => lines.push(line));
  splitter.end((line) => lines.push(line));
  return lines;
}

test('lines come out whole and in order however the text is cut', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', '{', '"', '\n', '\r', 'é', '€')), fc.array(fc.nat()), (chars, cuts) => {
      const text = chars.join('');
      const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      const pieces = [0, ...points, text.length].slice(1).map((end, index, ends) => text.slice(index === 0 ? 0 : ends[index - 1], end));
      const expected = text.split('\n');
      if (expected.at(-1) === '') expected.pop();
      assert.deepEqual(split(pieces), expected);
    }),
  );
});

test('empty lines are lines, a carriage return stays in its line, a last line without newline is kept', () => {
  assert.deepEqual(split(['a\n\nb\r\n', 'c']), ['a', '', 'b\r', 'c']);
  assert.deepEqual(split(['', 'x', '', 'y\n']), ['xy']);
  assert.deepEqual(split([]), []);
});
