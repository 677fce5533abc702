// logveil/llm's options: the engine options of src/options.ts (all but `redaction`) plus the guard's own, and
// `modes`, a rule table validated, merged and looked up by src/options.ts as `redaction` is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPTION_NAMES } from '../../src/options.js';
import { LLM_OPTION_NAMES, ModeTable } from '../../src/llm/options.js';
import { guardFetch } from '../../src/llm/index.js';
import type { LlmGuardOptions } from '../../src/llm/index.js';

function refused(options: unknown, message: RegExp): void {
  assert.throws(() => guardFetch(options as LlmGuardOptions), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'LOGVEIL_ERR_BAD_OPTION');
    assert.match((error as Error).message, message);
    return true;
  });
}

test('the guard takes every core option but redaction, and names of its own that shadow none', () => {
  const own = LLM_OPTION_NAMES.filter((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  assert.deepEqual(own, ['modes', 'onFinding', 'hosts']);
  assert.deepEqual(
    LLM_OPTION_NAMES.filter((name) => !own.includes(name)),
    OPTION_NAMES.filter((name) => name !== 'redaction'),
  );
  // Every one of them reaches the engine without complaint.
  guardFetch({ presets: ['secrets'], enable: ['ipv4'], disable: ['email'], builtins: true, keyNames: { keys: ['x_custom'] }, maxDepth: 12, keepFields: [], knownSecrets: ['vault-root-4cd1ab9f7e2c'], detectors: [] });
});

test('an unknown option, redaction, a bad mode or category is refused with a stable code, naming it', () => {
  refused({ modez: {} }, /unknown option "modez" \(known: presets, .*modes, onFinding, hosts\)/);
  refused({ redaction: { default: 'mask' } }, /"redaction" does not apply; use "modes"/);
  refused({ modes: { default: 'mask' } }, /^modes\.default: unknown mode \(redact, tokenize, block\)$/);
  refused({ modes: { categories: { secrets: 'redact' } } }, /^modes\.categories: unknown category "secrets" \(secret, pii\)$/);
  refused({ modes: { detectors: { email: 'hide' } } }, /^modes\.detectors\.email: unknown mode/);
  refused({ modes: 'redact' }, /"modes" must be an object/);
  refused({ maxDepth: 0 }, /maxDepth/);
});

test('modes merge over the defaults key by key; a detector rule beats its category, a category the default', () => {
  const table = new ModeTable({ categories: { pii: 'redact' }, detectors: { email: 'tokenize' } });
  assert.equal(table.modeFor('phone', 'pii'), 'redact', 'the given category rule');
  assert.equal(table.modeFor('email', 'pii'), 'tokenize', 'the detector rule over its category');
  assert.equal(table.modeFor('known-secret', 'secret'), 'block', 'a default detector rule kept');
  assert.equal(table.modeFor('github-pat', 'secret'), 'redact', 'a default category rule kept');
  assert.equal(new ModeTable(undefined).modeFor('email', 'pii'), 'tokenize');
  assert.equal(new ModeTable({ default: 'block', categories: {} }).modeFor('github-pat', 'secret'), 'redact', 'the default category rule still wins over a new default');
});
