import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { withGithubChecksum } from '../../src/validators/index.js';
import { cpuMs } from '../support/cpu.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;
const redactor = createRedactor({ knownSecrets: ['agent-known-secret-1'] });

// Hostile shapes, each at 100 KB and 1 MB: linear work grows about 10x, quadratic about 100x. The bound is
// generous (a growth test, not a timing test): it only has to tell the two apart.
const SHAPES: Record<string, (size: number) => string> = {
  'one character': (size) => 'a'.repeat(size),
  'repeated keyword prefix': (size) => 'ghp_'.repeat(size / 4),
  'password= pairs': (size) => 'password=hunter2xyz '.repeat(size / 20),
  'digit groups': (size) => '4111 '.repeat(size / 5),
  'known-secret prefixes': (size) => 'agent-known-secret-'.repeat(Math.floor(size / 19)),
  'JSON line with a long message': (size) => JSON.stringify({ level: 30, msg: 'word '.repeat(size / 5) }),
};

for (const [name, make] of Object.entries(SHAPES)) {
  test(`time grows linearly from 100 KB to 1 MB: ${name}`, () => {
    const small = make(100_000);
    const large = make(1_000_000);
    const run = (text: string) => () => (text.startsWith('{') ? redactor.redactLine(text) : redactor.redactString(text));
    const ratio = cpuMs(run(large)) / Math.max(cpuMs(run(small)), 0.5);
    assert.ok(ratio < 40, `1 MB took ${ratio.toFixed(1)}x the time of 100 KB`);
  });
}

test('a secret after 1 MB of noise is found', () => {
  assert.ok(redactor.redactString(`${'x'.repeat(1_000_000)} ${GITHUB}`).endsWith(' [REDACTED:github-pat]'));
  const line = JSON.stringify({ level: 30, msg: `${'noise '.repeat(200_000)}${GITHUB}` });
  assert.ok(!redactor.redactLine(line).includes(GITHUB));
});

test('a 200,000-element array is walked to its last element', () => {
  const items = Array.from({ length: 200_000 }, (_, i) => (i === 199_999 ? GITHUB : `item ${i}`));
  const output = redactor.redactValue(items);
  assert.equal(output[199_999], '[REDACTED:github-pat]');
  assert.equal(output[0], 'item 0');
  assert.equal(redactor.redactLine(JSON.stringify(items)).includes(GITHUB), false);
});

test('values nested 5,000 deep are withheld below the depth limit, never passed or crashed on', () => {
  let object: unknown = GITHUB;
  for (let i = 0; i < 5_000; i++) object = { c: object };
  const walked = JSON.stringify(redactor.redactValue(object));
  assert.ok(!walked.includes(GITHUB));
  assert.match(walked, /\[REDACTED:max-depth\]/);
  for (const [open, close] of [['{"c":', '}'], ['[', ']']] as const) {
    const line = open.repeat(5_000) + JSON.stringify(`x ${GITHUB}`) + close.repeat(5_000);
    const output = redactor.redactLine(line);
    assert.ok(!output.includes(GITHUB));
    JSON.parse(output);
  }
});

test('a Buffer larger than the scan bound is withheld', () => {
  const output = redactor.redactValue({ blob: Buffer.alloc(2 * 1024 * 1024, 0x61) });
  assert.equal(output.blob as unknown, '[REDACTED:max-size]');
});
