import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTransportOptions } from '../../src/pino/options.js';
import { mergeDetection, pickDetection } from '../../src/pino/redactor-options.js';

test('the keys pino and thread-stream add to a target\'s options are not taken for unknown options', () => {
  const checked = checkTransportOptions({ destination: 2, pinoWillSendConfig: true, $context: { threadStreamVersion: '4.2.1' } });
  assert.deepEqual(checked, { destination: 2, destinationGiven: true });
});

test('no options at all means stdout and the default detectors', () => {
  assert.deepEqual(checkTransportOptions(undefined), { destinationGiven: false });
  assert.throws(() => checkTransportOptions('app.log'), /options must be an object/);
});

test('transport options are checked with the option named', () => {
  const cases: [unknown, RegExp][] = [
    [{ destination: -1 }, /option "destination" must be a file path or a file descriptor/],
    [{ destination: '' }, /option "destination"/],
    [{ mkdir: 'yes' }, /option "mkdir" must be true or false/],
    [{ config: 42 }, /option "config" must be a file path/],
    [{ knownSecretsEnv: [1] }, /option "knownSecretsEnv" must list variable names/],
    [{ knownSecretsEnv: '[' }, /option "knownSecretsEnv" is not a valid regular expression/],
    [{ redaction: [] }, /option "redaction" must be an object/],
    [{ redaction: { hashKey: 7 } }, /option "redaction.hashKey" must be a string/],
  ];
  for (const [options, message] of cases) assert.throws(() => checkTransportOptions(options), message);
});

test('inline settings go over a config file\'s: presets replace, enable and disable add, redaction merges', () => {
  const validate = (): boolean => true;
  const fileDetector = { id: 'acme', description: 'x', category: 'secret' as const, pattern: 'acme_[a-z]+', keywords: ['acme_'], validate, samples: { positive: ['acme_x'], negative: [] } };
  const merged = mergeDetection(
    {
      presets: ['secrets'],
      enable: ['ip-address'],
      disable: ['email'],
      detectors: [fileDetector],
      maxDepth: 10,
      redaction: { default: 'mask', categories: { pii: 'partial' }, detectors: { acme: 'remove' } },
    },
    { presets: ['strict'], disable: ['credit-card'], redaction: { categories: { secret: 'placeholder' } } },
  );
  assert.deepEqual(merged.presets, ['strict']);
  assert.deepEqual(merged.enable, ['ip-address']);
  assert.deepEqual(merged.disable, ['email', 'credit-card']);
  assert.equal(merged.detectors?.[0], fileDetector);
  assert.equal(merged.maxDepth, 10);
  assert.deepEqual(merged.redaction, {
    default: 'mask',
    categories: { pii: 'partial', secret: 'placeholder' },
    detectors: { acme: 'remove' },
  });
});

test('only detection settings are handed to the engine', () => {
  const picked = pickDetection({ presets: ['pii'], maxDepth: 5, destination: 1, summary: true } as Parameters<typeof pickDetection>[0]);
  assert.deepEqual(picked, { presets: ['pii'], maxDepth: 5 });
});
