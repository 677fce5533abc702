import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/index.js';
import { sensitiveKeyAnchors } from '../../src/engine/key-names.js';
import { Prefilter } from '../../src/engine/prefilter.js';
import { LAYER_BASE64, LAYER_ESCAPE, LAYER_PERCENT } from '../../src/engine/layers/triggers.js';

// The prefilter answers one question three ways: `test` on every entry, then `match` on two sets without
// the base64 gate and the gate tested apart; or (batched span texts) `test` without the gate and the gate
// apart. Every way must give the same detectors, keys and layers.
const detectors = createRedactor().detectors;
const prefilter = new Prefilter(detectors, sensitiveKeyAnchors(undefined, undefined));
const ids = (result: { detectors: readonly number[] }) => result.detectors.map((index) => detectors[index]!.id);

const TEXTS: readonly string[] = [
  'tool call done in 532 ms',
  'call_JwvsOPBqu4ymHDMA1l124LVA', // a random id: the base64 gate alone
  'session aUnANJ0gPb5tw6MabBZyt6VVG3lYA1lD and ghp_0123456789abcdefghijABCDEFGHIJ012345',
  'payload Z2hwX2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==',
  '{"password":"hunter2"}',
  'https://example.com/cb?redirect=%2Fhome&x=1',
  '{\\"token\\": \\"abc\\"}',
  '\\u0067hp_ in an escaped line',
  'mail alice.smith@example.com about the refund',
  'lowercase only 0f3a9c2b1d4e5f60718293a4b5c6d7e8 trace',
  '',
];

test('the gate tested apart gives the same detectors, keys and layers as the whole set', () => {
  for (const text of TEXTS) {
    const bytes = Buffer.from(text);
    const whole = prefilter.scan(bytes);
    const apart = prefilter.scan(bytes, true);
    assert.deepEqual(ids(apart), ids(whole), text);
    assert.deepEqual(apart.keys, whole.keys, text);
    assert.equal(apart.layers, whole.layers, text);
  }
});

test('the layers each text flags', () => {
  const layers = (text: string) => prefilter.scan(Buffer.from(text)).layers;
  assert.equal(layers('tool call done in 532 ms'), 0);
  assert.equal(layers('call_JwvsOPBqu4ymHDMA1l124LVA'), LAYER_BASE64);
  assert.equal(layers('lowercase only 0f3a9c2b1d4e5f60718293a4b5c6d7e8 trace'), 0);
  assert.equal(layers('https://example.com/cb?redirect=%2Fhome') & LAYER_PERCENT, LAYER_PERCENT);
  assert.equal(layers('\\u0067hp_ in an escaped line') & LAYER_ESCAPE, LAYER_ESCAPE);
  // A finding and a base64 run in one text: `match` finds the detector, the gate apart still flags the run.
  const both = prefilter.scan(Buffer.from('session aUnANJ0gPb5tw6MabBZyt6VVG3lYA1lD and ghp_0123456789abcdefghijABCDEFGHIJ012345'));
  assert.ok(ids(both).includes('github-pat'));
  assert.equal(both.layers & LAYER_BASE64, LAYER_BASE64);
});

test('the gate counted from a run\'s first upper-case letter flags what the plain count flags', () => {
  const plain = /[A-Z][A-Za-z0-9+/_-]{15}/;
  const runs = ['abcdefghijklmnopQ', 'abQdefghijklmnopqrst', 'Qbcdefghijklmnop', 'aaaaQaaaaaaaaaaaaaaZ', 'x-Y_zzzzzzzzzzzzzzzzzzz', 'AB', 'lower-case-only-run-with-dashes'];
  for (const run of runs) {
    const flagged = (prefilter.scan(Buffer.from(` ${run} `)).layers & LAYER_BASE64) !== 0;
    assert.equal(flagged, plain.test(run), run);
  }
});

test('a run of texts flagged by the gate alone switches the way of testing, and back, with the same results', () => {
  const own = new Prefilter(detectors, sensitiveKeyAnchors(undefined, undefined));
  const expected = TEXTS.map((text) => prefilter.scan(Buffer.from(text)));
  const same = () => TEXTS.forEach((text, i) => {
    const result = own.scan(Buffer.from(text));
    assert.deepEqual(ids(result), ids(expected[i]!), text);
    assert.deepEqual(result.keys, expected[i]!.keys, text);
    assert.equal(result.layers, expected[i]!.layers, text);
  });
  assert.equal(own.testsGateApart, false);
  for (let i = 0; i < 600; i++) own.scan(Buffer.from(`{"msg":"model call","response_id":"chatcmpl-${i}AbCdEfGhIjKlMnOpQrStUv"}`));
  assert.equal(own.testsGateApart, true);
  same();
  for (let i = 0; i < 600; i++) own.scan(Buffer.from(`{"msg":"tool call ${i} done"}`));
  assert.equal(own.testsGateApart, false);
  same();
});
