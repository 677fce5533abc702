import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinDetectors } from '../../detectors/index.js';
import { benchKnownSecrets, labelledCorpus, scoreLabelledCorpus } from '../../benchmarks/lib/labelled-corpus.js';

const knownSecrets = benchKnownSecrets();
const base = labelledCorpus({ detectors: builtinDetectors });
const extended = labelledCorpus({ detectors: builtinDetectors, knownSecrets, contextsPerKind: 3, extraNegativesPerKind: 3 });
const added = extended.slice(base.length);

test('the extensions are off by default and leave the default corpus byte for byte as it was', () => {
  assert.ok(base.every((item) => item.kind !== 'known' && item.format === undefined));
  assert.deepEqual(extended.slice(0, base.length).map((item) => item.line), base.map((item) => item.line));
  assert.ok(added.length > 100);
});

test('the extensions plant agent contexts, every encoded form of a registered secret, and new hard negatives', () => {
  const rules = new Set(added.map((item) => item.rule));
  for (const rule of [
    'context:authorization-header', 'context:cookie-header', 'context:password-field', 'context:oauth-form-body', 'context:url-query-key',
    'context:connection-string', 'context:env-object', 'context:env-dump-text', 'context:text-connection-string', 'context:pii-user-object',
    'known:raw', 'known:url-encoded', 'known:base64', 'known:base64url', 'known:basic-auth', 'known:hex', 'known:json-escaped',
    'negative:iso-timestamp', 'negative:placeholder', 'negative:harmless-sensitive-keys', 'negative:settings-keys', 'negative:clean-text-line',
  ]) {
    assert.ok(rules.has(rule), rule);
  }
});

test('registered secrets are deterministic, at least 8 characters, and one holds a quote and a backslash', () => {
  assert.deepEqual(benchKnownSecrets(), knownSecrets);
  assert.ok(knownSecrets.every((secret) => secret.length >= 8));
  assert.ok(knownSecrets.some((secret) => secret.includes('"') && secret.includes('\\')));
});

test('plain-text cases are not JSON and every JSON case parses', () => {
  for (const item of added) {
    if (item.format === 'text') assert.throws(() => JSON.parse(item.line), `case ${item.index}`);
    else assert.doesNotThrow(() => JSON.parse(item.line), `case ${item.index}`);
  }
});

test('every planted value is visible in its unredacted line, so a redactor that does nothing catches none', () => {
  const identity = scoreLabelledCorpus(added, (line) => line);
  assert.equal(identity.secrets.caught + identity.pii.caught + identity.known.caught, 0);
  assert.ok(identity.known.total > 0 && identity.secrets.total > 0 && identity.pii.total > 0);
  assert.equal(identity.negatives.untouched, identity.negatives.total);
  assert.deepEqual(identity.invalidJson, []);
  assert.equal(identity.jsonLines, added.filter((item) => item.format !== 'text').length);
});

test('the scorer does not count a plain-text line as broken JSON, and counts a broken JSON line', () => {
  const text = added.find((item) => item.format === 'text')!;
  const json = added.find((item) => item.format === undefined)!;
  const score = scoreLabelledCorpus([text, json], (line) => line.slice(0, -1));
  assert.deepEqual(score.invalidJson, [json.index]);
});
