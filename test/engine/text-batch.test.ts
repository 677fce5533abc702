import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRedactor } from '../../src/index.js';
import { flagTexts } from '../../src/engine/text-batch.js';
import type { JoinedScan } from '../../src/engine/text-batch.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Redactor } from '../../src/redactor.js';
import { KNOWN_SECRET, email, githubToken, stripeKey } from '../otel/support.js';

/** A joined scan that reports the given offsets. */
function reporting(findings: readonly [number, number][], clean = findings.length === 0): (joined: string) => JoinedScan {
  return () => ({ findings: findings.map(([start, end]): Finding => ({ detector: 'x', category: 'secret', start, end })), clean });
}

function batchOf(texts: readonly string[]): { scan: (how: ((joined: string) => JoinedScan) | Redactor) => Uint8Array | null } {
  return { scan: (how) => (typeof how === 'function' ? flagTexts(texts, how) : how.flagTexts(texts)) };
}

test('a finding flags the text it lies in, located across the line-break joins', () => {
  // joined: "aaa\nbbbb\ncc" — offsets 0-2, 4-7, 9-10
  assert.deepEqual([...batchOf(['aaa', 'bbbb', 'cc']).scan(reporting([[5, 7]]))!], [0, 1, 0]);
  assert.deepEqual([...batchOf(['aaa', 'bbbb', 'cc']).scan(reporting([[0, 1], [9, 11]]))!], [1, 0, 1]);
  assert.deepEqual([...batchOf(['', 'x', '']).scan(reporting([[1, 2]]))!], [0, 1, 0]);
});

test('a finding that spans a join flags every text, so each is scrubbed on its own', () => {
  assert.deepEqual([...batchOf(['aaa', 'bbbb', 'cc']).scan(reporting([[2, 5]]))!], [1, 1, 1]);
  // Only the line break itself: it belongs to no text, the one before it is checked.
  assert.deepEqual([...batchOf(['aaa', 'bbbb', 'cc']).scan(reporting([[3, 4]]))!], [1, 0, 0]);
});

test('nothing found, or nothing added, gives null', () => {
  assert.equal(batchOf(['aaa', 'bbbb']).scan(reporting([])), null);
  assert.equal(batchOf([]).scan(reporting([[0, 1]])), null);
});

test('a joined text that is not clean for keys or escapes flags every JSON text and every text with a backslash', () => {
  assert.deepEqual([...batchOf(['plain', '{"a":1}', 'a\\"b', ' [1]']).scan(reporting([], false))!], [0, 1, 1, 1]);
});

test('an embedded JSON document with a sensitive key is flagged among plain strings, and then redacted', () => {
  const redactor = createRedactor();
  const texts = ['GET', JSON.stringify({ password: 'S3cr3t with spaces' }), 'ok'];
  const dirty = redactor.flagTexts(texts);
  assert.deepEqual([...dirty!], [0, 1, 0]);
  assert.equal(redactor.redactString(texts[1]!), '{"password":"[REDACTED:sensitive-key]"}');
});

test('the joined scan flags every text that scrubbing on its own would change (built-in detectors)', () => {
  const redactor = createRedactor({ knownSecrets: [KNOWN_SECRET] });
  const secrets = [githubToken('batch-a'), stripeKey('batch-b'), email('batch-c'), KNOWN_SECRET, 'Bearer 9f8a7b6c5d4e3f2a1b0c'];
  const filler = fc.constantFrom('', 'GET', 'ok', '/v1/items/42', 'page=2', 'tool call done', '{"a":1}', '  ', 'x\ny', '12345');
  const text = fc.oneof(
    filler,
    fc.tuple(filler, fc.constantFrom(...secrets), filler).map(([before, secret, after]) => `${before} ${secret} ${after}`),
    fc.tuple(fc.constantFrom(...secrets), filler).map(([secret, after]) => secret + after),
  );
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), (texts) => {
      const dirty = batchOf(texts).scan(redactor);
      texts.forEach((value, i) => {
        if (redactor.redactString(value) !== value) assert.equal(dirty?.[i], 1, `text ${i} changes alone but was not flagged`);
      });
    }),
    { numRuns: 300 },
  );
});
