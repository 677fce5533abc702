import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { TARGET, assertBuilt, fileLines, finish, tempDir } from '../pino/helpers.js';
import { TOKEN, canDenyAccess, childTransport, runChild } from './support.js';

before(assertBuilt);

const HAS_DEV_FULL = existsSync('/dev/full');

/** Logs `count` lines with a token, waits, logs `count` more: the app keeps logging after the failure. */
const LOG_TWICE = (count: number) => `for (let seq = 0; seq < ${count}; seq++) logger.info({ seq, token: TOKEN }, 'first');
await new Promise((resolve) => setTimeout(resolve, 200));
for (let seq = 0; seq < ${count}; seq++) logger.info({ seq }, 'second');
await finish();
console.log('host alive');`;

test('a transport whose disk is full (/dev/full) does not end the app: it says so and counts every line', { skip: !HAS_DEV_FULL && 'no /dev/full' }, async () => {
  const run = await runChild(tempDir(), `${childTransport(`{ destination: '/dev/full' }`)}\n${LOG_TWICE(500)}`);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'host alive\n');
  assert.equal(
    run.stderr,
    'logveil: destination /dev/full failed (ENOSPC); no more lines are written to it, they are counted\n' +
      'logveil: 1000 lines not written to /dev/full (ENOSPC)\n',
  );
});

test('a transport given a descriptor it cannot write (EBADF) does not end the app: it says so and counts every line', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'read-only.log'), '');
  const setup = `const fd = (await import('node:fs')).openSync(${JSON.stringify(join(dir, 'read-only.log'))}, 'r');`;
  const run = await runChild(dir, `${setup}\n${childTransport('{ destination: fd }')}\n${LOG_TWICE(300)}`);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^logveil: destination fd \d+ failed \(EBADF\); no more lines are written to it, they are counted\n/);
  assert.match(run.stderr, /\nlogveil: 600 lines not written to fd \d+ \(EBADF\)\n$/);
  assert.ok(!run.stderr.includes(TOKEN));
});

test('in process, a failing destination never throws into the app: async, sync, and a stream that throws', { skip: !HAS_DEV_FULL && 'no /dev/full' }, async () => {
  const destinations = [
    { destination: '/dev/full' },
    { destination: '/dev/full', sync: true },
    { destination: { write: (): never => { throw new Error(`sink rejected ${TOKEN}`); } } },
  ];
  const stderr: string[] = [];
  const original = process.stderr.write;
  process.stderr.write = ((chunk: string) => stderr.push(chunk) > 0) as typeof process.stderr.write;
  try {
    for (const options of destinations) {
      const stream = createRedactingStream(options);
      const logger = pino({ base: null }, stream);
      for (let seq = 0; seq < 50; seq++) logger.info({ seq, token: TOKEN }, 'step');
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (let seq = 0; seq < 50; seq++) logger.info({ seq }, 'after');
      stream.end();
      await once(stream, 'finish');
      assert.equal(stream.stats().unwritten, 100, JSON.stringify(options));
    }
  } finally {
    process.stderr.write = original;
  }
  assert.deepEqual(stderr, [
    'logveil: destination /dev/full failed (ENOSPC); no more lines are written to it, they are counted\n',
    'logveil: 100 lines not written to /dev/full (ENOSPC)\n',
    'logveil: destination /dev/full failed (ENOSPC); no more lines are written to it, they are counted\n',
    'logveil: 100 lines not written to /dev/full (ENOSPC)\n',
    // The thrown message quoted the line's token: only the class is said.
    'logveil: destination stream failed (Error); no more lines are written to it, they are counted\n',
    'logveil: 100 lines not written to stream (Error)\n',
  ]);
});

test('the destination directory removed mid-run: the app goes on and the transport ends cleanly', async () => {
  const dir = tempDir();
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  // Removed once the worker has opened the file (it needs a few hundred milliseconds to start).
  const body = `${childTransport(`{ destination: ${JSON.stringify(join(logs, 'app.log'))} }`)}
await once(transport, 'ready');
for (let seq = 0; seq < 200; seq++) logger.info({ seq, token: TOKEN }, 'before');
await new Promise((resolve) => setTimeout(resolve, 200));
(await import('node:fs')).rmSync(${JSON.stringify(logs)}, { recursive: true });
for (let seq = 0; seq < 200; seq++) logger.info({ seq }, 'after');
await finish();
console.log('host alive');`;
  const run = await runChild(dir, body);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'host alive\n');
  // The open descriptor still writes, into a file no longer reachable by its path (SECURITY.md): nothing fails.
  assert.equal(run.stderr, '');
  assert.ok(!existsSync(logs));
});

