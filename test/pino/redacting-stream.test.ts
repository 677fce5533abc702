import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import pino from 'pino';
import { defineDetector } from '../../src/engine/detector.js';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { fileLines, githubToken, pinoLine, tempDir } from './helpers.js';
import type { LineFindings } from '../../src/pino/line-scrubber.js';

const TOKEN = githubToken('in-process');
const METADATA = Symbol.for('pino.metadata');

/** A destination that keeps what it is given, and the pino metadata it was given with each write. */
function collector(withMetadata = false) {
  const writes: { text: string; level: unknown; obj: unknown; msg: unknown }[] = [];
  const sink = {
    [METADATA]: withMetadata,
    lastLevel: undefined as unknown,
    lastObj: undefined as unknown,
    lastMsg: undefined as unknown,
    write(text: string): boolean {
      writes.push({ text, level: this.lastLevel, obj: this.lastObj, msg: this.lastMsg });
      return true;
    },
  };
  return { sink, writes, lines: () => writes.map((write) => write.text) };
}

const acme = defineDetector({
  id: 'acme-key',
  description: 'ACME key',
  category: 'secret',
  keywords: ['acme_'],
  pattern: String.raw`\bacme_[a-z0-9]{8,}\b`,
  samples: { positive: ['acme_abcdefgh1'], negative: ['acme_'] },
});

test('pino(options, stream) writes scrubbed lines to a sync file, with stats for the run', async () => {
  const file = join(tempDir(), 'app.log');
  const stream = createRedactingStream({ destination: file, sync: true });
  const logger = pino({ base: null, timestamp: false }, stream);
  logger.info({ remote: TOKEN }, 'first');
  logger.info(`second ${TOKEN}`);
  logger.info('third');
  // Synchronous all the way to the file: readable before the stream ends.
  assert.deepEqual(fileLines(file), [
    '{"level":30,"remote":"[REDACTED:github-pat]","msg":"first"}',
    '{"level":30,"msg":"second [REDACTED:github-pat]"}',
    '{"level":30,"msg":"third"}',
  ]);
  assert.deepEqual(stream.stats(), { lines: 3, redactedLines: 2, withheld: 0, findings: { 'github-pat': 2 }, detectorErrors: {} });
  stream.end();
  await once(stream, 'finish');
});

test('onFindings gets per-line counts for lines with findings and for withheld lines, never values', () => {
  const events: LineFindings[] = [];
  const { sink, lines } = collector();
  const failing = { ...acme, validate: (): boolean => { throw new Error('validator down'); } };
  const stream = createRedactingStream({ destination: sink, detectors: [failing], onFindings: (event) => events.push(event) });
  stream.write(pinoLine({ msg: 'clean' }) + '\n');
  stream.write(pinoLine({ msg: `${TOKEN} and ${TOKEN}` }) + '\n');
  stream.write(pinoLine({ msg: `key acme_abcdefgh1 ${TOKEN}` }) + '\n');
  stream.write(pinoLine({ msg: `mail jane.doe@example.com ${TOKEN}` }) + '\n');

  assert.deepEqual(events, [
    { findings: { 'github-pat': 2 } },
    { findings: {}, withheld: 'detector-error' },
    { findings: { email: 1, 'github-pat': 1 } },
  ]);
  assert.equal(JSON.parse(lines()[2]!).msg, 'logveil: line withheld');
  assert.ok(!JSON.stringify(events).includes(TOKEN));
});

test('a line on which the engine itself throws is replaced by a marker naming the error class only', () => {
  const { sink, lines } = collector();
  const broken = {
    ...acme,
    regex: Object.assign(Object.create(acme.regex) as typeof acme.regex, {
      exec(): never {
        throw new TypeError('engine fault near acme_abcdefgh1');
      },
    }),
  };
  const stream = createRedactingStream({ destination: sink, detectors: [broken] });
  stream.write(pinoLine({ msg: 'has acme_abcdefgh1' }) + '\n');
  stream.write(pinoLine({ msg: 'clean' }) + '\n');

  const [marker, clean] = lines();
  assert.deepEqual(Object.keys(JSON.parse(marker!)), ['level', 'time', 'msg', 'reason']);
  assert.equal(JSON.parse(marker!).reason, 'TypeError');
  assert.ok(!marker!.includes('acme_'));
  assert.equal(clean, pinoLine({ msg: 'clean' }) + '\n');
  assert.equal(stream.stats().withheld, 1);
});

