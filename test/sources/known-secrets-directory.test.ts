import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Writable } from 'node:stream';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { createRedactor } from '../../src/redactor.js';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { keepKnownSecretsLoaded, loadKnownSecretsDirectory, loadKnownSecretsFile } from '../../src/sources/index.js';

// Values no built-in detector finds: only the known secrets can catch them.
const OLD = 'orchard-Lantern-4471-quiet';
const NEW = 'harbor-Velvet-9083-amber';
const LIST_OLD = 'meadow-Copper-5520-still';
const LIST_NEW = 'glacier-Amber-3318-brisk';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'logveil-sources-'));
}

/** Polls `check` every 20 ms for at most 5 s (watchers debounce 100 ms, the poll fallback runs each second). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (check()) return;
    await sleep(20);
  }
  assert.fail(`never happened: ${what}`);
}

/** A Kubernetes secret volume: the data in a timestamped directory behind `..data`, each key a symlink through it. */
function kubernetesVolume(dir: string, version: string, files: Record<string, string>): void {
  const data = join(dir, `..${version}`);
  mkdirSync(data);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(data, name), content);
  symlinkSync(`..${version}`, join(dir, '..data_tmp'));
  renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
}

function linkKeys(dir: string, names: readonly string[]): void {
  for (const name of names) symlinkSync(join('..data', name), join(dir, name));
}

test('every regular file of a directory is one secret; dotfiles and subdirectories are skipped, the trailing newline trimmed', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'db_password'), `${OLD}\n`);
  writeFileSync(join(dir, 'api_token'), NEW);
  writeFileSync(join(dir, '.hidden'), 'x');
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'other'), 'y');
  const matcher = loadKnownSecretsDirectory(dir);
  assert.equal(matcher.size, 2);
  assert.equal(matcher.scan(`a ${OLD} b ${NEW}`).length, 2);
});

test('a short or empty secret file is an error naming the file, never its content', () => {
  for (const content of ['pw12345\n', '']) {
    const dir = tempDir();
    writeFileSync(join(dir, 'good'), OLD);
    writeFileSync(join(dir, 'short'), content);
    assert.throws(() => loadKnownSecretsDirectory(dir), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT');
      assert.match(error.message, /file short: a known secret must have at least 8 characters/);
      assert.ok(!error.message.includes('pw12345'));
      return true;
    });
  }
  assert.throws(() => loadKnownSecretsDirectory(join(tempDir(), 'missing')), { code: 'LOGVEIL_ERR_FILE_NOT_FOUND' });
});

test('a plaintext list skips # comment lines and refuses a short line, naming the line', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'list.txt'), `# rotated 2026-01\n${OLD}\n  # indented comment\n`);
  assert.equal(loadKnownSecretsFile(join(dir, 'list.txt')).size, 1);
  writeFileSync(join(dir, 'bad.txt'), `${OLD}\npw12345\n`);
  assert.throws(() => loadKnownSecretsFile(join(dir, 'bad.txt')), { code: 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT', message: /bad\.txt: line 2:/ });
});

test('a Kubernetes volume is read through its symlinks, and the atomic ..data swap is picked up without a restart', async () => {
  const dir = tempDir();
  kubernetesVolume(dir, '2026_01_01', { password: `${OLD}\n` });
  linkKeys(dir, ['password']);
  const redactor = createRedactor();
  const live = keepKnownSecretsLoaded(redactor.knownSecrets, { knownSecretsDir: dir });
  try {
    assert.equal(redactor.redactString(`x ${OLD}`), 'x [REDACTED:known-secret]');
    kubernetesVolume(dir, '2026_02_01', { password: `${NEW}\n` });
    rmSync(join(dir, '..2026_01_01'), { recursive: true });
    await eventually(() => redactor.redactString(`x ${NEW}`) === 'x [REDACTED:known-secret]', 'the new secret found');
    assert.equal(redactor.redactString(`x ${OLD}`), `x ${OLD}`, 'the old secret is no longer registered');
  } finally {
    live.close();
  }
});

test('a secret file written in place, and a list behind a swapped symlink, are both reloaded', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'token'), OLD);
  const listDir = tempDir();
  kubernetesVolume(listDir, 'v1', { 'list.txt': `${LIST_OLD}\n` });
  linkKeys(listDir, ['list.txt']);
  const matcher = new KnownSecrets();
  const results: boolean[] = [];
  const live = keepKnownSecretsLoaded(matcher, {
    knownSecretsDir: dir,
    knownSecretsFile: join(listDir, 'list.txt'),
    onReload: (result) => results.push(result.ok),
  });
  try {
    assert.equal(matcher.size, 2);
    writeFileSync(join(dir, 'token'), NEW);
    await eventually(() => matcher.scan(NEW).length === 1, 'the rewritten file reloaded');
    kubernetesVolume(listDir, 'v2', { 'list.txt': `${LIST_NEW}\n` });
    await eventually(() => matcher.scan(LIST_NEW).length === 1, 'the swapped list reloaded');
    assert.equal(matcher.scan(LIST_OLD).length, 0);
    assert.ok(results.every(Boolean), 'every reload succeeded');
  } finally {
    live.close();
  }
});

test('a reload that fails (a short value mid-rotation) keeps the previous set and says so', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'token'), OLD);
  const matcher = new KnownSecrets();
  const reasons: string[] = [];
  const live = keepKnownSecretsLoaded(matcher, {
    knownSecretsDir: dir,
    onReload: (result) => {
      if (!result.ok) reasons.push(result.reason);
    },
  });
  try {
    writeFileSync(join(dir, 'token'), 'short');
    await eventually(() => reasons.length > 0, 'a failed reload reported');
    assert.equal(reasons[0], 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT');
    assert.equal(matcher.scan(OLD).length, 1);
  } finally {
    live.close();
  }
});

test('the in-process pino stream takes knownSecretsDir and follows its rotation', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'token'), OLD);
  const written: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  const stream = createRedactingStream({ knownSecretsDir: dir, destination, sync: true });
  try {
    stream.write(`${JSON.stringify({ msg: `using ${OLD}` })}\n`);
    writeFileSync(join(dir, 'token'), NEW);
    await eventually(() => stream.knownSecrets.scan(NEW).length === 1, 'the stream reloaded');
    stream.write(`${JSON.stringify({ msg: `using ${NEW}` })}\n`);
    await eventually(() => written.join('').split('\n').length >= 3, 'both lines written');
    assert.ok(!written.join('').includes(OLD) && !written.join('').includes(NEW));
  } finally {
    stream.end();
  }
});
