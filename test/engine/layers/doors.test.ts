import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pino from 'pino';
import { runCli } from '../../support/cli.js';
import { TARGET, assertBuilt, fileLines, finish, tempDir } from '../../pino/helpers.js';
import { stripeKey } from './support.js';

/** The content layers through the doors that run in another process: the pino transport and the CLI. */
const KEY = stripeKey('layers-doors');
const inputs = [
  'GET https://x.io/v1/search?q=weather&api_key=abc123',
  JSON.stringify({ body: '{"password": "S3cr3t with spaces"}' }),
  `payload ${Buffer.from(KEY).toString('base64')}`,
  'invite sent to=dana%40example.org',
];
const leaked = ['abc123', 'S3cr3t', Buffer.from(KEY).toString('base64'), 'dana'];

before(assertBuilt);

test('logveil scrub applies every content layer', () => {
  const run = runCli(['scrub'], inputs.join('\n') + '\n');
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  inputs.forEach((_, i) => assert.ok(!lines[i]!.includes(leaked[i]!), lines[i]));
});

test('the pino transport applies every content layer', async () => {
  const file = join(tempDir(), 'layers.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file } });
  const logger = pino(transport);
  for (const text of inputs) logger.info({ v: text }, 'tool');
  await finish(transport);
  const lines = fileLines(file);
  assert.equal(lines.length, inputs.length);
  lines.forEach((line, i) => assert.ok(!line.includes(leaked[i]!), line));
});
