import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base64Runs } from '../../../src/engine/layers/decode.js';

/**
 * The runs as the window's first regex found them (the alternation of 15, 14 and 13 characters, before the
 * shared 13 were put first): each window, widened to its run and up to two `=`, the search resuming after the run.
 */
function runsByWindowRegex(text: string): [number, number][] {
  const window = /[A-Z](?:[A-Za-z0-9+/_-]{15}|[A-Za-z0-9+/_-]{14}=|[A-Za-z0-9+/_-]{13}==)/g;
  const isChar = (code: number) => /[A-Za-z0-9+/_-]/.test(String.fromCharCode(code));
  const runs: [number, number][] = [];
  let from = 0;
  for (;;) {
    window.lastIndex = from;
    const found = window.exec(text);
    if (found === null) return runs;
    let start = found.index;
    while (start > 0 && isChar(text.charCodeAt(start - 1))) start--;
    let end = found.index + 1;
    while (end < text.length && isChar(text.charCodeAt(end))) end++;
    const charsEnd = end;
    while (end < text.length && end - charsEnd < 2 && text.charCodeAt(end) === 61) end++;
    runs.push([start, end]);
    from = end;
  }
}

/** Every run that holds a window, decodable or not: base64Runs reports the decodable ones, so compare through `covered`. */
function runsProbed(text: string): [number, number][] {
  const seen: [number, number][] = [];
  base64Runs(text, (start, end) => {
    seen.push([start, end]);
    return true;
  });
  return seen;
}

test('the window regex with its shared characters first finds exactly the runs the alternation found, on random texts', () => {
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  // Weighted toward runs near the window's length, padding and the characters that end a run.
  const pieces = ['A', 'Z', 'q', '7', '+', '/', '-', '_', '=', '==', ' ', '"', '.', ':', 'é', 'abcdefghijklm', 'ABCDEFGHIJKLMNOP', 'xyz0123456789'];
  let withRuns = 0;
  for (let round = 0; round < 4000; round++) {
    let text = '';
    const length = random(40);
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
    const expected = runsByWindowRegex(text);
    if (expected.length > 0) withRuns++;
    assert.deepEqual(runsProbed(text), expected, JSON.stringify(text));
  }
  assert.ok(withRuns > 1000, `only ${withRuns} texts held a run`);
});

test('runs at the edges of the text, of every length around the window, with and without padding', () => {
  for (let chars = 10; chars <= 20; chars++) {
    for (const padding of ['', '=', '==', '===']) {
      for (const [before, after] of [['', ''], [' ', ' '], ['x '.repeat(7), '']]) {
        for (const upperAt of [0, 1, 3]) {
          const body = Array.from({ length: chars }, (_, i) => (i === upperAt ? 'Q' : 'a')).join('');
          const text = before + body + padding + after;
          assert.deepEqual(runsProbed(text), runsByWindowRegex(text), JSON.stringify(text));
        }
      }
    }
  }
});

test('decoded runs are what they were: a base64 payload in prose is found and decoded', () => {
  const payload = Buffer.from('password=hunter2-but-longer').toString('base64');
  const text = `${'The quarterly report lists revenue by region. '.repeat(40)}blob ${payload} end`;
  const runs = base64Runs(text);
  assert.deepEqual(runs.map((run) => [text.slice(run.start, run.end), run.decoded]), [[payload, 'password=hunter2-but-longer']]);
});
