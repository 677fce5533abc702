import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONFIG_OPTION_NAMES, DATA_OPTION_NAMES, OPTION_NAMES, checkOptions, mergeOptions, pickOptions } from '../src/options.js';
import { OTEL_OPTION_NAMES } from '../src/otel/options.js';
import { REDACTION_MODES, REDACTION_MODE_NAMES, WHOLE_VALUE_MARKER } from '../src/engine/redaction-modes.js';
import { PolicyReplacer } from '../src/engine/redact.js';
import { createRedactor } from '../src/redactor.js';
import { isLogveilError } from '../src/engine/errors.js';

test('the data and config option sets are parts of the one list', () => {
  for (const name of [...DATA_OPTION_NAMES, ...CONFIG_OPTION_NAMES]) assert.ok(OPTION_NAMES.includes(name));
  assert.ok(!DATA_OPTION_NAMES.includes('detectors'), 'functions cannot cross into a worker');
  assert.ok(!CONFIG_OPTION_NAMES.includes('knownSecrets'), 'a config file names no secret values');
});

test('the OpenTelemetry options are the core options plus names of their own, none shadowing a core one', () => {
  const own = OTEL_OPTION_NAMES.filter((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  assert.equal(new Set(OTEL_OPTION_NAMES).size, OTEL_OPTION_NAMES.length);
  assert.deepEqual(own, ['redactor', 'summary', 'urlParams', 'urlAttributes', 'knownSecretsFile', 'knownSecretsDir', 'knownSecretsEnv', 'watchKnownSecrets']);
});

test('merging: the adapter replaces, appends to lists, and merges the policy group by group', () => {
  const merged = mergeOptions(
    { presets: ['secrets'], enable: ['ipv4'], maxDepth: 10, redaction: { default: 'mask', detectors: { email: 'hash' }, hashKey: 'k'.repeat(16) } },
    { presets: ['pii'], enable: ['ipv6'], disable: ['email'], redaction: { detectors: { phone: 'remove' } } },
  );
  assert.deepEqual(merged, {
    presets: ['pii'],
    enable: ['ipv4', 'ipv6'],
    disable: ['email'],
    maxDepth: 10,
    redaction: { default: 'mask', hashKey: 'k'.repeat(16), categories: {}, detectors: { email: 'hash', phone: 'remove' } },
  });
  assert.deepEqual(mergeOptions({ builtins: false }, {}), { builtins: false });
});

test('pickOptions keeps only option names', () => {
  assert.deepEqual(pickOptions({ presets: ['secrets'], destination: 1, summary: true }), { presets: ['secrets'] });
});

test('checkOptions names the option at fault with a stable code', () => {
  const codeOf = (options: unknown): string | undefined => {
    try {
      checkOptions(options as never);
      return undefined;
    } catch (error) {
      return isLogveilError(error) ? error.code : 'not a LogveilError';
    }
  };
  assert.equal(codeOf({ presetz: [] }), 'LOGVEIL_ERR_BAD_OPTION');
  assert.equal(codeOf({ keepFields: [1] }), 'LOGVEIL_ERR_BAD_OPTION');
  assert.equal(codeOf({ redaction: { default: 'shred' } }), 'LOGVEIL_ERR_BAD_OPTION');
  assert.equal(codeOf({ redaction: { default: 'hash' } }), 'LOGVEIL_ERR_BAD_OPTION');
  assert.equal(codeOf({ redaction: { default: 'hash', hashKey: 'k'.repeat(16) } }), undefined);
  assert.throws(() => checkOptions({ redaction: { default: 'shred' as never } }), new RegExp(REDACTION_MODE_NAMES.join(', ')));
});

test('every redaction mode is valid as an option, and what it writes is recognised as already redacted', () => {
  const value = 'a-value-long-enough-1234';
  for (const mode of REDACTION_MODE_NAMES) {
    const options = { redaction: { default: mode, hashKey: 'k'.repeat(16) } };
    assert.doesNotThrow(() => createRedactor(options), mode);
    const replacement = new PolicyReplacer(options.redaction, new Map()).replacement('generic-credential', 'secret', value);
    if ('removesField' in REDACTION_MODES[mode]) assert.equal(replacement, '', mode);
    else assert.match(replacement, WHOLE_VALUE_MARKER, mode);
  }
});

test('a value that is already a marker stays as it is under a sensitive key, whatever the mode', () => {
  for (const mode of REDACTION_MODE_NAMES) {
    if (mode === 'remove') continue;
    const redactor = createRedactor({ redaction: { default: mode, hashKey: 'k'.repeat(16) } });
    const once = redactor.redactValue({ password: 'correct-horse-battery-9' });
    assert.deepEqual(redactor.redactValue(once), once, mode);
  }
});

test('keepFields passes the named top-level fields of a JSON line through; by default none', () => {
  const line = JSON.stringify({ hostname: 'dana.doe@corp.example.org', msg: 'ok' });
  assert.equal(createRedactor({ keepFields: ['hostname'] }).redactLine(line), line);
  assert.notEqual(createRedactor().redactLine(line), line);
});
