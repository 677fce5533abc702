import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { runCli, tempFiles } from '../support/cli.js';

test('hash-secrets writes a list without plaintext that scrub then uses', () => {
  const dir = tempFiles({ 'plain.txt': '# the agent\'s key\nagent-secret-value-123\n' });
  const hashed = runCli(['hash-secrets', join(dir, 'plain.txt')]);
  assert.equal(hashed.code, 0, hashed.stderr);
  assert.ok(!hashed.stdout.includes('agent-secret-value-123'));
  assert.equal(hashed.stderr, 'logveil: hashed 1 secret\n');
  writeFileSync(join(dir, 'secrets.hashed'), hashed.stdout);
  const scrubbed = runCli(['scrub', '--known-secrets', join(dir, 'secrets.hashed')], 'x=agent-secret-value-123\n');
  assert.equal(scrubbed.stdout, 'x=[REDACTED:known-secret]\n');
});

test('hash-secrets refuses empty input and already-hashed input', () => {
  assert.equal(runCli(['hash-secrets'], '\n').code, 2);
  const hashed = runCli(['hash-secrets'], 'agent-secret-value-123\n').stdout;
  const again = runCli(['hash-secrets'], hashed);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already a hashed list/);
});

test('hash-secrets refuses a secret shorter than 8 characters, naming its line and not its value (exit 2)', () => {
  const dir = tempFiles({ 'plain.txt': 'agent-secret-value-123\n# comment\npw12345\n' });
  const run = runCli(['hash-secrets', join(dir, 'plain.txt')]);
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /plain\.txt: line 3: a known secret must have at least 8 characters.*\[LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT\]\n$/);
  assert.ok(!run.stderr.includes('pw12345'));
});
