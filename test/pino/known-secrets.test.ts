import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import pino from 'pino';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { KNOWN_SECRETS_EVENT, reloadKnownSecrets } from '../../src/pino/worker-messages.js';
import { TARGET, assertBuilt, fileLines, finish, pinoLine, ready, tempDir } from './helpers.js';
import type { ReloadResult } from '../../src/sources/known-secrets-source.js';
import type { Transport } from './helpers.js';

// Values no built-in detector finds: only the known-secrets list can catch them.
const OLD = 'orchard-Lantern-4471-quiet';
const NEW = 'harbor-Velvet-9083-amber';

before(assertBuilt);

/** Replaces a file the way deploy tools do: write a temporary file, rename it into place. */
function rotate(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function nextReload(transport: Transport): Promise<ReloadResult> {
  const [result] = (await once(transport, KNOWN_SECRETS_EVENT)) as [ReloadResult];
  return result;
}

/** Waits until the worker has written `count` lines, so a later reload cannot overtake them. */
async function waitForLines(path: string, count: number): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (existsSync(path) && fileLines(path).length >= count) return;
    await sleep(20);
  }
  throw new Error(`${path} never reached ${count} lines`);
}

function start(dir: string, options: Record<string, unknown>): { transport: Transport; out: string } {
  const out = join(dir, 'app.log');
  const transport = pino.transport({ target: TARGET, options: { destination: out, ...options } });
  // pino unrefs the worker once it is ready; these tests wait on the worker's messages, so keep it referenced.
  transport.once('ready', () => (transport as unknown as { ref(): void }).ref());
  return { transport, out };
}

test('a known-secrets file rewritten in place takes effect without a restart', async () => {
  const dir = tempDir();
  const secrets = join(dir, 'secrets.txt');
  writeFileSync(secrets, `${OLD}\n`);
  const { transport, out } = start(dir, { knownSecretsFile: secrets });
  await ready(transport);

  transport.write(pinoLine({ msg: `using ${OLD}` }) + '\n');
  await waitForLines(out, 1);
  const reloaded = nextReload(transport);
  rotate(secrets, `${NEW}\n`);
  assert.deepEqual(await reloaded, { ok: true, secrets: 1 });
  transport.write(pinoLine({ msg: `using ${NEW}` }) + '\n');
  await finish(transport);

  assert.deepEqual(
    fileLines(out).map((line) => JSON.parse(line).msg),
    ['using [REDACTED:known-secret]', 'using [REDACTED:known-secret]'],
  );
  assert.ok(!readFileSync(out, 'utf8').includes(NEW));
});

test('a rotated hashed list (with a new key) replaces the old one', async () => {
  const dir = tempDir();
  const secrets = join(dir, 'secrets.hashed');
  const hashed = (value: string): string => {
    const matcher = new KnownSecrets();
    matcher.add([value]);
    return matcher.toHashedList();
  };
  writeFileSync(secrets, hashed(OLD));
  const { transport, out } = start(dir, { knownSecretsFile: secrets });
  await ready(transport);

  const reloaded = nextReload(transport);
  rotate(secrets, hashed(NEW));
  assert.deepEqual(await reloaded, { ok: true, secrets: 1 });
  transport.write(pinoLine({ msg: `new ${NEW}` }) + '\n');
  await finish(transport);

  assert.deepEqual(fileLines(out), [pinoLine({ msg: 'new [REDACTED:known-secret]' })]);
});

test('while the file is missing, empty or malformed, the previous secrets stay in force', async () => {
  const dir = tempDir();
  const secrets = join(dir, 'secrets.txt');
  writeFileSync(secrets, `${OLD}\n`);
  const { transport, out } = start(dir, { knownSecretsFile: secrets });
  await ready(transport);

  let reloaded = nextReload(transport);
  rmSync(secrets);
  assert.deepEqual(await reloaded, { ok: false, reason: 'LOGVEIL_ERR_FILE_NOT_FOUND', secrets: 1 });

  reloaded = nextReload(transport);
  rotate(secrets, '\n\n');
  assert.deepEqual(await reloaded, { ok: false, reason: 'empty-file', secrets: 1 });

  reloaded = nextReload(transport);
  const header = JSON.stringify({ format: 'logveil-known-secrets', version: 1, key: Buffer.alloc(32, 7).toString('base64') });
  rotate(secrets, `${header}\nnot json\n`);
  assert.deepEqual(await reloaded, { ok: false, reason: 'LOGVEIL_ERR_BAD_KNOWN_SECRETS', secrets: 1 });

  transport.write(pinoLine({ msg: `still ${OLD}` }) + '\n');
  await finish(transport);
  assert.deepEqual(fileLines(out), [pinoLine({ msg: 'still [REDACTED:known-secret]' })]);
});

