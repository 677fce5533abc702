import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { TARGET, assertBuilt, fileLines, finish, githubToken, pinoLine, ready, tempDir } from './helpers.js';

const TOKEN = githubToken('failures');

before(assertBuilt);

/** A config module whose detector's validator throws on values containing "boom". */
function failingDetectorConfig(dir: string): string {
  const path = join(dir, 'logveil.config.mjs');
  writeFileSync(
    path,
    `export default {
  detectors: [{
    id: 'acme-ticket',
    description: 'ACME ticket secret',
    category: 'secret',
    keywords: ['acme_'],
    pattern: String.raw\`\\bacme_[a-z0-9]{8,}\\b\`,
    validate: (secret) => {
      if (secret.includes('boom')) throw new Error('validator crashed on ' + secret);
      return true;
    },
    samples: { positive: ['acme_abcd1234'], negative: ['acme_'] },
  }],
};
`,
  );
  return path;
}

test('a line on which a custom detector throws is withheld, counted, and the worker keeps going', async () => {
  const dir = tempDir();
  const file = join(dir, 'app.log');
  const transport = pino.transport({
    target: TARGET,
    options: { destination: file, config: failingDetectorConfig(dir), summary: true },
  });
  const input = [
    pinoLine({ msg: 'before' }),
    pinoLine({ msg: `ticket acme_boom12345 and ${TOKEN}`, user: 'jane' }),
    pinoLine({ msg: 'ticket acme_good12345' }),
    pinoLine({ msg: 'after' }),
  ];
  for (const line of input) transport.write(line + '\n');
  await finish(transport);

  const output = fileLines(file);
  assert.equal(output.length, input.length + 1);
  assert.equal(output[0], input[0]);
  const marker = JSON.parse(output[1]!);
  assert.deepEqual(
    { level: marker.level, msg: marker.msg, reason: marker.reason, detector: marker.detector },
    { level: 50, msg: 'logveil: line withheld', reason: 'detector-error', detector: 'acme-ticket' },
  );
  // Nothing of the withheld line is written: not the secrets, not its other fields.
  for (const part of ['boom', 'acme_', TOKEN, 'jane']) assert.ok(!output[1]!.includes(part), part);
  assert.equal(JSON.parse(output[2]!).msg, 'ticket [REDACTED:acme-ticket]');
  assert.equal(output[3], input[3]);
  const summary = JSON.parse(output[4]!).logveil;
  assert.equal(summary.withheld, 1);
  // The engine may run a validator more than once per line (clean check, then the JSON walk): at least one.
  assert.ok(summary.detectorErrors['acme-ticket'] >= 1);
});

interface BadOptionCase {
  readonly name: string;
  readonly options: (dir: string) => Record<string, unknown>;
  readonly message: RegExp;
}

const BAD_OPTIONS: readonly BadOptionCase[] = [
  { name: 'an unknown option', options: () => ({ destinaton: 'x.log' }), message: /unknown option "destinaton"/ },
  { name: 'a destination of the wrong type', options: () => ({ destination: { path: 'x' } }), message: /option "destination" must be/ },
  { name: 'a non-boolean summary', options: () => ({ summary: 'yes' }), message: /option "summary" must be true or false/ },
  { name: 'an unknown preset', options: () => ({ presets: ['secretz'] }), message: /secretz/ },
  { name: 'an unknown detector to disable', options: () => ({ disable: ['github-patt'] }), message: /github-patt/ },
  { name: 'a hash strategy without a key', options: () => ({ redaction: { default: 'hash' } }), message: /redaction\.default.*hashKey/ },
  {
    name: 'an unknown strategy',
    options: () => ({ redaction: { categories: { secret: 'shred' } } }),
    message: /redaction\.categories\.secret: unknown strategy/,
  },
  { name: 'a bad knownSecretsEnv pattern', options: () => ({ knownSecretsEnv: '(unclosed' }), message: /option "knownSecretsEnv"/ },
  { name: 'a missing config file', options: (dir) => ({ config: join(dir, 'nope.json') }), message: /config .*nope\.json: not found/ },
  {
    name: 'a missing known-secrets file',
    options: (dir) => ({ knownSecretsFile: join(dir, 'secrets.txt') }),
    message: /known secrets file .*secrets\.txt: not found/,
  },
  {
    name: 'a destination that cannot be opened',
    options: (dir) => ({ destination: join(dir, 'no-such-dir', 'app.log') }),
    message: /option "destination": cannot open .*ENOENT/,
  },
];

for (const { name, options, message } of BAD_OPTIONS) {
  test(`${name} fails the worker at startup with an error naming it`, async () => {
    const transport = pino.transport({ target: TARGET, options: options(tempDir()) });
    await assert.rejects(ready(transport), (error: Error) => {
      assert.match(error.message, /^logveil\/pino: /);
      assert.match(error.message, message);
      // The worker's error crosses to this thread by structured clone, which drops `code`: it rides in `cause`.
      assert.match((error.cause as { code?: string } | undefined)?.code ?? '', /^LOGVEIL_ERR_[A-Z_]+$/);
      assert.match(error.message, / \(LOGVEIL_ERR_[A-Z_]+\)$/);
      return true;
    });
  });
}

test('a short hash key is refused without being echoed', async () => {
  const key = 'k3y-v4lue-xyz';
  const transport = pino.transport({ target: TARGET, options: { redaction: { default: 'hash', hashKey: key } } });
  await assert.rejects(ready(transport), (error: Error) => {
    assert.match(error.message, /hashKey \(at least 16 bytes\)/);
    assert.ok(!error.message.includes(key));
    return true;
  });
});