test('a destination the process may not write (EACCES) fails at startup naming the option, as transport and in process', async (t) => {
  if (!canDenyAccess()) {
    t.skip('running as root, and cannot run a child as nobody: root ignores file permissions');
    return;
  }
  const dir = tempDir();
  const locked = join(dir, 'locked');
  mkdirSync(locked, { mode: 0o555 });
  const path = JSON.stringify(join(locked, 'app.log'));
  const body = `const transport = pino.transport({ target, options: { destination: ${path} } });
const [error] = await once(transport, 'error');
console.log('transport: ' + error.message);
try { createRedactingStream({ destination: ${path} }); } catch (error) { console.log('in process: ' + error.code + ' ' + error.message); }`;
  const run = await runChild(dir, body, { unprivileged: true });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stdout,
    `transport: logveil/pino: option "destination": cannot open ${join(locked, 'app.log')} (EACCES) (LOGVEIL_ERR_BAD_OPTION)\n` +
      `in process: LOGVEIL_ERR_BAD_OPTION option "destination": cannot open ${join(locked, 'app.log')} (EACCES)\n`,
  );
  assert.ok(!existsSync(join(locked, 'app.log')));
});

test('in process, a slow destination stream gets every line in order (pino does not wait; nothing is dropped)', async () => {
  const received: string[] = [];
  const slow = new Writable({
    highWaterMark: 256,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      setTimeout(callback, 1);
    },
  });
  const stream = createRedactingStream({ destination: slow });
  const logger = pino({ base: null, timestamp: false }, stream);
  for (let seq = 0; seq < 300; seq++) logger.info({ seq, remote: seq % 50 === 0 ? TOKEN : 'none' }, 'step');
  stream.end();
  await once(stream, 'finish');
  slow.end();
  await once(slow, 'finish');
  const records = received.join('').trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((record) => record.seq), Array.from({ length: 300 }, (_, seq) => seq));
  assert.equal(records.filter((record) => record.remote === '[REDACTED:github-pat]').length, 6);
});

test('a transport writing into a pipe read slowly pauses instead of dropping: every line arrives, in order', async (t) => {
  const dir = tempDir();
  const fifo = join(dir, 'pipe');
  if (spawnSync('mkfifo', [fifo]).status !== 0) {
    t.skip('mkfifo is not available');
    return;
  }
  const out = join(dir, 'out.log');
  // The reader takes 64 KB every 5 ms; the transport is handed 8 MB at once, twice what it lets run ahead.
  const reader = spawn(process.execPath, ['-e', `
    const fs = require('node:fs');
    const input = fs.openSync(${JSON.stringify(fifo)}, 'r'), output = fs.openSync(${JSON.stringify(out)}, 'w');
    const buffer = Buffer.alloc(65536);
    const step = () => { const n = fs.readSync(input, buffer); if (n === 0) return; fs.writeSync(output, buffer.subarray(0, n)); setTimeout(step, 5); };
    step();`]);
  const closed = once(reader, 'close');
  const transport = pino.transport({ target: TARGET, options: { destination: fifo } });
  const logger = pino({ base: null, timestamp: false }, transport);
  const filler = 'x'.repeat(1000);
  for (let seq = 0; seq < 8000; seq++) logger.info({ seq, filler, remote: seq % 1000 === 0 ? TOKEN : 'none' }, 'step');
  await finish(transport);
  await closed;
  const records = fileLines(out).map((line) => JSON.parse(line) as { seq: number; remote: string });
  assert.equal(records.length, 8000);
  records.forEach((record, index) => assert.equal(record.seq, index));
  assert.equal(records.filter((record) => record.remote === '[REDACTED:github-pat]').length, 8);
});
