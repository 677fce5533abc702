import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { knownSecretsFromEnv, loadKnownSecretsFile } from '../../src/sources/index.js';
import { tempFiles } from '../support/cli.js';

test('takes environment variables whose names look sensitive, and passwords inside URLs', () => {
  const env = {
    OPENAI_API_KEY: 'sk-proj-abcdefghijklmnop',
    GITHUB_TOKEN: 'ghp_0123456789abcdefghij',
    DB_PASSWORD: 'correct-horse-battery',
    DATABASE_URL: 'postgres://app:p%40ss-w0rd-123@db:5432/app',
    FEATURE_FLAG_ENABLED: 'true',
    SECRET_SHORT: 'abc',
    HOME: '/home/agent-user-1',
    MAX_TOKENS: '4096000000',
  };
  assert.deepEqual(knownSecretsFromEnv(env).sort(), ['correct-horse-battery', 'ghp_0123456789abcdefghij', 'p@ss-w0rd-123', 'sk-proj-abcdefghijklmnop']);
});

test('takes exactly the variables named, by list or pattern', () => {
  const env = { MY_VALUE: 'value-one-123', OTHER: 'value-two-456', GITHUB_TOKEN: 'ghp_0123456789abcdefghij' };
  assert.deepEqual(knownSecretsFromEnv(env, ['MY_VALUE']), ['value-one-123']);
  assert.deepEqual(knownSecretsFromEnv(env, /^OTHER$/), ['value-two-456']);
});

test('loads a plaintext file (trimmed, blank lines skipped) or a hashed list', () => {
  const dir = tempFiles({ 'plain.txt': '  first-secret-value \r\n\nsecond-secret-value\n' });
  const plain = loadKnownSecretsFile(join(dir, 'plain.txt'));
  assert.equal(plain.size, 2);
  assert.equal(plain.scan('x first-secret-value y').length, 1);
  writeFileSync(join(dir, 'list.hashed'), plain.toHashedList());
  const hashed = loadKnownSecretsFile(join(dir, 'list.hashed'));
  assert.ok(hashed instanceof KnownSecrets);
  assert.equal(hashed.scan('second-secret-value').length, 1);
});

test('a missing file is an error naming it', () => {
  assert.throws(() => loadKnownSecretsFile('/nonexistent/secrets.txt'), { code: 'LOGVEIL_ERR_FILE_NOT_FOUND', message: /\/nonexistent\/secrets\.txt: not found/ });
});
