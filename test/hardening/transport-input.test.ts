import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import pino from 'pino';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { TARGET, assertBuilt, fileLines, finish, pinoLine, tempDir } from '../pino/helpers.js';
import { TOKEN } from './support.js';

before(assertBuilt);

const REDACTED = '[REDACTED:github-pat]';
const MB = 1_000_000;
const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

interface Case {
  readonly name: string;
  /** Written as is, piece by piece (a Buffer may end inside a character); the last piece ends the line. */
  readonly pieces: readonly (string | Buffer)[];
  /** The line that must come out (without its newline), or a check of it. */
  readonly expect: string | ((line: string) => void);
}

const deepObject = '{"c":'.repeat(5_000) + JSON.stringify(`x ${TOKEN}`) + '}'.repeat(5_000);
const deepArray = '['.repeat(5_000) + JSON.stringify(TOKEN) + ']'.repeat(5_000);

// Hostile lines of issue 7, as they reach a transport: each must come out as exactly one line, scrubbed.
const CASES: readonly Case[] = [
  { name: '1 MB of one character', pieces: ['a'.repeat(MB)], expect: 'a'.repeat(MB) },
  { name: 'ghp_ x 250k in a JSON line', pieces: [pinoLine({ msg: 'ghp_'.repeat(250_000) })], expect: pinoLine({ msg: 'ghp_'.repeat(250_000) }) },
  { name: 'a secret after 1 MB of noise', pieces: [pinoLine({ msg: `${'x'.repeat(MB)} ${TOKEN}` })], expect: pinoLine({ msg: `${'x'.repeat(MB)} ${REDACTED}` }) },
  {
    name: 'JSON objects nested 5,000 deep',
    pieces: [deepObject],
    expect: (line) => {
      JSON.parse(line);
      assert.match(line, /\[REDACTED:max-depth\]/);
    },
  },
  { name: 'JSON arrays nested 5,000 deep', pieces: [deepArray], expect: (line) => assert.equal(JSON.parse(line).flat(Infinity).length, 1) },
  {
    name: 'invalid UTF-8 bytes in a JSON string',
    pieces: [bytes('{"msg":"', [0xff, 0xfe], ` ${TOKEN}", "n":`, [0xc0, 0x80], '1}')],
    // Decoded as UTF-8 by the stream: each invalid sequence becomes U+FFFD, the line stays one line.
    expect: (line) => assert.ok(line.startsWith(`{"msg":"\ufffd\ufffd ${REDACTED}"`), line),
  },
  { name: 'a character split across two writes', pieces: [bytes(`{"msg":"caf`, [0xc3]), bytes([0xa9], ` ${TOKEN}"}`)], expect: `{"msg":"café ${REDACTED}"}` },
  { name: 'a JSON-escaped lone surrogate', pieces: [pinoLine({ msg: `\ud800 ${TOKEN} \udfff` })], expect: pinoLine({ msg: `\ud800 ${REDACTED} \udfff` }) },
  { name: 'NUL and control characters, raw', pieces: [`\u0000\u0001 ${TOKEN}\u0007\u001b[0m`], expect: `\u0000\u0001 ${REDACTED}\u0007\u001b[0m` },
  { name: 'NUL and control characters, JSON-escaped', pieces: [pinoLine({ msg: `\u0000${TOKEN}\u001f` })], expect: pinoLine({ msg: `\u0000${REDACTED}\u001f` }) },
  { name: 'a CRLF line ending', pieces: [`${pinoLine({ msg: TOKEN })}\r`], expect: `${pinoLine({ msg: REDACTED })}\r` },
];

function checkOutput(lines: readonly string[]): void {
  assert.equal(lines.length, CASES.length, `expected one line out per line in, got ${lines.length} for ${CASES.length}`);
  CASES.forEach(({ name, expect }, index) => {
    const line = lines[index]!;
    assert.ok(!line.includes(TOKEN), `${name}: the token passed`);
    if (typeof expect === 'string') assert.ok(line === expect, `${name}: output differs (${line.length} chars, expected ${expect.length})`);
    else expect(line);
  });
}

function write(stream: { write(chunk: string | Buffer): unknown }): void {
  for (const { pieces } of CASES) {
    pieces.forEach((piece, index) => stream.write(index === pieces.length - 1 ? (typeof piece === 'string' ? `${piece}\n` : Buffer.concat([piece, Buffer.from('\n')])) : piece));
  }
}

test('through the transport worker, every hostile line comes out as one scrubbed line, and the summary counts them', async () => {
  const file = join(tempDir(), 'hostile.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file, summary: true } });
  write(transport);
  await finish(transport);
  const lines = fileLines(file);
  const summary = JSON.parse(lines.pop()!).logveil;
  checkOutput(lines);
  assert.equal(summary.lines, CASES.length);
  assert.equal(summary.withheld, 0);
});

test('through the in-process stream, the same lines come out the same way', async () => {
  const written: string[] = [];
  const stream = createRedactingStream({ destination: { write: (text: string) => written.push(text) } });
  write(stream);
  stream.end();
  await once(stream, 'finish');
  assert.ok(written.every((text) => text.endsWith('\n')));
  checkOutput(written.map((text) => text.slice(0, -1)));
  assert.equal(stream.stats().lines, CASES.length);
});

test('a worker handed 1 MB values of keyword prefixes through the logger writes every line, in order, none withheld', async () => {
  const file = join(tempDir(), 'prefixes.log');
  const transport = pino.transport({ target: TARGET, options: { destination: file, summary: true } });
  const logger = pino({ base: null, timestamp: false }, transport);
  for (let seq = 0; seq < 6; seq++) logger.info({ seq, blob: (seq % 2 === 0 ? 'ghp_' : 'password=').repeat(MB / 10) }, `step ${TOKEN}`);
  await finish(transport);
  const records = fileLines(file).map((line) => JSON.parse(line));
  const summary = records.pop().logveil;
  assert.deepEqual(records.map((record) => record.seq), Array.from({ length: 6 }, (_, seq) => seq));
  assert.ok(records.every((record) => record.msg === `step ${REDACTED}`));
  assert.equal(summary.withheld, 0);
});
