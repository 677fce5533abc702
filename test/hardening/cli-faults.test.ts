import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readLines } from '../../src/cli/lines.js';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { runCli, tempFiles } from '../support/cli.js';
import { TOKEN, UNPRIVILEGED, canDenyAccess } from './support.js';

const BIN = fileURLToPath(new URL('../../bin/logveil.js', import.meta.url));
const REDACTED = '[REDACTED:github-pat]';
const MB = 1_000_000;

/** Runs the CLI on raw bytes (runCli takes text), returning raw stdout. */
function runBytes(args: readonly string[], input: Buffer, user: { uid?: number; gid?: number } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * MB, ...user });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}

/** No stack trace, no token: what a message on stderr may never hold. */
function assertCleanMessage(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at /);
  assert.ok(!stderr.includes(TOKEN), 'the message holds the token');
  assert.equal(stderr.split('\n').length, 2, `one line expected: ${stderr}`);
}

test('scrub: a 1 MB line, a secret after 1 MB of noise and ghp_ x 250k come out one line each, in order', () => {
  const input = `${'a'.repeat(MB)}\n${'x'.repeat(MB)} ${TOKEN}\n${'ghp_'.repeat(250_000)}\n`;
  const run = runBytes(['scrub', '--stats'], Buffer.from(input));
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.stdout.toString() === `${'a'.repeat(MB)}\n${'x'.repeat(MB)} ${REDACTED}\n${'ghp_'.repeat(250_000)}\n`);
  assert.equal(JSON.parse(run.stderr).lines, 3);
});

test('scrub: invalid UTF-8, NUL bytes and CRLF keep the line structure; invalid bytes come out as U+FFFD', () => {
  const input = Buffer.concat([
    Buffer.from('bad '), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from(` ${TOKEN}\r\n`),
    Buffer.from(`{"msg":"nul \\u0000 ${TOKEN}"}\n`),
    Buffer.from('raw\0nul\0'), Buffer.from(` ${TOKEN}\r\n`),
    Buffer.from([0xe2, 0x82]), Buffer.from(`\n${TOKEN}`),
  ]);
  const run = runBytes(['scrub'], input);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stdout.toString('utf8'),
    `bad \ufffd\ufffd\ufffd\ufffd ${REDACTED}\r\n{"msg":"nul \\u0000 ${REDACTED}"}\nraw\0nul\0 ${REDACTED}\r\n\ufffd\n${REDACTED}`,
  );
  const scan = runBytes(['scan'], input);
  assert.equal(scan.code, 1);
  assert.deepEqual(scan.stdout.toString().trim().split('\n').map((line) => line.split(' ')[1]), ['github-pat', 'github-pat', 'github-pat', 'github-pat']);
});

// `scan DIR` walks the directory (test/cli/at-rest.test.ts); everywhere else a directory is a mistake.
test('a FILE that is a directory exits 2 naming it, for scrub, --known-secrets and --config', () => {
  const dir = tempFiles({});
  for (const args of [['scrub', dir], ['scrub', '--known-secrets', dir], ['scrub', '--config', dir]]) {
    const run = runCli(args, '');
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, new RegExp(`^logveil: .*${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (is a directory|cannot be read)`));
    assertCleanMessage(run.stderr);
  }
});

test('an unreadable FILE exits 2 naming it and EACCES, before or between files', (t) => {
  if (!canDenyAccess()) {
    t.skip('running as root, and cannot run a child as nobody: root ignores file permissions');
    return;
  }
  const dir = tempFiles({ 'ok.log': `fine ${TOKEN}\n`, 'locked.log': `hidden ${TOKEN}\n`, 'secrets.txt': 'agent-known-secret-1\n' });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'ok.log'), 0o644);
  for (const name of ['locked.log', 'secrets.txt']) chmodSync(join(dir, name), 0o000);
  // As root, run the CLI as nobody: root reads any file whatever its mode.
  const cases: [string[], string, string][] = [
    [['scrub', join(dir, 'locked.log')], '', `logveil: ${join(dir, 'locked.log')}: cannot be read (EACCES)\n`],
    [['scrub', join(dir, 'ok.log'), join(dir, 'locked.log')], `fine ${REDACTED}\n`, `logveil: ${join(dir, 'locked.log')}: cannot be read (EACCES)\n`],
    [['scan', join(dir, 'locked.log')], '', `logveil: ${join(dir, 'locked.log')}: cannot be read (EACCES)\n`],
    [
      ['scrub', '--known-secrets', join(dir, 'secrets.txt')],
      '',
      `logveil: known secrets file ${join(dir, 'secrets.txt')}: cannot be read (EACCES) [LOGVEIL_ERR_BAD_KNOWN_SECRETS]\n`,
    ],
  ];
  for (const [args, stdout, stderr] of cases) {
    const run = runBytes(args, Buffer.from(''), UNPRIVILEGED);
    assert.deepEqual([run.code, run.stdout.toString(), run.stderr], [2, stdout, stderr], args.join(' '));
  }
});

