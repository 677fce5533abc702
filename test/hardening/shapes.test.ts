import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { withGithubChecksum } from '../../src/validators/index.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;
const redactor = createRedactor();
const leaks = (value: unknown) => JSON.stringify(value, (_, item) => (typeof item === 'bigint' ? String(item) : item)).includes(GITHUB);

test('secrets in object keys and JSON keys are redacted', () => {
  assert.ok(!leaks(redactor.redactValue({ [GITHUB]: 1 })));
  assert.ok(!redactor.redactLine(`{"${GITHUB}":1}`).includes(GITHUB));
});

test('Errors with cause chains and AggregateError.errors', () => {
  const error = new AggregateError([new Error(`inner ${GITHUB}`)], 'outer', { cause: new TypeError(`cause ${GITHUB}`) });
  const output = redactor.redactValue(error);
  assert.ok(!output.errors[0].message.includes(GITHUB));
  assert.ok(!(output.cause as Error).message.includes(GITHUB));
  assert.ok(!(output.cause as Error).stack!.includes(GITHUB));
});

test('Proxies, throwing getters and throwing ownKeys are read or withheld, never thrown', () => {
  const hostile = {
    proxy: new Proxy({ a: GITHUB }, {}),
    keys: new Proxy({}, { ownKeys: () => { throw new Error(GITHUB); } }),
    getter: Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error(GITHUB); } }),
  };
  const output = redactor.redactValue(hostile);
  assert.ok(!leaks(output));
  assert.equal(output.keys as unknown, '[REDACTED:unreadable]');
});

test('BigInt, Symbols, Dates, Maps and Sets', () => {
  const when = new Date(0);
  const symbol = Symbol('note');
  const output = redactor.redactValue({ big: 12n, password: 99n, when, map: new Map([['k', GITHUB]]), set: new Set([GITHUB]), [symbol]: 'kept' });
  assert.equal(output.big, 12n);
  assert.equal(output.password as unknown, '[REDACTED:sensitive-key]');
  assert.equal(output.when, when);
  assert.deepEqual([...output.map.values()], ['[REDACTED:github-pat]']);
  assert.deepEqual([...output.set], ['[REDACTED:github-pat]']);
});

test('class instances with toJSON and Buffers holding a token', () => {
  class Session {
    readonly #token = GITHUB;
    toJSON() {
      return { token: this.#token };
    }
  }
  const output = redactor.redactValue({ session: new Session(), raw: Buffer.from(`auth ${GITHUB}`) });
  assert.ok(!leaks(output));
  assert.ok(!output.raw.toString().includes(GITHUB));
});
