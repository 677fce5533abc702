import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pino from 'pino';
import { TARGET, assertBuilt, fileLines, finish, githubToken, pinoLine, tempDir } from './helpers.js';

const TOKEN = githubToken('target');

before(assertBuilt);

test('a single target scrubs secret lines and writes clean lines byte for byte, one line out per line in', async () => {
  const file = join(tempDir(), 'app.log');
  const input = [
    pinoLine({ msg: 'tool call', tool: 'search', usage: { prompt_tokens: 12, max_tokens: 256 } }),
    pinoLine({ msg: `cloning with ${TOKEN}`, repo: 'acme/api' }),
    pinoLine({ msg: 'big number and escapes', id: 12345678901234567890, text: 'a "quoted" \\ line\nnext' }),
    pinoLine({ msg: 'nested', request: { headers: { 'x-github-token': TOKEN } } }),
  ];
  const transport = pino.transport({ target: TARGET, options: { destination: file } });
  for (const line of input) transport.write(line + '\n');
  await finish(transport);

  const output = fileLines(file);
  assert.equal(output.length, input.length);
  assert.equal(output[0], input[0]);
  assert.equal(output[2], input[2]);
  for (const index of [1, 3]) {
    assert.ok(!output[index]!.includes(TOKEN), `line ${index} still holds the token`);
    assert.ok(output[index]!.includes('[REDACTED'), `line ${index} has no redaction marker`);
    assert.deepEqual(Object.keys(JSON.parse(output[index]!)), Object.keys(JSON.parse(input[index]!)));
  }
  assert.equal(JSON.parse(output[1]!).repo, 'acme/api');
});

test('non-JSON lines are kept in place and scanned as text', async () => {
  const file = join(tempDir(), 'text.log');
  const input = ['plain text before', `Authorization: token ${TOKEN}`, '', '{"level":30,"msg":"after"}', '{not json'];
  const transport = pino.transport({ target: TARGET, options: { destination: file } });
  for (const line of input) transport.write(line + '\n');
  await finish(transport);

  const output = fileLines(file);
  assert.equal(output.length, input.length);
  assert.equal(output[0], 'plain text before');
  assert.equal(output[1], 'Authorization: token [REDACTED:github-pat]');
  assert.equal(output[2], '');
  assert.equal(output[3], input[3]);
  assert.equal(output[4], '{not json');
});

test('a 1 MB line goes through whole, scrubbed', async () => {
  const file = join(tempDir(), 'big.log');
  const blob = 'lorem ipsum dolor sit amet '.repeat(40_000);
  const line = pinoLine({ msg: 'huge tool output', output: `${blob} ${TOKEN} ${blob}` });
  assert.ok(line.length > 2_000_000);
  const transport = pino.transport({ target: TARGET, options: { destination: file } });
  transport.write(pinoLine({ msg: 'before' }) + '\n');
  transport.write(line + '\n');
  transport.write(pinoLine({ msg: 'after' }) + '\n');
  await finish(transport);

  const output = fileLines(file);
  assert.equal(output.length, 3);
  const big = JSON.parse(output[1]!) as { output: string };
  assert.equal(big.output, `${blob} [REDACTED:github-pat] ${blob}`);
  assert.equal(JSON.parse(output[2]!).msg, 'after');
});

test('a real pino logger writes through the transport with its own fields untouched', async () => {
  const file = join(tempDir(), 'logger.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file } });
  const logger = pino({ base: { service: 'agent' } }, transport);
  logger.info({ step: 1 }, 'planning');
  logger.warn({ env: { GITHUB_TOKEN: TOKEN } }, 'spawning tool');
  logger.child({ run: 'r-1' }).error(new Error(`push failed for ${TOKEN}`), 'tool failed');
  await finish(transport);

  const records = fileLines(file).map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(
    records.map((record) => [record.level, record.msg]),
    [
      [30, 'planning'],
      [40, 'spawning tool'],
      [50, 'tool failed'],
    ],
  );
  assert.ok(records.every((record) => record.service === 'agent' && typeof record.time === 'number'));
  assert.ok(!JSON.stringify(records).includes(TOKEN));
  assert.equal((records[2]!.err as { message: string }).message, 'push failed for [REDACTED:github-pat]');
});

test('inside targets, each logveil target keeps its own level and destination', async () => {
  const dir = tempDir();
  const all = join(dir, 'all.log');
  const errors = join(dir, 'errors.log');
  const transport = pino.transport({
    targets: [
      { target: TARGET, level: 'info', options: { destination: all } },
      { target: TARGET, level: 'error', options: { destination: errors } },
    ],
  });
  const logger = pino(transport);
  logger.info({ token: TOKEN }, 'info line');
  logger.error(`error line ${TOKEN}`);
  logger.debug('below every level');
  await finish(transport);

  assert.deepEqual(
    fileLines(all).map((line) => JSON.parse(line).msg),
    ['info line', 'error line [REDACTED:github-pat]'],
  );
  assert.deepEqual(
    fileLines(errors).map((line) => JSON.parse(line).msg),
    ['error line [REDACTED:github-pat]'],
  );
  assert.ok(!(fileLines(all).join('\n') + fileLines(errors).join('\n')).includes(TOKEN));
});

test('summary: true adds one last line with the findings per detector, and no value', async () => {
  const file = join(tempDir(), 'summary.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file, summary: true } });
  transport.write(pinoLine({ msg: `one ${TOKEN}` }) + '\n');
  transport.write(pinoLine({ msg: `two ${TOKEN} and ${TOKEN}` }) + '\n');
  transport.write(pinoLine({ msg: 'clean' }) + '\n');
  await finish(transport);

  const output = fileLines(file);
  assert.equal(output.length, 4);
  const summary = JSON.parse(output[3]!);
  assert.equal(summary.msg, 'logveil: summary');
  assert.equal(summary.level, 30);
  assert.deepEqual(summary.logveil, { lines: 3, redactedLines: 2, withheld: 0, findings: { 'github-pat': 3 }, detectorErrors: {} });
});

test('mkdir: true creates the directory of a new destination', async () => {
  const file = join(tempDir(), 'nested', 'deeper', 'app.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file, mkdir: true } });
  transport.write(pinoLine({ msg: 'hello' }) + '\n');
  await finish(transport);
  assert.deepEqual(fileLines(file), [pinoLine({ msg: 'hello' })]);
});