test('a config module that throws at import exits 2 naming it, without its message (which may quote a secret)', () => {
  const dir = tempFiles({
    'throws.mjs': `const key = ${JSON.stringify(TOKEN)};\nthrow new Error('cannot use key ' + key);\n`,
    'parses.mjs': `export default JSON.parse('{"apiKey": ${TOKEN}}');\n`,
    'syntax.mjs': `export default { key: ${TOKEN} ;\n`,
    'string.mjs': `throw ${JSON.stringify(TOKEN)};\n`,
  });
  const expected: Record<string, string> = {
    'throws.mjs': 'Error at line 2',
    'parses.mjs': 'SyntaxError at line 1',
    'syntax.mjs': 'SyntaxError',
    'string.mjs': 'a thrown string',
  };
  for (const [name, reason] of Object.entries(expected)) {
    const run = runCli(['scrub', '--config', join(dir, name)], 'x\n');
    assert.equal(run.code, 2, name);
    assert.equal(run.stderr, `logveil: config ${join(dir, name)}: the module failed to load: ${reason} (run it with node to see the message) [LOGVEIL_ERR_BAD_CONFIG]\n`);
    assertCleanMessage(run.stderr);
  }
});

test('a malformed known-secrets file exits 2 naming it and the line, never quoting it', () => {
  const list = new KnownSecrets();
  list.add(['agent-known-secret-1']);
  const hashed = list.toHashedList();
  const dir = tempFiles({
    'cut.list': hashed.slice(0, hashed.length - 10),
    'header.list': `{"format":"logveil-known-secrets","version":1,"key":"${TOKEN}`,
    'entry.list': `${hashed.split('\n')[0]}\n{"id":"${TOKEN}","forms":[[1,2,"x"]]}\n`,
  });
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x41]));
  const expected: Record<string, string> = {
    'cut.list': 'line 2: not JSON',
    'header.list': 'line 1: not a logveil hashed list header',
    'entry.list': 'line 2: each form is \\[length, digest, fringe, \\[4 window fingerprints\\]\\]',
    'binary.txt': 'known secrets file .*binary\\.txt: not UTF-8 text \\(NUL or invalid bytes\\)',
  };
  for (const [name, message] of Object.entries(expected)) {
    const run = runCli(['scrub', '--known-secrets', join(dir, name)], `x ${TOKEN}\n`);
    assert.equal(run.code, 2, name);
    assert.match(run.stderr, new RegExp(`^logveil: .*${message} \\[LOGVEIL_ERR_BAD_KNOWN_SECRETS\\]\\n$`), name);
    assertCleanMessage(run.stderr);
    assert.equal(run.stdout, '', `${name}: nothing may be written unscrubbed with the wrong secrets`);
  }
});

test('an output that cannot be written (a full disk) exits 74 with one line, no stack trace', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  const full = openSync('/dev/full', 'w');
  try {
    for (const input of [`one ${TOKEN}\n`, `${'x'.repeat(100)} ${TOKEN}\n`.repeat(20_000)]) {
      const result = spawnSync(process.execPath, [BIN, 'scrub'], { input, stdio: ['pipe', full, 'pipe'], env: { PATH: process.env.PATH ?? '' } });
      assert.equal(result.status, 74);
      assert.equal(result.stderr.toString(), 'logveil: cannot write the output (ENOSPC)\n');
    }
  } finally {
    closeSync(full);
  }
});

test('reading one long line grows linearly: 1 MB to 10 MB in 16 KB chunks', async () => {
  const chunks = (size: number): string[] => Array.from({ length: size / 16_384 }, () => 'a'.repeat(16_384));
  const cpuMs = async (size: number): Promise<number> => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const source = Readable.from(chunks(size).map((chunk) => Buffer.from(chunk)), { objectMode: false });
      const start = process.cpuUsage();
      let lines = 0;
      for await (const line of readLines(source)) lines += line.length > 0 ? 1 : 0;
      const used = process.cpuUsage(start);
      assert.equal(lines, 1);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  };
  const ratio = (await cpuMs(16_384 * 640)) / Math.max(await cpuMs(16_384 * 64), 0.5);
  assert.ok(ratio < 40, `10 MB took ${ratio.toFixed(1)}x the time of 1 MB`);
});