test('a reload message reloads on demand when the file is not watched', async () => {
  const dir = tempDir();
  const secrets = join(dir, 'secrets.txt');
  writeFileSync(secrets, `${OLD}\n`);
  const { transport, out } = start(dir, { knownSecretsFile: secrets, watchKnownSecrets: false });
  await ready(transport);

  rotate(secrets, `${OLD}\n${NEW}\n`);
  // Unwatched: nothing happens until asked. Give a watcher time to misbehave, then ask.
  await sleep(300);
  const reloaded = nextReload(transport);
  reloadKnownSecrets(transport);
  assert.deepEqual(await reloaded, { ok: true, secrets: 2 });
  transport.write(pinoLine({ msg: `both ${OLD} ${NEW}` }) + '\n');
  await finish(transport);

  assert.deepEqual(fileLines(out), [pinoLine({ msg: 'both [REDACTED:known-secret] [REDACTED:known-secret]' })]);
});

test('knownSecretsEnv registers the named environment variables in the worker', async () => {
  const dir = tempDir();
  process.env.LOGVEIL_TEST_DEPLOY_KEY = NEW;
  const { transport, out } = start(dir, { knownSecretsEnv: ['LOGVEIL_TEST_DEPLOY_KEY'] });
  delete process.env.LOGVEIL_TEST_DEPLOY_KEY;
  transport.write(pinoLine({ msg: `deploying with ${NEW}` }) + '\n');
  await finish(transport);
  assert.deepEqual(fileLines(out), [pinoLine({ msg: 'deploying with [REDACTED:known-secret]' })]);
});

test('in process: reloadKnownSecrets() swaps the set, and a failed reload reports the file and reason only', async () => {
  const dir = tempDir();
  const secrets = join(dir, 'secrets.txt');
  writeFileSync(secrets, `${OLD}\n`);
  const written: string[] = [];
  const stream = createRedactingStream({
    destination: { write: (text: string) => written.push(text) },
    knownSecretsFile: secrets,
    watchKnownSecrets: false,
  });
  const events: ReloadResult[] = [];
  stream.on(KNOWN_SECRETS_EVENT, (result: ReloadResult) => events.push(result));

  rotate(secrets, `${NEW}\n`);
  assert.deepEqual(stream.reloadKnownSecrets(), { ok: true, secrets: 1 });
  stream.write(`${NEW}\n`);

  const stderr: string[] = [];
  const original = process.stderr.write;
  process.stderr.write = ((chunk: string) => stderr.push(chunk) > 0) as typeof process.stderr.write;
  try {
    rmSync(secrets);
    assert.deepEqual(stream.reloadKnownSecrets(), { ok: false, reason: 'LOGVEIL_ERR_FILE_NOT_FOUND', secrets: 1 });
  } finally {
    process.stderr.write = original;
  }
  stream.write(`${NEW}\n`);
  stream.end();
  await once(stream, 'finish');

  assert.deepEqual(written, ['[REDACTED:known-secret]\n', '[REDACTED:known-secret]\n']);
  assert.deepEqual(events, [
    { ok: true, secrets: 1 },
    { ok: false, reason: 'LOGVEIL_ERR_FILE_NOT_FOUND', secrets: 1 },
  ]);
  assert.equal(stderr.length, 1);
  assert.equal(stderr[0], `logveil: known secrets file ${secrets} not reloaded (LOGVEIL_ERR_FILE_NOT_FOUND); keeping the previous 1 secrets\n`);
});
