import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PlaceholderMap, StreamRestorer } from '../../src/llm/placeholders.js';

function mapWith(values: Record<string, string>): PlaceholderMap {
  const map = new PlaceholderMap();
  for (const [detector, value] of Object.entries(values)) map.tokenize(detector, value);
  return map;
}

describe('placeholder restore', () => {
  it('numbers placeholders per detector and gives one value one placeholder', () => {
    const map = new PlaceholderMap();
    assert.equal(map.tokenize('email', 'a@x.org'), '⟦EMAIL_1⟧');
    assert.equal(map.tokenize('email', 'b@x.org'), '⟦EMAIL_2⟧');
    assert.equal(map.tokenize('email', 'a@x.org'), '⟦EMAIL_1⟧');
    assert.equal(map.tokenize('phone-number', '+1 415 555 0100'), '⟦PHONE_NUMBER_1⟧');
  });

  it('leaves invented and altered placeholders as they are', () => {
    const map = mapWith({ email: 'a@x.org' });
    assert.equal(map.restore('⟦EMAIL_1⟧ ⟦EMAIL_2⟧ ⟦email_1⟧ ⟦EMAIL_1 EMAIL_1⟧ ⟦EMAIL_01⟧'), 'a@x.org ⟦EMAIL_2⟧ ⟦email_1⟧ ⟦EMAIL_1 EMAIL_1⟧ ⟦EMAIL_01⟧');
  });

  it('escapes a value restored inside JSON text', () => {
    const map = mapWith({ secret: 'a"b\\c' });
    assert.deepEqual(JSON.parse(map.restore('{"v":"⟦SECRET_1⟧"}', true)), { v: 'a"b\\c' });
  });

  it('restores a placeholder split at every position of a two-chunk stream', () => {
    const map = mapWith({ email: 'alice@corp.example.org' });
    const text = 'Mail ⟦EMAIL_1⟧ today';
    for (let cut = 0; cut <= text.length; cut++) {
      const restorer = new StreamRestorer(map);
      const out = restorer.push(text.slice(0, cut)) + restorer.push(text.slice(cut)) + restorer.flush();
      assert.equal(out, 'Mail alice@corp.example.org today', `cut at ${cut}`);
    }
  });

  it('restores a placeholder sent one character per chunk', () => {
    const map = mapWith({ email: 'alice@corp.example.org' });
    const restorer = new StreamRestorer(map);
    let out = '';
    for (const char of 'x⟦EMAIL_1⟧y') out += restorer.push(char);
    assert.equal(out + restorer.flush(), 'xalice@corp.example.orgy');
  });

  it('holds back less than one placeholder and passes text without a bracket at once', () => {
    const map = mapWith({ email: 'alice@corp.example.org' });
    const restorer = new StreamRestorer(map);
    assert.equal(restorer.push('Hello'), 'Hello');
    assert.equal(restorer.push(' ⟦EMAIL_'), ' ');
    assert.equal(restorer.holding, true);
    // A tail that can no longer become a placeholder is released.
    assert.equal(restorer.push('x and more'), '⟦EMAIL_x and more');
    assert.equal(restorer.holding, false);
    assert.equal(restorer.push('⟦' + 'A'.repeat(map.maxLength)), '⟦' + 'A'.repeat(map.maxLength));
  });
});