test('wrapping a multistream: level routing works, the unscrubbed message and object are not passed on', () => {
  const errors = collector(true);
  const all = collector(true);
  const multi = pino.multistream([
    { level: 'info', stream: all.sink },
    { level: 'error', stream: errors.sink },
  ]);
  const logger = pino({ base: null, timestamp: false }, createRedactingStream({ destination: multi }));
  logger.info({ remote: TOKEN }, 'info line');
  logger.error(`error line ${TOKEN}`);

  assert.deepEqual(all.lines(), [
    '{"level":30,"remote":"[REDACTED:github-pat]","msg":"info line"}\n',
    '{"level":50,"msg":"error line [REDACTED:github-pat]"}\n',
  ]);
  assert.deepEqual(errors.lines(), ['{"level":50,"msg":"error line [REDACTED:github-pat]"}\n']);
  assert.deepEqual(
    all.writes.map((write) => [write.level, write.obj, write.msg]),
    [
      [30, undefined, undefined],
      [50, undefined, undefined],
    ],
  );
});

test('as one stream of a multistream, it gets only its levels and scrubs them', () => {
  const scrubbed = collector();
  const plain = collector();
  const multi = pino.multistream([
    { level: 'error', stream: createRedactingStream({ destination: scrubbed.sink }) },
    { level: 'info', stream: plain.sink },
  ]);
  const logger = pino({ base: null, timestamp: false }, multi);
  logger.info('hello');
  logger.error({ remote: TOKEN }, 'failed');

  assert.deepEqual(scrubbed.lines(), ['{"level":50,"remote":"[REDACTED:github-pat]","msg":"failed"}\n']);
  assert.equal(plain.lines().length, 2);
});

test('lines split across writes are joined, and a last line without a newline is written on end', async () => {
  const { sink, lines } = collector();
  const stream = createRedactingStream({ destination: sink });
  stream.write('{"msg":"split ');
  stream.write(`${TOKEN.slice(0, 10)}`);
  stream.write(`${TOKEN.slice(10)}"}\n{"msg":"two"}\n{"msg":`);
  stream.write(Buffer.from('"caf\u00e9'));
  stream.end('"}');
  await once(stream, 'finish');
  assert.deepEqual(lines(), ['{"msg":"split [REDACTED:github-pat]"}\n', '{"msg":"two"}\n', '{"msg":"caf\u00e9"}\n']);
});

test('summary: true writes the summary line when the stream ends, then closes the file it opened', async () => {
  const file = join(tempDir(), 'summary.log');
  const stream = createRedactingStream({ destination: file, summary: true });
  stream.write(pinoLine({ msg: TOKEN }) + '\n');
  stream.end();
  await once(stream, 'finish');
  const output = fileLines(file);
  assert.equal(output.length, 2);
  assert.deepEqual(JSON.parse(output[1]!).logveil.findings, { 'github-pat': 1 });
});

test('bad options throw at creation with the option named', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ destinaton: 'x' }, /unknown option "destinaton"/],
    [{ destination: {} }, /option "destination"/],
    [{ sync: 1 }, /option "sync" must be true or false/],
    [{ knownSecrets: ['abcdefghijkl'], knownSecretsFile: 'secrets.txt' }, /option "knownSecrets" cannot be combined with knownSecretsFile/],
    [{ onFindings: 'log' }, /option "onFindings" must be a function/],
    [{ presets: ['nope'] }, /nope/],
    [{ destination: join(tempDir(), 'missing', 'x.log') }, /option "destination": cannot open .*ENOENT/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => createRedactingStream(options), (error: Error & { code?: string }) => {
      assert.match(error.message, message);
      assert.match(error.code ?? '', /^LOGVEIL_ERR_/);
      return true;
    });
  }
});

test("pino's own top-level fields pass untouched because the adapter says so; keepFields overrides", () => {
  // An e-mail address as hostname: any other field holding it is redacted.
  const line = `${pinoLine({ msg: 'up' }).replace('"hostname":"test"', '"hostname":"dana.doe@corp.example.org"')}\n`;
  const kept = collector();
  createRedactingStream({ destination: kept.sink }).write(line);
  assert.deepEqual(kept.lines(), [line]);
  const scanned = collector();
  createRedactingStream({ destination: scanned.sink, keepFields: [] }).write(line);
  assert.deepEqual(scanned.lines(), [line.replace('dana.doe@corp.example.org', '[REDACTED:email]')]);
});
