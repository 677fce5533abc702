import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRedactor } from '../src/redactor.js';
import { builtinDetectors } from '../detectors/index.js';

const RUNS = Number(process.env.LOGVEIL_PROPERTY_RUNS ?? 150);
const redactor = createRedactor({ knownSecrets: ['agent-known-secret-1'] });

// Text made of words, real positive samples of the catalog, and awkward characters, so that redaction,
// escaping and the JSON rewriter all get exercised.
const samples = builtinDetectors.flatMap((detector) => detector.samples.positive);
const piece = fc.oneof(
  fc.constantFrom('agent', 'step', 'token', 'password:', 'https://', '"', '\\', '\n', 'é', '😀', ' ', '{', ']', '4111 1111'),
  fc.constantFrom(...samples),
  fc.constant('agent-known-secret-1'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(' '));
const KEYS = ['msg', 'args', 'result', 'items', 'headers', 'note', 'value', 'nested', 'list'];
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** The key structure of a JSON value: every key path, in order. */
function keyPaths(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => keyPaths(item, `${path}[${index}]`));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([key, item]) => [`${path}.${key}`, ...keyPaths(item, `${path}.${key}`)]);
  return [];
}

test('property: a redacted JSON line is valid JSON with the same keys in the same order', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }), (record) => {
      const line = JSON.stringify({ level: 30, time: 1732370400000, ...record });
      const output = redactor.redactLine(line);
      assert.deepEqual(keyPaths(JSON.parse(output)), keyPaths(JSON.parse(line)));
    }),
    { numRuns: RUNS },
  );
});

test('property: redaction is idempotent for lines, values and text', () => {
  fc.assert(
    fc.property(value, text, (node, free) => {
      const line = redactor.redactLine(JSON.stringify({ level: 30, node }));
      assert.equal(redactor.redactLine(line), line);
      const once = redactor.redactValue(node);
      assert.deepEqual(redactor.redactValue(once), once);
      const plain = redactor.redactString(free);
      assert.equal(redactor.redactString(plain), plain);
    }),
    { numRuns: RUNS },
  );
});
