import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';

const SECRET = 'orchard-Lantern/4471 quiet';

test('scrub --known-secrets refuses a value shorter than 8 characters: one line on stderr naming the line, exit 2', () => {
  const dir = tempFiles({ 'secrets.txt': `${SECRET}\npw12345\n` });
  const run = runCli(['scrub', '--known-secrets', join(dir, 'secrets.txt')], 'login pw12345\n');
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^logveil: .*secrets\.txt: line 2: a known secret must have at least 8 characters.*\[LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT\]\n$/);
  assert.ok(!run.stderr.includes('pw12345'));
});

test('lines starting with # are comments in a plaintext list', () => {
  const dir = tempFiles({ 'secrets.txt': `# the agent's database password\n${SECRET}\n` });
  const run = runCli(['scrub', '--known-secrets', join(dir, 'secrets.txt')], `# the agent's database password\nuse ${SECRET}\n`);
  assert.equal(run.stdout, `# the agent's database password\nuse [REDACTED:known-secret]\n`);
  assert.match(runCli(['scrub', '--help']).stdout, /lines starting with # are comments/);
});

test('--known-secrets-dir takes every file of a directory as one secret, in scrub and scan', () => {
  const dir = tempFiles({});
  const secrets = join(dir, 'secrets');
  mkdirSync(secrets);
  writeFileSync(join(secrets, 'db_password'), `${SECRET}\n`);
  writeFileSync(join(secrets, '.ignored'), 'x');
  const input = `a ${SECRET}\nb ${encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}\n`;
  const scrubbed = runCli(['scrub', '--known-secrets-dir', secrets], input);
  assert.equal(scrubbed.stdout, 'a [REDACTED:known-secret]\nb [REDACTED:known-secret]\n');
  assert.deepEqual(runCli(['scan', '--known-secrets-dir', secrets], input), { code: 1, stdout: '-:1:3 known-secret\n-:2:3 known-secret\n', stderr: '' });
  const missing = runCli(['scan', '--known-secrets-dir', join(dir, 'nope')], input);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /known secrets directory .*nope: not found \[LOGVEIL_ERR_FILE_NOT_FOUND\]/);
});

test('a known secret found in base64 keeps the = of token= in front of it', () => {
  const dir = tempFiles({ 'secrets.txt': `${SECRET}\n` });
  const encoded = Buffer.from(SECRET).toString('base64');
  const run = runCli(['scrub', '--known-secrets', join(dir, 'secrets.txt')], `token=${encoded}\n`);
  assert.match(run.stdout, /^token=\[REDACTED:known-secret\]/);
});
