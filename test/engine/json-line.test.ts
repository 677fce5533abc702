import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactJsonText } from '../../src/engine/json-line.js';
import { fakeScrubber } from '../support/fake-scrubber.js';

const redact = (text: string, maxDepth?: number) => redactJsonText(text, fakeScrubber(maxDepth));

test('rewrites only the strings that change; numbers, spacing and key order stay byte for byte', () => {
  const line = '{"level":30,"time":1732370400000,"big":123456789012345678901234, "msg":"uses SECRET now","n":[1, 2.5e3]}';
  assert.equal(redact(line), line.replace('SECRET', '[REDACTED:word]'));
});

test('scans keys and decodes escapes before scanning', () => {
  assert.equal(redact('{"SECRET":1}'), '{"[REDACTED:word]":1}');
  assert.equal(redact('{"msg":"\\u0053ECRET and \\"quoted\\""}'), '{"msg":"[REDACTED:word] and \\"quoted\\""}');
});

test('replaces every value under a sensitive key, including numbers and nested values', () => {
  assert.equal(
    redact('{"password":"hunter2","nested":{"password":{"a":"x","b":12}},"ok":true}'),
    '{"password":"[REDACTED:sensitive-key]","nested":{"password":{"a":"[REDACTED:sensitive-key]","b":"[REDACTED:sensitive-key]"}},"ok":true}',
  );
});

test('a key that judges by value replaces a string it calls sensitive, and only strings', () => {
  assert.equal(
    redact('{"pass":"hunter2","db":{"pass":"ok"},"tests":{"pass":12,"fail":0},"x":{"pass":{"a":"b2"}}}'),
    '{"pass":"[REDACTED:sensitive-key]","db":{"pass":"ok"},"tests":{"pass":12,"fail":0},"x":{"pass":{"a":"b2"}}}',
  );
  // The value is judged decoded, as the other walks see it.
  assert.equal(redact('{"pass":"hunter\\u0032"}'), '{"pass":"[REDACTED:sensitive-key]"}');
});

test('leaves the fields it is told to keep alone at the top level, and only there', () => {
  const line = '{"level":30,"time":1,"pid":2,"hostname":"SECRET-host","msg":"SECRET","x":{"hostname":"SECRET"}}';
  const keep = ['level', 'time', 'pid', 'hostname'];
  assert.equal(
    redactJsonText(line, fakeScrubber(64, keep)),
    '{"level":30,"time":1,"pid":2,"hostname":"SECRET-host","msg":"[REDACTED:word]","x":{"hostname":"[REDACTED:word]"}}',
  );
});

test('keeps no field by default: the engine knows nothing of pino', () => {
  assert.equal(redact('{"hostname":"SECRET-host"}'), '{"hostname":"[REDACTED:word]-host"}');
});

test('drops fields whose policy is remove and keeps the object valid', () => {
  for (const [input, expected] of [
    ['{"a":"DROPME","b":1}', '{"b":1}'],
    ['{"a":1,"b":"DROPME"}', '{"a":1}'],
    ['{"a":1,"b":"DROPME","c":2}', '{"a":1,"c":2}'],
    ['{"a":"DROPME","b":"DROPME"}', '{}'],
    ['{"password":"REMOVE","x":1}', '{"x":1}'],
  ]) {
    const output = redact(input!);
    assert.equal(output, expected, input);
    JSON.parse(output!);
  }
});

test('returns null for text that is not JSON', () => {
  for (const text of ['{"a":1', '{a:1}', '{"a":1} trailing', '[1,]', '{"a":tru}', 'plain']) assert.equal(redact(text), null, text);
});

test('withholds what lies beyond the depth limit instead of passing it', () => {
  const deep = '{"a":'.repeat(10) + '"SECRET"' + '}'.repeat(10);
  const output = redact(deep, 5)!;
  assert.ok(!output.includes('SECRET'));
  assert.match(output, /\[REDACTED:max-depth\]/);
  JSON.parse(output);
});

test('a value under a sensitive key that only stands for one stays byte for byte; a real one is replaced', () => {
  const pem = '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n';
  const line = `{"a":{"password":"\${DB_PASSWORD}"},"b":{"password":"${pem}"},"c":{"password":"hunter2-but-longer"}}`;
  assert.equal(redact(line), line.replace('hunter2-but-longer', '[REDACTED:sensitive-key]'));
});
