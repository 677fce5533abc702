import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRedactor } from '../../../src/index.js';
import { MAX_LAYER_DEPTH } from '../../../src/engine/layers/bounds.js';
import { base64Runs, changedRegion, percentRuns, unescapeText } from '../../../src/engine/layers/decode.js';
import { jsonSpans } from '../../../src/engine/layers/json-spans.js';
import { stripeKey } from './support.js';

const wrap = (text: string, times: number): string => {
  let out = text;
  for (let i = 0; i < times; i++) out = Buffer.from(`v=${out}`).toString('base64');
  return out;
};

test('a secret wrapped in base64 up to three times is found', () => {
  const redactor = createRedactor();
  const key = stripeKey('bounds-nest');
  for (let times = 1; times <= 3; times++) {
    const out = redactor.redactString(`blob ${wrap(`key ${key}`, times)}`);
    assert.equal(out, 'blob [REDACTED:stripe-secret-key]', `${times} times`);
  }
});

test('past the depth bound an encoded run is withheld, never passed unread', () => {
  const redactor = createRedactor();
  const key = stripeKey('bounds-deep');
  const out = redactor.redactString(`blob ${wrap(`key ${key}`, MAX_LAYER_DEPTH + 2)}`);
  assert.ok(!out.includes(wrap(`key ${key}`, 1)), out);
  assert.match(out, /^blob \[REDACTED:[a-z-]+\]$/);
});

test('property: hostile nesting of base64 in base64 costs a bounded number of probes and never leaks', () => {
  const key = stripeKey('bounds-prop');
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), (times, copies) => {
      const redactor = createRedactor();
      const text = Array.from({ length: copies }, () => wrap(`key ${key}`, times)).join(' ');
      const out = redactor.redactString(text);
      assert.ok(!out.includes(key));
      assert.equal(out.includes('sk_live'), false);
      // Every encoded run became one marker: nothing of the input's runs is left.
      for (const run of text.split(' ')) assert.ok(!out.includes(run));
    }),
    { numRuns: 60 },
  );
});

test('property: a huge JSON document in a string is walked once, and its secret found', () => {
  const redactor = createRedactor();
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 3 }), (items, nesting) => {
      let body = JSON.stringify({ items: Array.from({ length: items }, (_, i) => ({ id: i, note: 'ok' })), password: 'hunter2-hunter2' });
      for (let i = 0; i < nesting; i++) body = JSON.stringify({ inner: body });
      const out = redactor.redactValue({ body }).body;
      assert.ok(!out.includes('hunter2-hunter2'));
      assert.ok(out.includes('[REDACTED:sensitive-key]'));
    }),
    { numRuns: 8 },
  );
});

test('JSON nested in strings past the depth bound is withheld when it holds a sensitive key', () => {
  const redactor = createRedactor();
  let body = JSON.stringify({ password: 'hunter2-hunter2' });
  for (let i = 0; i < MAX_LAYER_DEPTH + 2; i++) body = JSON.stringify({ inner: body });
  const out = redactor.redactLine(body);
  assert.ok(!out.includes('hunter2-hunter2'), out);
  assert.ok(out.includes('[REDACTED:max-depth]'), out);
});

test('property: decoders never throw and runs stay inside the text, in order', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      let last = -1;
      for (const run of [...base64Runs(text)]) {
        assert.ok(run.start > last && run.end <= text.length && run.start < run.end);
        last = run.start;
      }
      for (const run of percentRuns(text)) assert.ok(run.start >= 0 && run.end <= text.length && text.slice(run.start, run.end).includes('%'));
      const unescaped = unescapeText(text);
      if (unescaped !== null) assert.equal(unescaped.offsets.length, unescaped.decoded.length + 1);
      for (const span of jsonSpans(text)) assert.ok('{['.includes(text[span.start]!) && '}]'.includes(text[span.end - 1]!));
    }),
    { numRuns: 500 },
  );
});

test('changedRegion covers every changed character and nothing it can keep', () => {
  assert.deepEqual(changedRegion('a secret b', 'a [X] b'), { start: 2, end: 8 });
  assert.deepEqual(changedRegion('same', 'same'), { start: 4, end: 4 });
});

test('an unclosed bracket does not make the search for JSON in text quadratic', () => {
  const text = '{'.repeat(100_000) + ' "password": "x"';
  assert.deepEqual(jsonSpans(text), []);
  const redactor = createRedactor();
  assert.equal(typeof redactor.redactString(text), 'string');
});

test('property: clean hex ids, digests, UUIDs and words are never decoded into a change', () => {
  const redactor = createRedactor();
  const hex = fc.stringMatching(/^[0-9a-f]{16,64}$/);
  const uuid = fc.uuid();
  const word = fc.stringMatching(/^[a-z]{3,12}$/);
  fc.assert(
    fc.property(fc.array(fc.oneof(hex, uuid, word), { minLength: 1, maxLength: 10 }), (parts) => {
      const text = parts.join(' ');
      assert.equal(redactor.redactString(text), text);
      assert.equal(redactor.redactLine(JSON.stringify({ msg: text })), JSON.stringify({ msg: text }));
    }),
    { numRuns: 200 },
  );
});
