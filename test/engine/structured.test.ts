import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactStructured } from '../../src/engine/structured.js';
import { fakeScrubber } from '../support/fake-scrubber.js';

const redact = <T>(value: T, maxDepth?: number): T => redactStructured(value, fakeScrubber(maxDepth));

test('returns unchanged values as they were, without copying', () => {
  const value = { a: 'clean', list: [1, 'two'], when: new Date(0) };
  assert.equal(redact(value), value);
});

test('never mutates the input and keeps keys in order', () => {
  const input = { first: 1, msg: 'a SECRET here', password: 'hunter2', last: { deep: ['SECRET'] } };
  const snapshot = structuredClone(input);
  const output = redact(input);
  assert.deepEqual(input, snapshot);
  assert.deepEqual(Object.keys(output), ['first', 'msg', 'password', 'last']);
  assert.deepEqual(output, { first: 1, msg: 'a [REDACTED:word] here', password: '[REDACTED:sensitive-key]', last: { deep: ['[REDACTED:word]'] } });
});

test('a key that judges by value sees the string it holds, in objects and Maps', () => {
  const input = { pass: 'hunter2', db: { pass: 'ok' }, tests: { pass: 12 }, map: new Map([['pass', 'b2']]) };
  const output = redact(input);
  assert.equal(output.pass, '[REDACTED:sensitive-key]');
  assert.equal(output.db, input.db);
  assert.equal(output.tests, input.tests);
  assert.equal(output.map.get('pass'), '[REDACTED:sensitive-key]');
});

test('scrubs Errors and keeps their class, message, stack, cause and AggregateError errors', () => {
  class ToolError extends Error {}
  const cause = new Error('cause with SECRET');
  const error = new ToolError('failed with SECRET', { cause });
  const aggregate = new AggregateError([error], 'many SECRET');
  const output = redact(aggregate);
  assert.ok(output instanceof AggregateError);
  assert.equal(output.message, 'many [REDACTED:word]');
  assert.ok(!output.stack?.includes('SECRET'));
  const inner = output.errors[0] as ToolError;
  assert.ok(inner instanceof ToolError);
  assert.equal(inner.message, 'failed with [REDACTED:word]');
  assert.equal((inner.cause as Error).message, 'cause with [REDACTED:word]');
  assert.equal(Object.keys(output).length, 0, 'message and stack stay non-enumerable');
  assert.equal(aggregate.message, 'many SECRET');
});

test('cycles become [Circular] so the serializer never meets the unscrubbed original', () => {
  const node: Record<string, unknown> = { msg: 'SECRET' };
  node.self = node;
  const output = redact(node) as Record<string, unknown>;
  assert.equal(output.msg, '[REDACTED:word]');
  assert.equal(output.self, '[Circular]');
});

test('Maps, Sets, class instances and throwing getters', () => {
  class Box {
    constructor(readonly content: string) {}
  }
  const trap = Object.defineProperty({ ok: 1 }, 'bad', {
    enumerable: true,
    get() {
      throw new Error('SECRET in getter');
    },
  });
  const output = redact({ map: new Map([['password', 'x'], ['k', 'SECRET']]), set: new Set(['SECRET']), box: new Box('SECRET'), trap });
  assert.deepEqual([...output.map], [['password', '[REDACTED:sensitive-key]'], ['k', '[REDACTED:word]']]);
  assert.deepEqual([...output.set], ['[REDACTED:word]']);
  assert.ok(output.box instanceof Box);
  assert.equal(output.box.content, '[REDACTED:word]');
  assert.deepEqual({ ...output.trap }, { ok: 1, bad: '[REDACTED:unreadable]' });
});

test('withholds values below the depth limit', () => {
  let value: unknown = 'SECRET';
  for (let i = 0; i < 10; i++) value = { child: value };
  const output = JSON.stringify(redact(value, 4));
  assert.ok(!output.includes('SECRET'));
  assert.match(output, /max-depth/);
});

test('an object with toJSON is scrubbed as what a serializer prints, private fields included', () => {
  class Credentials {
    readonly #token = 'SECRET';
    toJSON() {
      return { token: this.#token, note: 'fine' };
    }
  }
  const original = new Credentials();
  const output = redact({ creds: original, plain: { toJSON: () => 'clean' } });
  assert.deepEqual(JSON.parse(JSON.stringify(output)), { creds: { token: '[REDACTED:word]', note: 'fine' }, plain: 'clean' });
});

test('Buffers are scanned as UTF-8 text and stay Buffers; other typed arrays pass', () => {
  const clean = Buffer.from('nothing here');
  const floats = new Float64Array([1, 2]);
  const output = redact({ dirty: Buffer.from('with SECRET inside'), clean, floats });
  assert.ok(Buffer.isBuffer(output.dirty));
  assert.equal(output.dirty.toString(), 'with [REDACTED:word] inside');
  assert.equal(output.clean, clean);
  assert.equal(output.floats, floats);
});

test('a value under a sensitive key that only stands for one is kept; anything else there is redacted whole', () => {
  const values = ['${DB_PASSWORD}', '<your-password>', 'changeme', '${DB_PASSWORD}x', 'DUMMY'];
  assert.deepEqual(
    redact(values.map((password) => ({ password }))).map((entry) => entry.password),
    ['${DB_PASSWORD}', '<your-password>', '[REDACTED:sensitive-key]', '[REDACTED:sensitive-key]', 'DUMMY'],
  );
});
