import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { TARGET, assertBuilt, fileLines, finish, githubToken, pinoLine, tempDir } from './helpers.js';

const TOKEN = githubToken('pipeline');

before(assertBuilt);

test('as the first step of a pipeline it passes scrubbed lines on to pino/file', async () => {
  const file = join(tempDir(), 'piped.log');
  const transport = pino.transport({
    pipeline: [{ target: TARGET }, { target: 'pino/file', options: { destination: file } }],
  });
  const input = [pinoLine({ msg: 'clean' }), pinoLine({ msg: `secret ${TOKEN}` }), 'not json', pinoLine({ msg: 'last' })];
  for (const line of input) transport.write(line + '\n');
  await finish(transport);

  assert.deepEqual(fileLines(file), [input[0], pinoLine({ msg: 'secret [REDACTED:github-pat]' }), 'not json', input[3]]);
});

test('the summary line travels down the pipeline after the last line', async () => {
  const file = join(tempDir(), 'piped-summary.log');
  const transport = pino.transport({
    pipeline: [{ target: TARGET, options: { summary: true } }, { target: 'pino/file', options: { destination: file } }],
  });
  const logger = pino(transport);
  logger.info({ token: TOKEN }, 'first');
  logger.info('second');
  await finish(transport);

  const records = fileLines(file).map((line) => JSON.parse(line));
  assert.deepEqual(
    records.map((record) => record.msg),
    ['first', 'second', 'logveil: summary'],
  );
  assert.equal(records[2].logveil.lines, 2);
  assert.equal(records[2].logveil.redactedLines, 1);
});

test('pino-pretty after logveil prints the scrubbed lines', async () => {
  const file = join(tempDir(), 'pretty.log');
  // pino-pretty as the last step of any pipeline can drop its last lines on end with an async destination
  // (seen with a plain Transform before it too); `sync: true` is how to keep them.
  const transport = pino.transport({
    pipeline: [{ target: TARGET }, { target: 'pino-pretty', options: { destination: file, colorize: false, sync: true } }],
  });
  const logger = pino(transport);
  logger.info({ repo: 'acme/api', auth: `token ${TOKEN}` }, 'cloning');
  logger.error('all good');
  await finish(transport);

  const text = readFileSync(file, 'utf8');
  assert.match(text, /INFO.*cloning/);
  assert.match(text, /repo: "acme\/api"/);
  assert.match(text, /\[REDACTED:[a-z-]+\]/);
  assert.match(text, /ERROR.*all good/);
  assert.ok(!text.includes(TOKEN));
});

test('as the last step of a pipeline it writes to its destination', async () => {
  const dir = tempDir();
  const file = join(dir, 'last.log');
  // A transform step that adds a field, so the line logveil receives is not the one pino wrote.
  const tagger = join(dir, 'tagger.mjs');
  writeFileSync(
    tagger,
    `import { Transform } from 'node:stream';
export default () => new Transform({
  transform(chunk, _encoding, callback) {
    callback(null, chunk.toString().replace(/}\\n/g, ',"tagged":true}\\n'));
  },
});
`,
  );
  const transport = pino.transport({
    pipeline: [{ target: tagger }, { target: TARGET, options: { destination: file } }],
  });
  transport.write(pinoLine({ msg: `secret ${TOKEN}` }) + '\n');
  transport.write(pinoLine({ msg: 'clean' }) + '\n');
  await finish(transport);

  const records = fileLines(file).map((line) => JSON.parse(line));
  assert.deepEqual(
    records.map((record) => [record.msg, record.tagged]),
    [
      ['secret [REDACTED:github-pat]', true],
      ['clean', true],
    ],
  );
});

test('a pipeline inside targets routes by level and scrubs', async () => {
  const dir = tempDir();
  const errors = join(dir, 'errors.log');
  const all = join(dir, 'all.log');
  const transport = pino.transport({
    targets: [
      { level: 'error', pipeline: [{ target: TARGET }, { target: 'pino/file', options: { destination: errors } }] },
      { level: 'info', target: 'pino/file', options: { destination: all } },
    ],
  });
  const logger = pino(transport);
  logger.info('info only');
  logger.error({ token: TOKEN }, 'failure');
  await finish(transport);

  const scrubbed = fileLines(errors).map((line) => JSON.parse(line));
  assert.deepEqual(
    scrubbed.map((record) => record.msg),
    ['failure'],
  );
  assert.notEqual(scrubbed[0].token, TOKEN);
  // The other target has no logveil step: it is the control that shows the secret did reach the worker.
  assert.ok(readFileSync(all, 'utf8').includes(TOKEN));
});

test('a slow next step gets every line, in order (logveil waits for it instead of dropping)', async () => {
  const dir = tempDir();
  const file = join(dir, 'slow.log');
  // A last step that takes a few milliseconds per chunk, so logveil's output backs up behind it.
  const slow = join(dir, 'slow.mjs');
  writeFileSync(
    slow,
    `import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
export default ({ destination }) => {
  const file = createWriteStream(destination);
  return new Writable({
    highWaterMark: 1024,
    write(chunk, _encoding, callback) {
      setTimeout(() => file.write(chunk, callback), 2);
    },
    final(callback) {
      file.end(callback);
    },
  });
};
`,
  );
  const transport = pino.transport({ pipeline: [{ target: TARGET }, { target: slow, options: { destination: file } }] });
  const logger = pino(transport);
  const count = 5000;
  for (let seq = 0; seq < count; seq++) logger.info({ seq, remote: seq % 500 === 0 ? TOKEN : 'none' }, 'step');
  await finish(transport);

  const records = fileLines(file).map((line) => JSON.parse(line) as { seq: number; remote: string });
  assert.equal(records.length, count);
  records.forEach((record, index) => assert.equal(record.seq, index));
  assert.equal(records.filter((record) => record.remote === '[REDACTED:github-pat]').length, count / 500);
});
